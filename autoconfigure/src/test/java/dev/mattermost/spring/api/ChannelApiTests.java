package dev.mattermost.spring.api;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments.ArgumentSet;
import org.junit.jupiter.params.provider.MethodSource;

import dev.mattermost.spring.convert.ChannelConverter;
import dev.mattermost.spring.model.Channel;
import dev.mattermost.spring.model.ChannelMember;
import dev.mattermost.spring.model.ChannelMemberIdentifier;
import dev.mattermost.spring.model.ChannelStats;
import dev.mattermost.spring.model.OrderedSidebarCategories;
import dev.mattermost.spring.model.SidebarCategory;
import dev.mattermost.spring.protocol.v1.AddChannelMemberRequest;
import dev.mattermost.spring.protocol.v1.AddChannelMemberResponse;
import dev.mattermost.spring.protocol.v1.AddUserToChannelRequest;
import dev.mattermost.spring.protocol.v1.AddUserToChannelResponse;
import dev.mattermost.spring.protocol.v1.ChannelType;
import dev.mattermost.spring.protocol.v1.CreateChannelRequest;
import dev.mattermost.spring.protocol.v1.CreateChannelResponse;
import dev.mattermost.spring.protocol.v1.CreateChannelSidebarCategoryRequest;
import dev.mattermost.spring.protocol.v1.CreateChannelSidebarCategoryResponse;
import dev.mattermost.spring.protocol.v1.DeleteChannelMemberRequest;
import dev.mattermost.spring.protocol.v1.DeleteChannelRequest;
import dev.mattermost.spring.protocol.v1.GetChannelByNameForTeamNameRequest;
import dev.mattermost.spring.protocol.v1.GetChannelByNameForTeamNameResponse;
import dev.mattermost.spring.protocol.v1.GetChannelByNameRequest;
import dev.mattermost.spring.protocol.v1.GetChannelByNameResponse;
import dev.mattermost.spring.protocol.v1.GetChannelMemberRequest;
import dev.mattermost.spring.protocol.v1.GetChannelMemberResponse;
import dev.mattermost.spring.protocol.v1.GetChannelMembersByIdsRequest;
import dev.mattermost.spring.protocol.v1.GetChannelMembersByIdsResponse;
import dev.mattermost.spring.protocol.v1.GetChannelMembersForUserRequest;
import dev.mattermost.spring.protocol.v1.GetChannelMembersForUserResponse;
import dev.mattermost.spring.protocol.v1.GetChannelMembersRequest;
import dev.mattermost.spring.protocol.v1.GetChannelMembersResponse;
import dev.mattermost.spring.protocol.v1.GetChannelRequest;
import dev.mattermost.spring.protocol.v1.GetChannelResponse;
import dev.mattermost.spring.protocol.v1.GetChannelSidebarCategoriesRequest;
import dev.mattermost.spring.protocol.v1.GetChannelSidebarCategoriesResponse;
import dev.mattermost.spring.protocol.v1.GetChannelStatsRequest;
import dev.mattermost.spring.protocol.v1.GetChannelStatsResponse;
import dev.mattermost.spring.protocol.v1.GetChannelsForTeamForUserRequest;
import dev.mattermost.spring.protocol.v1.GetChannelsForTeamForUserResponse;
import dev.mattermost.spring.protocol.v1.GetDirectChannelRequest;
import dev.mattermost.spring.protocol.v1.GetDirectChannelResponse;
import dev.mattermost.spring.protocol.v1.GetGroupChannelRequest;
import dev.mattermost.spring.protocol.v1.GetGroupChannelResponse;
import dev.mattermost.spring.protocol.v1.GetPublicChannelsForTeamRequest;
import dev.mattermost.spring.protocol.v1.GetPublicChannelsForTeamResponse;
import dev.mattermost.spring.protocol.v1.PatchChannelMembersNotificationsRequest;
import dev.mattermost.spring.protocol.v1.SearchChannelsRequest;
import dev.mattermost.spring.protocol.v1.SearchChannelsResponse;
import dev.mattermost.spring.protocol.v1.SidebarCategoryWithChannels;
import dev.mattermost.spring.protocol.v1.UpdateChannelMemberNotificationsRequest;
import dev.mattermost.spring.protocol.v1.UpdateChannelMemberNotificationsResponse;
import dev.mattermost.spring.protocol.v1.UpdateChannelMemberRolesRequest;
import dev.mattermost.spring.protocol.v1.UpdateChannelMemberRolesResponse;
import dev.mattermost.spring.protocol.v1.UpdateChannelRequest;
import dev.mattermost.spring.protocol.v1.UpdateChannelResponse;
import dev.mattermost.spring.protocol.v1.UpdateChannelSidebarCategoriesRequest;
import dev.mattermost.spring.protocol.v1.UpdateChannelSidebarCategoriesResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

