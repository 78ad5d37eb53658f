package dev.mattermost.spring.test.mattermost;

import io.grpc.Status;
import org.junit.jupiter.api.Test;

import dev.mattermost.spring.protocol.v1.AddChannelMemberRequest;
import dev.mattermost.spring.protocol.v1.Channel;
import dev.mattermost.spring.protocol.v1.ChannelType;
import dev.mattermost.spring.protocol.v1.CreateChannelRequest;
import dev.mattermost.spring.protocol.v1.CreateSessionRequest;
import dev.mattermost.spring.protocol.v1.CreateTeamMemberRequest;
import dev.mattermost.spring.protocol.v1.CreateTeamRequest;
import dev.mattermost.spring.protocol.v1.CreateUserRequest;
import dev.mattermost.spring.protocol.v1.DeleteChannelMemberRequest;
import dev.mattermost.spring.protocol.v1.DeleteUserRequest;
import dev.mattermost.spring.protocol.v1.GetChannelByNameForTeamNameRequest;
import dev.mattermost.spring.protocol.v1.GetChannelByNameRequest;
import dev.mattermost.spring.protocol.v1.GetChannelMemberRequest;
import dev.mattermost.spring.protocol.v1.GetChannelRequest;
import dev.mattermost.spring.protocol.v1.GetDirectChannelRequest;
import dev.mattermost.spring.protocol.v1.GetPreferenceForUserRequest;
import dev.mattermost.spring.protocol.v1.GetPreferencesForUserRequest;
import dev.mattermost.spring.protocol.v1.GetSessionRequest;
import dev.mattermost.spring.protocol.v1.GetTeamByNameRequest;
import dev.mattermost.spring.protocol.v1.GetTeamRequest;
import dev.mattermost.spring.protocol.v1.GetUserByEmailRequest;
import dev.mattermost.spring.protocol.v1.GetUserByUsernameRequest;
import dev.mattermost.spring.protocol.v1.GetUserRequest;
import dev.mattermost.spring.protocol.v1.GetUsersInChannelRequest;
import dev.mattermost.spring.protocol.v1.HasPermissionToChannelRequest;
import dev.mattermost.spring.protocol.v1.HasPermissionToRequest;
import dev.mattermost.spring.protocol.v1.Preference;
import dev.mattermost.spring.protocol.v1.Session;
import dev.mattermost.spring.protocol.v1.Team;
import dev.mattermost.spring.protocol.v1.TeamType;
import dev.mattermost.spring.protocol.v1.UpdatePreferencesForUserRequest;
import dev.mattermost.spring.protocol.v1.User;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class DirectoryApiTests extends PluginApiTestSupport {

	@Test
	void createUserFillsIdTimestampsAndRolesAndNeverReturnsThePassword() {
		User user = this.api.createUser(CreateUserRequest.newBuilder()
			.setUser(User.newBuilder().setUsername("Alice").setEmail("Alice@Example.com").setPassword("long-enough"))
			.build()).getUser();

		assertThat(user.getId()).hasSize(26).matches("[a-z0-9]+");
		assertThat(user.getUsername()).isEqualTo("alice");
		assertThat(user.getEmail()).isEqualTo("alice@example.com");
		assertThat(user.getCreateAt()).isPositive().isEqualTo(user.getUpdateAt());
		assertThat(user.getRoles()).isEqualTo("system_user");
		assertThat(user.getPassword()).isEmpty();
		assertThat(this.mattermost.userByUsername("alice")).isPresent();
	}

	@Test
	void duplicateUsernameIsInvalidArgumentWithTheServersErrorId() {
		this.mattermost.createUser("alice");

		assertStatus(() -> this.api.createUser(CreateUserRequest.newBuilder()
			.setUser(User.newBuilder().setUsername("alice").setEmail("other@example.com").setPassword("long-enough"))
			.build()), Status.Code.INVALID_ARGUMENT, "app.user.save.username_exists.app_error");
	}

	@Test
	void seedingWhatTheServerWouldRefuseFailsNamingTheErrorId() {
		this.mattermost.createUser("alice");

		assertThatIllegalArgumentException().isThrownBy(() -> this.mattermost.createUser("alice"))
			.withMessageStartingWith("app.user.save.username_exists.app_error: ");
		assertThatIllegalArgumentException().isThrownBy(() -> this.mattermost.createChannel("no-such-team", "x1"))
			.withMessageStartingWith("app.team.get.find.app_error: ");
	}

	@Test
	void invalidUsernameAndShortPasswordAreRejected() {
		assertStatus(() -> this.api.createUser(CreateUserRequest.newBuilder()
			.setUser(User.newBuilder().setUsername("9lives").setEmail("a@example.com").setPassword("long-enough"))
			.build()), Status.Code.INVALID_ARGUMENT, "model.user.is_valid.username.app_error");
		assertStatus(() -> this.api.createUser(CreateUserRequest.newBuilder()
			.setUser(User.newBuilder().setUsername("bob").setEmail("b@example.com").setPassword("short"))
			.build()), Status.Code.INVALID_ARGUMENT, "model.user.is_valid.pwd_length.app_error");
	}

	@Test
	void missingUsersAreNotFoundWithTheServersErrorIds() {
		assertStatus(() -> this.api.getUser(GetUserRequest.newBuilder().setUserId("nope").build()),
				Status.Code.NOT_FOUND, "app.user.missing_account.const");
		assertStatus(() -> this.api.getUserByUsername(GetUserByUsernameRequest.newBuilder().setName("nope").build()),
				Status.Code.NOT_FOUND, "app.user.get_by_username.app_error");
		assertStatus(() -> this.api.getUserByEmail(GetUserByEmailRequest.newBuilder().setEmail("no@x.y").build()),
				Status.Code.NOT_FOUND, "app.user.missing_account.const");
	}

	@Test
	void getUserByUsernameFindsASeededUser() {
		var alice = this.mattermost.createUser("alice");

		User found = this.api.getUserByUsername(GetUserByUsernameRequest.newBuilder().setName("alice").build())
			.getUser();

		assertThat(found.getId()).isEqualTo(alice.id());
	}

	@Test
	void deleteUserDeactivatesRatherThanErases() {
		var alice = this.mattermost.createUser("alice");

		this.api.deleteUser(DeleteUserRequest.newBuilder().setUserId(alice.id()).build());

		assertThat(this.api.getUser(GetUserRequest.newBuilder().setUserId(alice.id()).build()).getUser().getDeleteAt())
			.isPositive();
	}

	@Test
	void createTeamAlsoCreatesTheDefaultChannelsAndMembersJoinThem() {
		Team team = this.api.createTeam(CreateTeamRequest.newBuilder()
			.setTeam(Team.newBuilder().setName("dev").setDisplayName("Dev").setType(TeamType.TEAM_TYPE_OPEN))
			.build()).getTeam();
		var alice = this.mattermost.createUser("alice");

		this.api.createTeamMember(CreateTeamMemberRequest.newBuilder()
			.setTeamId(team.getId()).setUserId(alice.id()).build());

		Channel townSquare = this.api.getChannelByName(GetChannelByNameRequest.newBuilder()
			.setTeamId(team.getId()).setName("town-square").build()).getChannel();
		assertThat(townSquare.getDisplayName()).isEqualTo("Town Square");
		assertThat(this.mattermost.isChannelMember(townSquare.getId(), alice.id())).isTrue();
		assertThat(this.api.getTeamByName(GetTeamByNameRequest.newBuilder().setName("dev").build()).getTeam().getId())
			.isEqualTo(team.getId());
	}

	@Test
	void missingTeamsAndChannelsAreNotFound() {
		assertStatus(() -> this.api.getTeam(GetTeamRequest.newBuilder().setTeamId("nope").build()),
				Status.Code.NOT_FOUND, "app.team.get.find.app_error");
		assertStatus(() -> this.api.getTeamByName(GetTeamByNameRequest.newBuilder().setName("nope").build()),
				Status.Code.NOT_FOUND, "app.team.get_by_name.missing.app_error");
		assertStatus(() -> this.api.getChannel(GetChannelRequest.newBuilder().setChannelId("nope").build()),
				Status.Code.NOT_FOUND, "app.channel.get.existing.app_error");
		var team = this.mattermost.createTeam("dev");
		assertStatus(() -> this.api.getChannelByNameForTeamName(GetChannelByNameForTeamNameRequest.newBuilder()
			.setTeamName(team.name()).setChannelName("nope").build()), Status.Code.NOT_FOUND,
				"app.channel.get_by_name.missing.app_error");
	}

	@Test
	void createChannelValidatesNameAndRejectsDuplicates() {
		var team = this.mattermost.createTeam("dev");
		Channel.Builder channel = Channel.newBuilder().setTeamId(team.id()).setName("alerts")
			.setDisplayName("Alerts").setType(ChannelType.CHANNEL_TYPE_OPEN);

		Channel created = this.api.createChannel(CreateChannelRequest.newBuilder().setChannel(channel).build())
			.getChannel();

		assertThat(created.getId()).hasSize(26);
		assertStatus(() -> this.api.createChannel(CreateChannelRequest.newBuilder().setChannel(channel).build()),
				Status.Code.INVALID_ARGUMENT, "store.sql_channel.save_channel.exists.app_error");
		assertStatus(() -> this.api.createChannel(CreateChannelRequest.newBuilder()
			.setChannel(channel.clone().setName("Bad Name")).build()), Status.Code.INVALID_ARGUMENT,
				"model.channel.is_valid.name.app_error");
	}

	@Test
	void directChannelIsNamedFromSortedIdsAndCreatedOnce() {
		var alice = this.mattermost.createUser("alice");
		var bob = this.mattermost.createUser("bob");

		Channel first = this.api.getDirectChannel(GetDirectChannelRequest.newBuilder()
			.setUserId1(alice.id()).setUserId2(bob.id()).build()).getChannel();
		Channel second = this.api.getDirectChannel(GetDirectChannelRequest.newBuilder()
			.setUserId1(bob.id()).setUserId2(alice.id()).build()).getChannel();

		String smaller = (alice.id().compareTo(bob.id()) < 0) ? alice.id() : bob.id();
		String larger = smaller.equals(alice.id()) ? bob.id() : alice.id();
		assertThat(first.getName()).isEqualTo(smaller + "__" + larger);
		assertThat(first.getType()).isEqualTo(ChannelType.CHANNEL_TYPE_DIRECT);
		assertThat(second.getId()).isEqualTo(first.getId());
		assertThat(this.mattermost.isChannelMember(first.getId(), alice.id())).isTrue();
		assertThat(this.mattermost.isChannelMember(first.getId(), bob.id())).isTrue();
	}

	@Test
	void addChannelMemberRequiresTeamMembership() {
		var team = this.mattermost.createTeam("dev");
		var alerts = this.mattermost.createChannel(team.id(), "alerts");
		var alice = this.mattermost.createUser("alice");

		assertStatus(() -> this.api.addChannelMember(AddChannelMemberRequest.newBuilder()
			.setChannelId(alerts.id()).setUserId(alice.id()).build()), Status.Code.NOT_FOUND,
				"app.team.get_member.missing.app_error");

		this.mattermost.addToTeam(team.id(), alice.id());
		this.api.addChannelMember(AddChannelMemberRequest.newBuilder()
			.setChannelId(alerts.id()).setUserId(alice.id()).build());

		assertThat(this.api.getChannelMember(GetChannelMemberRequest.newBuilder()
			.setChannelId(alerts.id()).setUserId(alice.id()).build()).getChannelMember().getRoles())
			.isEqualTo("channel_user");
		assertThat(this.api.getUsersInChannel(GetUsersInChannelRequest.newBuilder()
			.setChannelId(alerts.id()).setPage(0).setPerPage(10).build()).getUsersList())
			.extracting(User::getUsername).containsExactly("alice");
	}

	@Test
	void removedChannelMemberIsNotFoundAfterwards() {
		var team = this.mattermost.createTeam("dev");
		var alerts = this.mattermost.createChannel(team.id(), "alerts");
		var alice = this.mattermost.createUser("alice");
		this.mattermost.addToChannel(alerts.id(), alice.id());

		this.api.deleteChannelMember(DeleteChannelMemberRequest.newBuilder()
			.setChannelId(alerts.id()).setUserId(alice.id()).build());

		assertStatus(() -> this.api.getChannelMember(GetChannelMemberRequest.newBuilder()
			.setChannelId(alerts.id()).setUserId(alice.id()).build()), Status.Code.NOT_FOUND,
				"app.channel.get_member.missing.app_error");
	}

	@Test
	void onlyAdminsHaveSystemPermissionsBeyondTheUserRole() {
		var admin = this.mattermost.createAdmin("boss");
		var alice = this.mattermost.createUser("alice");

		assertThat(hasPermission(admin.id(), "manage_system")).isTrue();
		assertThat(hasPermission(alice.id(), "manage_system")).isFalse();
		assertThat(hasPermission(alice.id(), "create_direct_channel")).isTrue();
		assertThat(hasPermission("nobody", "create_direct_channel")).isFalse();
	}

	@Test
	void channelMembersMayPostAndOthersMayNot() {
		var team = this.mattermost.createTeam("dev");
		var alerts = this.mattermost.createPrivateChannel(team.id(), "alerts");
		var alice = this.mattermost.createUser("alice");
		var bob = this.mattermost.createUser("bob");
		this.mattermost.addToChannel(alerts.id(), alice.id());

		assertThat(canPost(alice.id(), alerts.id())).isTrue();
		assertThat(canPost(bob.id(), alerts.id())).isFalse();
	}

	@Test
	void preferencesRoundTripAndAMissingOneIsInvalidArgument() {
		var alice = this.mattermost.createUser("alice");
		Preference theme = Preference.newBuilder().setUserId(alice.id()).setCategory("theme").setName("")
			.setValue("dark").build();

		this.api.updatePreferencesForUser(UpdatePreferencesForUserRequest.newBuilder()
			.setUserId(alice.id()).addPreferences(theme).build());

		assertThat(this.api.getPreferenceForUser(GetPreferenceForUserRequest.newBuilder()
			.setUserId(alice.id()).setCategory("theme").setName("").build()).getPreference().getValue())
			.isEqualTo("dark");
		assertThat(this.api.getPreferencesForUser(GetPreferencesForUserRequest.newBuilder()
			.setUserId(alice.id()).build()).getPreferencesList()).containsExactly(theme);
		assertStatus(() -> this.api.getPreferenceForUser(GetPreferenceForUserRequest.newBuilder()
			.setUserId(alice.id()).setCategory("display").setName("x").build()), Status.Code.INVALID_ARGUMENT,
				"app.preference.get.app_error");
	}

	@Test
	void updatingAnotherUsersPreferencesIsPermissionDenied() {
		var alice = this.mattermost.createUser("alice");
		var bob = this.mattermost.createUser("bob");

		assertStatus(() -> this.api.updatePreferencesForUser(UpdatePreferencesForUserRequest.newBuilder()
			.setUserId(alice.id())
			.addPreferences(Preference.newBuilder().setUserId(bob.id()).setCategory("c").setName("n").setValue("v"))
			.build()), Status.Code.PERMISSION_DENIED, "api.preference.update_preferences.set.app_error");
	}

	@Test
	void sessionsCreatedByTheTestAreVisibleToThePlugin() {
		var alice = this.mattermost.createUser("alice");
		String sessionId = this.mattermost.createSession(alice.id());

		Session session = this.api.getSession(GetSessionRequest.newBuilder().setSessionId(sessionId).build())
			.getSession();
		Session created = this.api.createSession(CreateSessionRequest.newBuilder()
			.setSession(Session.newBuilder().setUserId(alice.id())).build()).getSession();

		assertThat(session.getUserId()).isEqualTo(alice.id());
		assertThat(created.getId()).hasSize(26).isNotEqualTo(sessionId);
		assertStatus(() -> this.api.getSession(GetSessionRequest.newBuilder().setSessionId("nope").build()),
				Status.Code.INVALID_ARGUMENT, "app.session.get.app_error");
	}

	private boolean hasPermission(String userId, String permission) {
		return this.api.hasPermissionTo(HasPermissionToRequest.newBuilder()
			.setUserId(userId).setPermissionId(permission).build()).getHasPermission();
	}

	private boolean canPost(String userId, String channelId) {
		return this.api.hasPermissionToChannel(HasPermissionToChannelRequest.newBuilder()
			.setUserId(userId).setChannelId(channelId).setPermissionId("create_post").build()).getHasPermission();
	}

}
