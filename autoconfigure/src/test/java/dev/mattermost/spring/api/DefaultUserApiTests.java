package dev.mattermost.spring.api;

import java.util.List;
import java.util.Map;

import com.google.protobuf.ByteString;
import io.grpc.Status.Code;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.mattermost.spring.model.CustomStatus;
import dev.mattermost.spring.model.Status;
import dev.mattermost.spring.model.User;
import dev.mattermost.spring.model.UserAuth;
import dev.mattermost.spring.model.UserGetOptions;
import dev.mattermost.spring.model.UserSearch;
import dev.mattermost.spring.model.ViewUsersRestrictions;
import dev.mattermost.spring.protocol.v1.CreateUserRequest;
import dev.mattermost.spring.protocol.v1.CreateUserResponse;
import dev.mattermost.spring.protocol.v1.GetLDAPUserAttributesRequest;
import dev.mattermost.spring.protocol.v1.GetLDAPUserAttributesResponse;
import dev.mattermost.spring.protocol.v1.GetProfileImageResponse;
import dev.mattermost.spring.protocol.v1.GetUserByUsernameRequest;
import dev.mattermost.spring.protocol.v1.GetUserByUsernameResponse;
import dev.mattermost.spring.protocol.v1.GetUserResponse;
import dev.mattermost.spring.protocol.v1.GetUserStatusesByIdsResponse;
import dev.mattermost.spring.protocol.v1.GetUsersByIdsRequest;
import dev.mattermost.spring.protocol.v1.GetUsersInChannelRequest;
import dev.mattermost.spring.protocol.v1.GetUsersRequest;
import dev.mattermost.spring.protocol.v1.GetUsersResponse;
import dev.mattermost.spring.protocol.v1.HasPermissionToChannelRequest;
import dev.mattermost.spring.protocol.v1.HasPermissionToChannelResponse;
import dev.mattermost.spring.protocol.v1.PublishUserTypingRequest;
import dev.mattermost.spring.protocol.v1.SearchUsersRequest;
import dev.mattermost.spring.protocol.v1.SetProfileImageRequest;
import dev.mattermost.spring.protocol.v1.SetUserStatusTimedDNDRequest;
import dev.mattermost.spring.protocol.v1.SetUserStatusTimedDNDResponse;
import dev.mattermost.spring.protocol.v1.UpdateUserAuthRequest;
import dev.mattermost.spring.protocol.v1.UpdateUserAuthResponse;
import dev.mattermost.spring.protocol.v1.UpdateUserCustomStatusRequest;
import dev.mattermost.spring.protocol.v1.UpdateUserStatusRequest;
import dev.mattermost.spring.protocol.v1.UpdateUserStatusResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class DefaultUserApiTests {

	@RegisterExtension
	final ApiTestServer server = new ApiTestServer();

	private UserApi users() {
		return new DefaultUserApi(this.server.caller());
	}

	static dev.mattermost.spring.protocol.v1.User protoUser(String id, String username) {
		return dev.mattermost.spring.protocol.v1.User.newBuilder()
			.setId(id)
			.setUsername(username)
			.setEmail(username + "@example.com")
			.setRoles("system_user")
			.putProps("k", "v")
			.putTimezone("useAutomaticTimezone", "true")
			.setRemoteId("remote-1")
			.setCreateAt(1700000000000L)
			.build();
	}

	@Test
	void getMapsUserBack() {
		this.server.respond("GetUser", GetUserResponse.newBuilder().setUser(protoUser("u1", "alice")).build());
		User user = users().get("u1");
		assertThat(user.id()).isEqualTo("u1");
		assertThat(user.username()).isEqualTo("alice");
		assertThat(user.email()).isEqualTo("alice@example.com");
		assertThat(user.props()).containsEntry("k", "v");
		assertThat(user.timezone()).containsEntry("useAutomaticTimezone", "true");
		assertThat(user.remoteId()).isEqualTo("remote-1");
		assertThat(user.authData()).isNull();
		assertThat(user.createAt()).isEqualTo(1700000000000L);
	}

	@Test
	void getThrowsNotFoundWhenServerAnswersNotFoundStatus() {
		this.server.fail("GetUser", ApiTestServer.statusError(Code.NOT_FOUND, "app.user.missing_account.const",
				"Unable to find the user."));
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> users().get("nope"))
			.satisfies((ex) -> assertThat(ex.getId()).isEqualTo("app.user.missing_account.const"));
	}

	@Test
	void getThrowsNotFoundWhenResponseCarriesAppError() {
		this.server.respond("GetUser", GetUserResponse.newBuilder()
			.setError(ApiTestServer.appError("app.user.missing_account.const", "Unable to find the user.", 404))
			.build());
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> users().get("nope"));
	}

	@Test
	void getReadsAnswerWithoutUserAsNotFound() {
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> users().get("u1"))
			.withMessageContaining("GetUser");
	}

	@Test
	void updateFailsNamingRpcWhenServerSendsNoUser() {
		assertThatExceptionOfType(PluginApiException.class).isThrownBy(() -> users().updateRoles("u1", "system_user"))
			.withMessageContaining("UpdateUserRoles")
			.withMessageContaining("no result");
	}

	@Test
	void getByUsernameSendsName() {
		this.server.respond("GetUserByUsername",
				(GetUserByUsernameRequest request) -> GetUserByUsernameResponse.newBuilder()
					.setUser(protoUser("u2", request.getName()))
					.build());
		assertThat(users().getByUsername("bob").id()).isEqualTo("u2");
		assertThat(this.server.request("GetUserByUsername", GetUserByUsernameRequest.class).getName())
			.isEqualTo("bob");
	}

	@Test
	void createSendsUserAndReturnsCreatedOne() {
		this.server.respond("CreateUser", (CreateUserRequest request) -> CreateUserResponse.newBuilder()
			.setUser(request.getUser().toBuilder().setId("new-id"))
			.build());
		User draft = new User(null, 0, 0, 0, "carol", "secret", null, null, "carol@example.com", false, null, "Carol",
				null, null, null, false, Map.of("a", "b"), null, 0, 0, 0, null, null, false, null, null, 0, false,
				null, 0, null, 0, false, 0);
		User created = users().create(draft);
		assertThat(created.id()).isEqualTo("new-id");
		var sent = this.server.request("CreateUser", CreateUserRequest.class).getUser();
		assertThat(sent.getUsername()).isEqualTo("carol");
		assertThat(sent.getPassword()).isEqualTo("secret");
		assertThat(sent.getFirstName()).isEqualTo("Carol");
		assertThat(sent.getPropsMap()).containsEntry("a", "b");
		assertThat(sent.hasAuthData()).isFalse();
	}

	@Test
	void createWithCredentialsSendsThemAndNothingElse() {
		this.server.respond("CreateUser", (CreateUserRequest request) -> CreateUserResponse.newBuilder()
			.setUser(request.getUser().toBuilder().setId("new-id"))
			.build());
		assertThat(users().create("dave", "dave@example.com", "s3cret!").id()).isEqualTo("new-id");
		assertThat(this.server.request("CreateUser", CreateUserRequest.class).getUser())
			.isEqualTo(dev.mattermost.spring.protocol.v1.User.newBuilder()
				.setUsername("dave")
				.setEmail("dave@example.com")
				.setPassword("s3cret!")
				.build());
	}

	@Test
	void listSendsEveryOption() {
		UserGetOptions options = UserGetOptions.builder()
			.inTeam("t1")
			.notInTeam("t2")
			.inChannel("c1")
			.notInChannel("c2")
			.inGroup("g1")
			.notInGroup("g2")
			.groupConstrained(true)
			.withoutTeam(true)
			.inactive(true)
			.active(true)
			.role("system_user")
			.roles(List.of("r1", "r2"))
			.channelRoles(List.of("channel_admin"))
			.teamRoles(List.of("team_admin"))
			.sort("last_activity_at")
			.page(3, 50)
			.updatedAfter(42L)
			.viewRestrictions(new ViewUsersRestrictions(List.of("t9"), List.of("c9")))
			.build();
		users().list(options);
		GetUsersRequest sent = this.server.request("GetUsers", GetUsersRequest.class);
		assertThat(sent).isEqualTo(GetUsersRequest.newBuilder()
			.setInTeamId("t1")
			.setNotInTeamId("t2")
			.setInChannelId("c1")
			.setNotInChannelId("c2")
			.setInGroupId("g1")
			.setNotInGroupId("g2")
			.setGroupConstrained(true)
			.setWithoutTeam(true)
			.setInactive(true)
			.setActive(true)
			.setRole("system_user")
			.addAllRoles(List.of("r1", "r2"))
			.addChannelRoles("channel_admin")
			.addTeamRoles("team_admin")
			.setSort("last_activity_at")
			.setPage(3)
			.setPerPage(50)
			.setUpdatedAfter(42L)
			.setViewRestrictions(dev.mattermost.spring.protocol.v1.ViewUsersRestrictions.newBuilder()
				.addTeams("t9")
				.addChannels("c9"))
			.build());
	}

	@Test
	void listLeavesViewRestrictionsUnsetWhenAbsent() {
		users().list(UserGetOptions.builder().build());
		GetUsersRequest sent = this.server.request("GetUsers", GetUsersRequest.class);
		assertThat(sent.hasViewRestrictions()).isFalse();
		assertThat(sent.getPerPage()).isEqualTo(60);
	}

	@Test
	void streamFetchesPagesLazilyUntilShortPage() {
		this.server.respond("GetUsers", (GetUsersRequest request) -> {
			int total = Paging.DEFAULT_PAGE_SIZE + 3;
			int from = request.getPage() * request.getPerPage();
			var response = GetUsersResponse.newBuilder();
			for (int i = from; i < Math.min(total, from + request.getPerPage()); i++) {
				response.addUsers(protoUser("u" + i, "user" + i));
			}
			return response.build();
		});
		List<User> all = users().stream(UserGetOptions.builder().inTeam("t1").build()).toList();
		assertThat(all).hasSize(Paging.DEFAULT_PAGE_SIZE + 3);
		assertThat(this.server.requests("GetUsers", GetUsersRequest.class))
			.extracting(GetUsersRequest::getPage, GetUsersRequest::getPerPage, GetUsersRequest::getInTeamId)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(0, Paging.DEFAULT_PAGE_SIZE, "t1"),
					org.assertj.core.groups.Tuple.tuple(1, Paging.DEFAULT_PAGE_SIZE, "t1"));
	}

	@Test
	void getByIdsReturnsEmptyListWhenNoneFound() {
		assertThat(users().getByIds(List.of("a", "b"))).isEmpty();
		assertThat(this.server.request("GetUsersByIds", GetUsersByIdsRequest.class).getUserIdsList())
			.containsExactly("a", "b");
	}

	@Test
	void getInChannelSendsSortAndPage() {
		users().getInChannel("c1", "status", 2, 30);
		assertThat(this.server.request("GetUsersInChannel", GetUsersInChannelRequest.class))
			.isEqualTo(GetUsersInChannelRequest.newBuilder()
				.setChannelId("c1")
				.setSortBy("status")
				.setPage(2)
				.setPerPage(30)
				.build());
	}

	@Test
	void searchSendsEveryFilter() {
		users().search(UserSearch.builder("ali")
			.inTeam("t1")
			.notInTeam("t2")
			.inChannel("c1")
			.notInChannel("c2")
			.inGroup("g1")
			.notInGroup("g2")
			.groupConstrained(true)
			.allowInactive(true)
			.withoutTeam(true)
			.limit(7)
			.role("system_user")
			.roles(List.of("r"))
			.channelRoles(List.of("cr"))
			.teamRoles(List.of("tr"))
			.build());
		assertThat(this.server.request("SearchUsers", SearchUsersRequest.class))
			.isEqualTo(SearchUsersRequest.newBuilder()
				.setTerm("ali")
				.setTeamId("t1")
				.setNotInTeamId("t2")
				.setInChannelId("c1")
				.setNotInChannelId("c2")
				.setInGroupId("g1")
				.setNotInGroupId("g2")
				.setGroupConstrained(true)
				.setAllowInactive(true)
				.setWithoutTeam(true)
				.setLimit(7)
				.setRole("system_user")
				.addRoles("r")
				.addChannelRoles("cr")
				.addTeamRoles("tr")
				.build());
	}

	@Test
	void searchByTermDefaultsToHundredActiveUsers() {
		users().search("ali");
		SearchUsersRequest sent = this.server.request("SearchUsers", SearchUsersRequest.class);
		assertThat(sent.getTerm()).isEqualTo("ali");
		assertThat(sent.getLimit()).isEqualTo(100);
		assertThat(sent.getAllowInactive()).isFalse();
	}

	@Test
	void updateStatusSendsStatusAndMapsResult() {
		this.server.respond("UpdateUserStatus", UpdateUserStatusResponse.newBuilder()
			.setStatus(dev.mattermost.spring.protocol.v1.Status.newBuilder()
				.setUserId("u1")
				.setStatus("dnd")
				.setManual(true)
				.setLastActivityAt(5)
				.setDndEndTime(9))
			.build());
		Status status = users().updateStatus("u1", Status.DND);
		assertThat(status).isEqualTo(new Status("u1", "dnd", true, 5, 9));
		assertThat(this.server.request("UpdateUserStatus", UpdateUserStatusRequest.class).getStatus())
			.isEqualTo("dnd");
	}

	@Test
	void setStatusTimedDndSendsEndTime() {
		this.server.respond("SetUserStatusTimedDND", SetUserStatusTimedDNDResponse.newBuilder()
			.setStatus(dev.mattermost.spring.protocol.v1.Status.newBuilder().setUserId("u1").setStatus("dnd"))
			.build());
		assertThat(users().setStatusTimedDnd("u1", 1_800_000_000L).status()).isEqualTo(Status.DND);
		assertThat(this.server.request("SetUserStatusTimedDND", SetUserStatusTimedDNDRequest.class).getEndTime())
			.isEqualTo(1_800_000_000L);
	}

	@Test
	void getStatusesByIdsMapsEachStatus() {
		this.server.respond("GetUserStatusesByIds", GetUserStatusesByIdsResponse.newBuilder()
			.addStatuses(dev.mattermost.spring.protocol.v1.Status.newBuilder().setUserId("a").setStatus("online"))
			.addStatuses(dev.mattermost.spring.protocol.v1.Status.newBuilder().setUserId("b").setStatus("away"))
			.build());
		assertThat(users().getStatusesByIds(List.of("a", "b"))).extracting(Status::status)
			.containsExactly("online", "away");
	}

	@Test
	void updateCustomStatusSendsEveryField() {
		users().updateCustomStatus("u1", new CustomStatus("calendar", "In a meeting", "one_hour", 77));
		var sent = this.server.request("UpdateUserCustomStatus", UpdateUserCustomStatusRequest.class);
		assertThat(sent.getUserId()).isEqualTo("u1");
		assertThat(sent.getCustomStatus()).isEqualTo(dev.mattermost.spring.protocol.v1.CustomStatus.newBuilder()
			.setEmoji("calendar")
			.setText("In a meeting")
			.setDuration("one_hour")
			.setExpiresAt(77)
			.build());
	}

	@Test
	void getLdapAttributesReturnsMap() {
		this.server.respond("GetLDAPUserAttributes",
				GetLDAPUserAttributesResponse.newBuilder().putAttributes("cn", "Alice").build());
		assertThat(users().getLdapAttributes("u1", List.of("cn"))).containsExactly(Map.entry("cn", "Alice"));
		assertThat(this.server.request("GetLDAPUserAttributes", GetLDAPUserAttributesRequest.class)
			.getAttributesList()).containsExactly("cn");
	}

	@Test
	void profileImageRoundTripsBytes() {
		byte[] png = { (byte) 0x89, 'P', 'N', 'G' };
		users().setProfileImage("u1", png);
		assertThat(this.server.request("SetProfileImage", SetProfileImageRequest.class).getData().toByteArray())
			.isEqualTo(png);
		this.server.respond("GetProfileImage",
				GetProfileImageResponse.newBuilder().setImage(ByteString.copyFrom(png)).build());
		assertThat(users().getProfileImage("u1")).isEqualTo(png);
	}

	@Test
	void hasPermissionToChannelSendsAllIds() {
		this.server.respond("HasPermissionToChannel",
				HasPermissionToChannelResponse.newBuilder().setHasPermission(true).build());
		assertThat(users().hasPermissionToChannel("u1", "c1", "create_post")).isTrue();
		assertThat(this.server.request("HasPermissionToChannel", HasPermissionToChannelRequest.class))
			.isEqualTo(HasPermissionToChannelRequest.newBuilder()
				.setUserId("u1")
				.setChannelId("c1")
				.setPermissionId("create_post")
				.build());
	}

	@Test
	void hasPermissionIsFalseByDefault() {
		assertThat(users().hasPermission("u1", "manage_system")).isFalse();
		assertThat(users().hasPermissionToTeam("u1", "t1", "manage_team")).isFalse();
	}

	@Test
	void publishTypingSendsEmptyParentForChannel() {
		users().publishTyping("u1", "c1", null);
		assertThat(this.server.request("PublishUserTyping", PublishUserTypingRequest.class).getParentId()).isEmpty();
	}

	@Test
	void updateAuthKeepsAbsentAuthDataUnset() {
		this.server.respond("UpdateUserAuth", (UpdateUserAuthRequest request) -> UpdateUserAuthResponse.newBuilder()
			.setUserAuth(request.getUserAuth())
			.build());
		UserAuth stored = users().updateAuth("u1", new UserAuth(null, "gitlab"));
		assertThat(stored).isEqualTo(new UserAuth(null, "gitlab"));
		assertThat(this.server.request("UpdateUserAuth", UpdateUserAuthRequest.class).getUserAuth().hasAuthData())
			.isFalse();
		assertThat(users().updateAuth("u1", new UserAuth("42", "saml")).authData()).isEqualTo("42");
	}

	@Test
	void writeFailureWithStatusMapsToPermissionDenied() {
		this.server.fail("UpdateUserActive",
				ApiTestServer.statusError(Code.PERMISSION_DENIED, "api.context.permissions.app_error", "No."));
		assertThatExceptionOfType(PermissionDeniedException.class).isThrownBy(() -> users().updateActive("u1", false));
	}

}