class ChannelApiTests {

	private static final dev.mattermost.spring.protocol.v1.Channel TOWN_SQUARE = dev.mattermost.spring.protocol.v1.Channel
		.newBuilder()
		.setId("chan1")
		.setTeamId("team1")
		.setType(ChannelType.CHANNEL_TYPE_PRIVATE)
		.setName("town-square")
		.setDisplayName("Town Square")
		.setHeader("Welcome")
		.setCreateAt(1700000000000L)
		.setTotalMsgCount(42)
		.setSchemeId("scheme1")
		.setProps(Struct.newBuilder().putFields("color", Value.newBuilder().setStringValue("blue").build()))
		.build();

	private static final dev.mattermost.spring.protocol.v1.Channel OFF_TOPIC = TOWN_SQUARE.toBuilder()
		.setId("chan2")
		.setName("off-topic")
		.clearSchemeId()
		.build();

	private static final dev.mattermost.spring.protocol.v1.ChannelMember MEMBER = dev.mattermost.spring.protocol.v1.ChannelMember
		.newBuilder()
		.setChannelId("chan1")
		.setUserId("user1")
		.setRoles("channel_user")
		.setMsgCount(7)
		.setMentionCount(2)
		.putNotifyProps("desktop", "mention")
		.setSchemeUser(true)
		.build();

	private static final SidebarCategoryWithChannels FAVORITES = SidebarCategoryWithChannels.newBuilder()
		.setId("cat1")
		.setUserId("user1")
		.setTeamId("team1")
		.setDisplayName("Favorites")
		.setType("favorites")
		.setSorting(2)
		.setMuted(true)
		.setCollapsed(true)
		.addChannelIds("chan1")
		.addChannelIds("chan2")
		.build();

	@RegisterExtension
	final ApiTestServer server = new ApiTestServer();

	private ChannelApi channels() {
		return new DefaultChannelApi(this.server.caller());
	}

	@Test
	void createSendsChannelAndReturnsCreatedOne() {
		Channel draft = ChannelConverter.toModel(TOWN_SQUARE.toBuilder().clearId().build());
		this.server.respond("CreateChannel", CreateChannelResponse.newBuilder().setChannel(TOWN_SQUARE).build());
		Channel created = channels().create(draft);
		assertThat(this.server.request("CreateChannel", CreateChannelRequest.class).getChannel())
			.isEqualTo(ChannelConverter.toProto(draft));
		assertThat(created.id()).isEqualTo("chan1");
		assertThat(created.type()).isEqualTo(Channel.PRIVATE);
		assertThat(created.displayName()).isEqualTo("Town Square");
		assertThat(created.schemeId()).isEqualTo("scheme1");
		assertThat(created.props()).containsEntry("color", "blue");
	}

	@Test
	void createWithNamesSendsTeamTypeAndNamesOnly() {
		this.server.respond("CreateChannel", CreateChannelResponse.newBuilder().setChannel(TOWN_SQUARE).build());
		channels().create("team1", "incidents", "Incidents", Channel.PRIVATE);
		assertThat(this.server.request("CreateChannel", CreateChannelRequest.class).getChannel())
			.isEqualTo(dev.mattermost.spring.protocol.v1.Channel.newBuilder()
				.setTeamId("team1")
				.setType(ChannelType.CHANNEL_TYPE_PRIVATE)
				.setName("incidents")
				.setDisplayName("Incidents")
				.build());
	}

	@Test
	void deleteSendsChannelId() {
		channels().delete("chan1");
		assertThat(this.server.request("DeleteChannel", DeleteChannelRequest.class))
			.isEqualTo(DeleteChannelRequest.newBuilder().setChannelId("chan1").build());
	}

	@Test
	void getPublicForTeamSendsPagingAndReturnsChannelsInOrder() {
		this.server.respond("GetPublicChannelsForTeam",
				GetPublicChannelsForTeamResponse.newBuilder().addChannels(TOWN_SQUARE).addChannels(OFF_TOPIC).build());
		List<Channel> channels = channels().getPublicForTeam("team1", 2, 50);
		assertThat(this.server.request("GetPublicChannelsForTeam", GetPublicChannelsForTeamRequest.class))
			.isEqualTo(GetPublicChannelsForTeamRequest.newBuilder().setTeamId("team1").setPage(2).setPerPage(50).build());
		assertThat(channels).extracting(Channel::name).containsExactly("town-square", "off-topic");
		assertThat(channels.get(1).schemeId()).isNull();
	}

	@Test
	void getSendsChannelIdAndReturnsChannel() {
		this.server.respond("GetChannel", GetChannelResponse.newBuilder().setChannel(TOWN_SQUARE).build());
		assertThat(channels().get("chan1").name()).isEqualTo("town-square");
		assertThat(this.server.request("GetChannel", GetChannelRequest.class).getChannelId()).isEqualTo("chan1");
	}

	@Test
	void getByNameSendsTeamNameAndIncludeDeleted() {
		this.server.respond("GetChannelByName", GetChannelByNameResponse.newBuilder().setChannel(TOWN_SQUARE).build());
		assertThat(channels().getByName("team1", "town-square", true).id()).isEqualTo("chan1");
		assertThat(this.server.request("GetChannelByName", GetChannelByNameRequest.class)).isEqualTo(
				GetChannelByNameRequest.newBuilder().setTeamId("team1").setName("town-square").setIncludeDeleted(true).build());
	}

	@Test
	void getByNameForTeamNameSendsBothNames() {
		this.server.respond("GetChannelByNameForTeamName",
				GetChannelByNameForTeamNameResponse.newBuilder().setChannel(TOWN_SQUARE).build());
		assertThat(channels().getByNameForTeamName("core", "town-square", false).id()).isEqualTo("chan1");
		assertThat(this.server.request("GetChannelByNameForTeamName", GetChannelByNameForTeamNameRequest.class))
			.isEqualTo(GetChannelByNameForTeamNameRequest.newBuilder()
				.setTeamName("core")
				.setChannelName("town-square")
				.setIncludeDeleted(false)
				.build());
	}

	@Test
	void getForTeamForUserSendsAllArguments() {
		this.server.respond("GetChannelsForTeamForUser",
				GetChannelsForTeamForUserResponse.newBuilder().addChannels(OFF_TOPIC).build());
		assertThat(channels().getForTeamForUser("team1", "user1", true)).extracting(Channel::id).containsExactly("chan2");
		assertThat(this.server.request("GetChannelsForTeamForUser", GetChannelsForTeamForUserRequest.class))
			.isEqualTo(GetChannelsForTeamForUserRequest.newBuilder()
				.setTeamId("team1")
				.setUserId("user1")
				.setIncludeDeleted(true)
				.build());
	}

	@Test
	void getStatsReturnsEveryCount() {
		this.server.respond("GetChannelStats",
				GetChannelStatsResponse.newBuilder()
					.setChannelStats(dev.mattermost.spring.protocol.v1.ChannelStats.newBuilder()
						.setChannelId("chan1")
						.setMemberCount(10)
						.setGuestCount(1)
						.setPinnedpostCount(3)
						.setFilesCount(4))
					.build());
		assertThat(channels().getStats("chan1")).isEqualTo(new ChannelStats("chan1", 10, 1, 3, 4));
		assertThat(this.server.request("GetChannelStats", GetChannelStatsRequest.class).getChannelId())
			.isEqualTo("chan1");
	}

	@Test
	void getDirectSendsBothUsers() {
		this.server.respond("GetDirectChannel", GetDirectChannelResponse.newBuilder().setChannel(TOWN_SQUARE).build());
		channels().getDirect("user1", "user2");
		assertThat(this.server.request("GetDirectChannel", GetDirectChannelRequest.class))
			.isEqualTo(GetDirectChannelRequest.newBuilder().setUserId1("user1").setUserId2("user2").build());
	}

	@Test
	void getGroupSendsUsersInOrder() {
		this.server.respond("GetGroupChannel", GetGroupChannelResponse.newBuilder().setChannel(TOWN_SQUARE).build());
		channels().getGroup(List.of("user3", "user1", "user2"));
		assertThat(this.server.request("GetGroupChannel", GetGroupChannelRequest.class).getUserIdsList())
			.containsExactly("user3", "user1", "user2");
	}

	@Test
	void updateSendsChannelAndReturnsUpdatedOne() {
		Channel changed = ChannelConverter.toModel(TOWN_SQUARE.toBuilder().setHeader("New header").build());
		this.server.respond("UpdateChannel",
				UpdateChannelResponse.newBuilder().setChannel(ChannelConverter.toProto(changed)).build());
		assertThat(channels().update(changed).header()).isEqualTo("New header");
		assertThat(this.server.request("UpdateChannel", UpdateChannelRequest.class).getChannel())
			.isEqualTo(ChannelConverter.toProto(changed));
	}

	@Test
	void searchSendsTeamAndTerm() {
		this.server.respond("SearchChannels", SearchChannelsResponse.newBuilder().addChannels(OFF_TOPIC).build());
		assertThat(channels().search("team1", "off")).hasSize(1);
		assertThat(this.server.request("SearchChannels", SearchChannelsRequest.class))
			.isEqualTo(SearchChannelsRequest.newBuilder().setTeamId("team1").setTerm("off").build());
	}

	@Test
	void addMemberReturnsMembership() {
		this.server.respond("AddChannelMember", AddChannelMemberResponse.newBuilder().setChannelMember(MEMBER).build());
		ChannelMember member = channels().addMember("chan1", "user1");
		assertThat(this.server.request("AddChannelMember", AddChannelMemberRequest.class))
			.isEqualTo(AddChannelMemberRequest.newBuilder().setChannelId("chan1").setUserId("user1").build());
		assertThat(member.roles()).isEqualTo("channel_user");
		assertThat(member.msgCount()).isEqualTo(7);
		assertThat(member.notifyProps()).containsExactly(Map.entry("desktop", "mention"));
		assertThat(member.schemeUser()).isTrue();
	}

	@Test
	void addUserSendsActingUser() {
		this.server.respond("AddUserToChannel", AddUserToChannelResponse.newBuilder().setChannelMember(MEMBER).build());
		assertThat(channels().addUser("chan1", "user1", "admin1").userId()).isEqualTo("user1");
		assertThat(this.server.request("AddUserToChannel", AddUserToChannelRequest.class)).isEqualTo(
				AddUserToChannelRequest.newBuilder().setChannelId("chan1").setUserId("user1").setAsUserId("admin1").build());
	}

	@Test
	void getMemberSendsChannelAndUser() {
		this.server.respond("GetChannelMember", GetChannelMemberResponse.newBuilder().setChannelMember(MEMBER).build());
		assertThat(channels().getMember("chan1", "user1").mentionCount()).isEqualTo(2);
		assertThat(this.server.request("GetChannelMember", GetChannelMemberRequest.class))
			.isEqualTo(GetChannelMemberRequest.newBuilder().setChannelId("chan1").setUserId("user1").build());
	}

	@Test
	void getMembersSendsPaging() {
		this.server.respond("GetChannelMembers",
				GetChannelMembersResponse.newBuilder().addChannelMembers(MEMBER).addChannelMembers(MEMBER).build());
		assertThat(channels().getMembers("chan1", 1, 2)).hasSize(2);
		assertThat(this.server.request("GetChannelMembers", GetChannelMembersRequest.class))
			.isEqualTo(GetChannelMembersRequest.newBuilder().setChannelId("chan1").setPage(1).setPerPage(2).build());
	}

	@Test
	void getMembersByIdsSendsUserIds() {
		this.server.respond("GetChannelMembersByIds",
				GetChannelMembersByIdsResponse.newBuilder().addChannelMembers(MEMBER).build());
		assertThat(channels().getMembersByIds("chan1", List.of("user1", "user9"))).extracting(ChannelMember::userId)
			.containsExactly("user1");
		assertThat(this.server.request("GetChannelMembersByIds", GetChannelMembersByIdsRequest.class))
			.isEqualTo(GetChannelMembersByIdsRequest.newBuilder()
				.setChannelId("chan1")
				.addUserIds("user1")
				.addUserIds("user9")
				.build());
	}

	@Test
	void getMembersForUserSendsAllArguments() {
		this.server.respond("GetChannelMembersForUser",
				GetChannelMembersForUserResponse.newBuilder().addChannelMembers(MEMBER).build());
		assertThat(channels().getMembersForUser("team1", "user1", 3, 20)).hasSize(1);
		assertThat(this.server.request("GetChannelMembersForUser", GetChannelMembersForUserRequest.class))
			.isEqualTo(GetChannelMembersForUserRequest.newBuilder()
				.setTeamId("team1")
				.setUserId("user1")
				.setPage(3)
				.setPerPage(20)
				.build());
	}

	@Test
	void updateMemberRolesSendsNewRoles() {
		this.server.respond("UpdateChannelMemberRoles", UpdateChannelMemberRolesResponse.newBuilder()
			.setChannelMember(MEMBER.toBuilder().setRoles("channel_user channel_admin"))
			.build());
		assertThat(channels().updateMemberRoles("chan1", "user1", "channel_user channel_admin").roles())
			.isEqualTo("channel_user channel_admin");
		assertThat(this.server.request("UpdateChannelMemberRoles", UpdateChannelMemberRolesRequest.class))
			.isEqualTo(UpdateChannelMemberRolesRequest.newBuilder()
				.setChannelId("chan1")
				.setUserId("user1")
				.setNewRoles("channel_user channel_admin")
				.build());
	}

	@Test
	void updateMemberNotificationsSendsEverySetting() {
		this.server.respond("UpdateChannelMemberNotifications",
				UpdateChannelMemberNotificationsResponse.newBuilder().setChannelMember(MEMBER).build());
		channels().updateMemberNotifications("chan1", "user1", Map.of("desktop", "all", "mark_unread", "mention"));
		assertThat(this.server.request("UpdateChannelMemberNotifications", UpdateChannelMemberNotificationsRequest.class))
			.isEqualTo(UpdateChannelMemberNotificationsRequest.newBuilder()
				.setChannelId("chan1")
				.setUserId("user1")
				.putNotifications("desktop", "all")
				.putNotifications("mark_unread", "mention")
				.build());
	}

	@Test
	void patchMembersNotificationsSendsEveryMemberAndSetting() {
		channels().patchMembersNotifications(
				List.of(new ChannelMemberIdentifier("chan1", "user1"), new ChannelMemberIdentifier("chan2", "user2")),
				Map.of("push", "none"));
		assertThat(this.server.request("PatchChannelMembersNotifications", PatchChannelMembersNotificationsRequest.class))
			.isEqualTo(PatchChannelMembersNotificationsRequest.newBuilder()
				.addMembers(dev.mattermost.spring.protocol.v1.ChannelMemberIdentifier.newBuilder()
					.setChannelId("chan1")
					.setUserId("user1"))
				.addMembers(dev.mattermost.spring.protocol.v1.ChannelMemberIdentifier.newBuilder()
					.setChannelId("chan2")
					.setUserId("user2"))
				.putNotifyProps("push", "none")
				.build());
	}

	@Test
	void deleteMemberSendsChannelAndUser() {
		channels().deleteMember("chan1", "user1");
		assertThat(this.server.request("DeleteChannelMember", DeleteChannelMemberRequest.class))
			.isEqualTo(DeleteChannelMemberRequest.newBuilder().setChannelId("chan1").setUserId("user1").build());
	}

	@Test
	void createSidebarCategorySendsEveryFieldAndReturnsCreatedCategory() {
		this.server.respond("CreateChannelSidebarCategory",
				CreateChannelSidebarCategoryResponse.newBuilder().setCategory(FAVORITES).build());
		SidebarCategory draft = new SidebarCategory("", "user1", "team1", "Favorites", SidebarCategory.FAVORITES, 2,
				true, true, List.of("chan1", "chan2"));
		SidebarCategory created = channels().createSidebarCategory("user1", "team1", draft);
		assertThat(this.server.request("CreateChannelSidebarCategory", CreateChannelSidebarCategoryRequest.class))
			.isEqualTo(CreateChannelSidebarCategoryRequest.newBuilder()
				.setUserId("user1")
				.setTeamId("team1")
				.setNewCategory(FAVORITES.toBuilder().clearId())
				.build());
		assertThat(created).isEqualTo(new SidebarCategory("cat1", "user1", "team1", "Favorites", "favorites", 2, true,
				true, List.of("chan1", "chan2")));
	}

	@Test
	void getSidebarCategoriesReturnsCategoriesAndOrder() {
		this.server.respond("GetChannelSidebarCategories",
				GetChannelSidebarCategoriesResponse.newBuilder()
					.setCategories(dev.mattermost.spring.protocol.v1.OrderedSidebarCategories.newBuilder()
						.addCategories(FAVORITES)
						.addOrder("cat1")
						.addOrder("cat2"))
					.build());
		OrderedSidebarCategories categories = channels().getSidebarCategories("user1", "team1");
		assertThat(this.server.request("GetChannelSidebarCategories", GetChannelSidebarCategoriesRequest.class))
			.isEqualTo(GetChannelSidebarCategoriesRequest.newBuilder().setUserId("user1").setTeamId("team1").build());
		assertThat(categories.order()).containsExactly("cat1", "cat2");
		assertThat(categories.categories()).extracting(SidebarCategory::channelIds)
			.containsExactly(List.of("chan1", "chan2"));
	}

	@Test
	void getSidebarCategoriesReadsMissingCategoriesAsEmptySidebar() {
		OrderedSidebarCategories categories = channels().getSidebarCategories("user1", "team1");
		assertThat(categories.categories()).isEmpty();
		assertThat(categories.order()).isEmpty();
	}

	@Test
	void updateSidebarCategoriesSendsEveryCategory() {
		this.server.respond("UpdateChannelSidebarCategories",
				UpdateChannelSidebarCategoriesResponse.newBuilder().addCategories(FAVORITES).build());
		SidebarCategory favorites = new SidebarCategory("cat1", "user1", "team1", "Favorites", "favorites", 2, true,
				true, List.of("chan1", "chan2"));
		SidebarCategory custom = SidebarCategory.custom("user1", "team1", "Projects", List.of("chan3"));
		List<SidebarCategory> updated = channels().updateSidebarCategories("user1", "team1", List.of(favorites, custom));
		assertThat(this.server.request("UpdateChannelSidebarCategories", UpdateChannelSidebarCategoriesRequest.class))
			.isEqualTo(UpdateChannelSidebarCategoriesRequest.newBuilder()
				.setUserId("user1")
				.setTeamId("team1")
				.addCategories(FAVORITES)
				.addCategories(SidebarCategoryWithChannels.newBuilder()
					.setUserId("user1")
					.setTeamId("team1")
					.setDisplayName("Projects")
					.setType("custom")
					.addChannelIds("chan3"))
				.build());
		assertThat(updated).containsExactly(favorites);
	}

	@Test
	void streamPublicForTeamFetchesPagesUntilAShortOne() {
		this.server.respond("GetPublicChannelsForTeam", (GetPublicChannelsForTeamRequest request) -> {
			int count = (request.getPage() == 0) ? request.getPerPage() : 1;
			GetPublicChannelsForTeamResponse.Builder response = GetPublicChannelsForTeamResponse.newBuilder();
			for (int i = 0; i < count; i++) {
				response.addChannels(TOWN_SQUARE.toBuilder().setId("p" + request.getPage() + "-" + i));
			}
			return response.build();
		});
		List<Channel> all = channels().streamPublicForTeam("team1").toList();
		assertThat(all).hasSize(Paging.DEFAULT_PAGE_SIZE + 1);
		assertThat(all.get(Paging.DEFAULT_PAGE_SIZE).id()).isEqualTo("p1-0");
		assertThat(this.server.requests("GetPublicChannelsForTeam", GetPublicChannelsForTeamRequest.class))
			.extracting(GetPublicChannelsForTeamRequest::getPage, GetPublicChannelsForTeamRequest::getPerPage)
			.containsExactly(tuple(0, Paging.DEFAULT_PAGE_SIZE), tuple(1, Paging.DEFAULT_PAGE_SIZE));
	}

	@Test
	void streamMembersFetchesNothingUntilConsumed() {
		Stream<ChannelMember> members = channels().streamMembers("chan1");
		assertThat(this.server.calledMethods()).isEmpty();
		assertThat(members).isEmpty();
		assertThat(this.server.request("GetChannelMembers", GetChannelMembersRequest.class).getChannelId())
			.isEqualTo("chan1");
	}

	@Test
	void streamMembersForUserSendsTeamAndUser() {
		this.server.respond("GetChannelMembersForUser",
				GetChannelMembersForUserResponse.newBuilder().addChannelMembers(MEMBER).build());
		assertThat(channels().streamMembersForUser("team1", "user1")).hasSize(1);
		assertThat(this.server.request("GetChannelMembersForUser", GetChannelMembersForUserRequest.class))
			.isEqualTo(GetChannelMembersForUserRequest.newBuilder()
				.setTeamId("team1")
				.setUserId("user1")
				.setPage(0)
				.setPerPage(Paging.DEFAULT_PAGE_SIZE)
				.build());
	}

	@Test
	void listingsReturnEmptyListsWhenServerSendsNothing() {
		assertThat(channels().getPublicForTeam("team1", 0, 10)).isEmpty();
		assertThat(channels().getForTeamForUser("team1", "user1", false)).isEmpty();
		assertThat(channels().search("team1", "nothing")).isEmpty();
		assertThat(channels().getMembers("chan1", 0, 10)).isEmpty();
		assertThat(channels().getMembersByIds("chan1", List.of())).isEmpty();
		assertThat(channels().getMembersForUser("team1", "user1", 0, 10)).isEmpty();
		assertThat(channels().updateSidebarCategories("user1", "team1", List.of())).isEmpty();
	}

	@Test
	void lookupAnsweredWithoutChannelThrowsNotFound() {
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> channels().get("chan1"))
			.satisfies((ex) -> assertThat(ex.getMethod()).isEqualTo("GetChannel"))
			.withMessageContaining("channel chan1");
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> channels().getMember("chan1", "user1"))
			.withMessageContaining("member user1 in channel chan1");
	}

	@Test
	void createAnsweredWithoutChannelFailsNamingTheRpc() {
		assertThatExceptionOfType(PluginApiException.class)
			.isThrownBy(() -> channels().create("team1", "a", "A", Channel.OPEN))
			.isNotInstanceOf(NotFoundException.class)
			.satisfies((ex) -> assertThat(ex.getMethod()).isEqualTo("CreateChannel"))
			.withMessageContaining("sent no result");
	}

	static Stream<ArgumentSet> calls() {
		Channel channel = ChannelConverter.toModel(TOWN_SQUARE);
		SidebarCategory category = SidebarCategory.custom("user1", "team1", "Projects", List.of());
		return Stream.<ArgumentSet>of(
				RpcErrors.<ChannelApi>call("CreateChannel", (api) -> api.create(channel)),
				RpcErrors.<ChannelApi>call("DeleteChannel", (api) -> api.delete("chan1")),
				RpcErrors.<ChannelApi>call("GetPublicChannelsForTeam", (api) -> api.getPublicForTeam("team1", 0, 10)),
				RpcErrors.<ChannelApi>call("GetChannel", (api) -> api.get("chan1")),
				RpcErrors.<ChannelApi>call("GetChannelByName", (api) -> api.getByName("team1", "town-square", false)),
				RpcErrors.<ChannelApi>call("GetChannelByNameForTeamName",
						(api) -> api.getByNameForTeamName("core", "town-square", false)),
				RpcErrors.<ChannelApi>call("GetChannelsForTeamForUser",
						(api) -> api.getForTeamForUser("team1", "user1", false)),
				RpcErrors.<ChannelApi>call("GetChannelStats", (api) -> api.getStats("chan1")),
				RpcErrors.<ChannelApi>call("GetDirectChannel", (api) -> api.getDirect("user1", "user2")),
				RpcErrors.<ChannelApi>call("GetGroupChannel", (api) -> api.getGroup(List.of("user1", "user2", "user3"))),
				RpcErrors.<ChannelApi>call("UpdateChannel", (api) -> api.update(channel)),
				RpcErrors.<ChannelApi>call("SearchChannels", (api) -> api.search("team1", "town")),
				RpcErrors.<ChannelApi>call("AddChannelMember", (api) -> api.addMember("chan1", "user1")),
				RpcErrors.<ChannelApi>call("AddUserToChannel", (api) -> api.addUser("chan1", "user1", "admin1")),
				RpcErrors.<ChannelApi>call("GetChannelMember", (api) -> api.getMember("chan1", "user1")),
				RpcErrors.<ChannelApi>call("GetChannelMembers", (api) -> api.getMembers("chan1", 0, 10)),
				RpcErrors.<ChannelApi>call("GetChannelMembersByIds",
						(api) -> api.getMembersByIds("chan1", List.of("user1"))),
				RpcErrors.<ChannelApi>call("GetChannelMembersForUser",
						(api) -> api.getMembersForUser("team1", "user1", 0, 10)),
				RpcErrors.<ChannelApi>call("UpdateChannelMemberRoles",
						(api) -> api.updateMemberRoles("chan1", "user1", "channel_user")),
				RpcErrors.<ChannelApi>call("UpdateChannelMemberNotifications",
						(api) -> api.updateMemberNotifications("chan1", "user1", Map.of("desktop", "all"))),
				RpcErrors.<ChannelApi>call("PatchChannelMembersNotifications",
						(api) -> api.patchMembersNotifications(List.of(new ChannelMemberIdentifier("chan1", "user1")),
								Map.of("push", "none"))),
				RpcErrors.<ChannelApi>call("DeleteChannelMember", (api) -> api.deleteMember("chan1", "user1")),
				RpcErrors.<ChannelApi>call("CreateChannelSidebarCategory",
						(api) -> api.createSidebarCategory("user1", "team1", category)),
				RpcErrors.<ChannelApi>call("GetChannelSidebarCategories",
						(api) -> api.getSidebarCategories("user1", "team1")),
				RpcErrors.<ChannelApi>call("UpdateChannelSidebarCategories",
						(api) -> api.updateSidebarCategories("user1", "team1", List.of(category))));
	}

	@Test
	void coversEveryChannelAndSidebarRpc() {
		assertThat(RpcErrors.rpcs(calls())).doesNotHaveDuplicates().hasSize(25);
	}

	@ParameterizedTest
	@MethodSource("calls")
	void mapsAppErrorInResponseToException(String rpc, Consumer<ChannelApi> call) {
		RpcErrors.assertAppErrorMapped(this.server, rpc, () -> call.accept(channels()));
	}

	@ParameterizedTest
	@MethodSource("calls")
	void mapsErrorStatusToException(String rpc, Consumer<ChannelApi> call) {
		RpcErrors.assertStatusMapped(this.server, rpc, () -> call.accept(channels()));
	}

}
