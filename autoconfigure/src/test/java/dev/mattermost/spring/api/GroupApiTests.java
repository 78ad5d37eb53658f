package dev.mattermost.spring.api;

import java.util.List;

import io.grpc.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.mattermost.spring.model.DefaultMembershipParams;
import dev.mattermost.spring.model.Group;
import dev.mattermost.spring.model.GroupMember;
import dev.mattermost.spring.model.GroupSearchOptions;
import dev.mattermost.spring.model.GroupSyncable;
import dev.mattermost.spring.model.GroupSyncableType;
import dev.mattermost.spring.model.ViewUsersRestrictions;
import dev.mattermost.spring.protocol.v1.CreateDefaultMembershipParams;
import dev.mattermost.spring.protocol.v1.CreateDefaultSyncableMembershipsRequest;
import dev.mattermost.spring.protocol.v1.CreateGroupRequest;
import dev.mattermost.spring.protocol.v1.CreateGroupResponse;
import dev.mattermost.spring.protocol.v1.DeleteGroupMemberRequest;
import dev.mattermost.spring.protocol.v1.DeleteGroupMemberResponse;
import dev.mattermost.spring.protocol.v1.DeleteGroupRequest;
import dev.mattermost.spring.protocol.v1.DeleteGroupResponse;
import dev.mattermost.spring.protocol.v1.DeleteGroupSyncableRequest;
import dev.mattermost.spring.protocol.v1.DeleteGroupSyncableResponse;
import dev.mattermost.spring.protocol.v1.GetGroupByNameRequest;
import dev.mattermost.spring.protocol.v1.GetGroupByNameResponse;
import dev.mattermost.spring.protocol.v1.GetGroupByRemoteIDRequest;
import dev.mattermost.spring.protocol.v1.GetGroupByRemoteIDResponse;
import dev.mattermost.spring.protocol.v1.GetGroupMemberUsersRequest;
import dev.mattermost.spring.protocol.v1.GetGroupMemberUsersResponse;
import dev.mattermost.spring.protocol.v1.GetGroupRequest;
import dev.mattermost.spring.protocol.v1.GetGroupResponse;
import dev.mattermost.spring.protocol.v1.GetGroupSyncableRequest;
import dev.mattermost.spring.protocol.v1.GetGroupSyncableResponse;
import dev.mattermost.spring.protocol.v1.GetGroupSyncablesRequest;
import dev.mattermost.spring.protocol.v1.GetGroupSyncablesResponse;
import dev.mattermost.spring.protocol.v1.GetGroupsBySourceRequest;
import dev.mattermost.spring.protocol.v1.GetGroupsBySourceResponse;
import dev.mattermost.spring.protocol.v1.GetGroupsForUserRequest;
import dev.mattermost.spring.protocol.v1.GetGroupsRequest;
import dev.mattermost.spring.protocol.v1.GetGroupsResponse;
import dev.mattermost.spring.protocol.v1.GroupSearchOpts;
import dev.mattermost.spring.protocol.v1.RestoreGroupRequest;
import dev.mattermost.spring.protocol.v1.RestoreGroupResponse;
import dev.mattermost.spring.protocol.v1.UpdateGroupRequest;
import dev.mattermost.spring.protocol.v1.UpdateGroupResponse;
import dev.mattermost.spring.protocol.v1.UpdateGroupSyncableRequest;
import dev.mattermost.spring.protocol.v1.UpdateGroupSyncableResponse;
import dev.mattermost.spring.protocol.v1.UpsertGroupMemberRequest;
import dev.mattermost.spring.protocol.v1.UpsertGroupMemberResponse;
import dev.mattermost.spring.protocol.v1.UpsertGroupMembersRequest;
import dev.mattermost.spring.protocol.v1.UpsertGroupMembersResponse;
import dev.mattermost.spring.protocol.v1.UpsertGroupSyncableRequest;
import dev.mattermost.spring.protocol.v1.UpsertGroupSyncableResponse;
import dev.mattermost.spring.protocol.v1.User;
import dev.mattermost.spring.protocol.v1.ViewUsersRestrictionsOrBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class GroupApiTests {

	@RegisterExtension
	final ApiTestServer server = new ApiTestServer();

	private static final Group GROUP = new Group("g1", "devs", "Developers", "All developers", "custom", "r1", 1, 2,
			0, true);

	private static final dev.mattermost.spring.protocol.v1.Group GROUP_PROTO =
			dev.mattermost.spring.protocol.v1.Group.newBuilder()
				.setId("g1")
				.setName("devs")
				.setDisplayName("Developers")
				.setDescription("All developers")
				.setSource("custom")
				.setRemoteId("r1")
				.setCreateAt(1)
				.setUpdateAt(2)
				.setAllowReference(true)
				.build();

	private static final dev.mattermost.spring.protocol.v1.GroupSyncable SYNCABLE_PROTO =
			dev.mattermost.spring.protocol.v1.GroupSyncable.newBuilder()
				.setGroupId("g1")
				.setSyncableId("t1")
				.setSyncableType("Team")
				.setAutoAdd(true)
				.setSchemeAdmin(true)
				.setCreateAt(3)
				.setDeleteAt(4)
				.setUpdateAt(5)
				.build();

	private static final GroupSyncable SYNCABLE = new GroupSyncable("g1", "t1", GroupSyncableType.TEAM, true, true, 3,
			4, 5);

	private GroupApi groups() {
		return new DefaultGroupApi(this.server.caller());
	}

	@Test
	void getsGroupByIdNameAndRemoteId() {
		this.server.respond("GetGroup", GetGroupResponse.newBuilder().setGroup(GROUP_PROTO).build());
		this.server.respond("GetGroupByName", GetGroupByNameResponse.newBuilder().setGroup(GROUP_PROTO).build());
		this.server.respond("GetGroupByRemoteID",
				GetGroupByRemoteIDResponse.newBuilder().setGroup(GROUP_PROTO).build());
		GroupApi groups = groups();
		assertThat(groups.get("g1")).isEqualTo(GROUP);
		assertThat(groups.getByName("devs")).isEqualTo(GROUP);
		assertThat(groups.getByRemoteId("r1", Group.SOURCE_LDAP)).isEqualTo(GROUP);
		assertThat(this.server.request("GetGroup", GetGroupRequest.class).getGroupId()).isEqualTo("g1");
		assertThat(this.server.request("GetGroupByName", GetGroupByNameRequest.class).getName()).isEqualTo("devs");
		GetGroupByRemoteIDRequest byRemote = this.server.request("GetGroupByRemoteID", GetGroupByRemoteIDRequest.class);
		assertThat(byRemote.getRemoteId()).isEqualTo("r1");
		assertThat(byRemote.getGroupSource()).isEqualTo("ldap");
	}

	@Test
	void mapsMissingGroupStatusToNotFound() {
		this.server.fail("GetGroup", ApiTestServer.statusError(Status.Code.NOT_FOUND, "app.group.no_rows", "No group"));
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> groups().get("x"))
			.satisfies((ex) -> assertThat(ex.getId()).isEqualTo("app.group.no_rows"));
	}

	@Test
	void rejectsSuccessThatCarriesNoResult() {
		GroupApi groups = groups();
		assertThatExceptionOfType(PluginApiException.class).isThrownBy(() -> groups.get("x"))
			.withMessageContaining("GetGroup")
			.isExactlyInstanceOf(PluginApiException.class);
		assertThatExceptionOfType(PluginApiException.class).isThrownBy(() -> groups.create(GROUP))
			.withMessageContaining("sent no result");
		assertThatExceptionOfType(PluginApiException.class).isThrownBy(() -> groups.upsertMember("g", "u"))
			.withMessageContaining("UpsertGroupMember");
		assertThatExceptionOfType(PluginApiException.class)
			.isThrownBy(() -> groups.getSyncable("g", "t", GroupSyncableType.TEAM))
			.withMessageContaining("GetGroupSyncable");
	}

	@Test
	void listsGroupsBySourceAndForUser() {
		this.server.respond("GetGroupsBySource", GetGroupsBySourceResponse.newBuilder().addGroups(GROUP_PROTO).build());
		assertThat(groups().getBySource("custom")).containsExactly(GROUP);
		assertThat(groups().getForUser("u1")).isEmpty();
		assertThat(this.server.request("GetGroupsBySource", GetGroupsBySourceRequest.class).getGroupSource())
			.isEqualTo("custom");
		assertThat(this.server.request("GetGroupsForUser", GetGroupsForUserRequest.class).getUserId()).isEqualTo("u1");
	}

	@Test
	void sendsEverySearchOptionPagingAndRestriction() {
		this.server.respond("GetGroups", GetGroupsResponse.newBuilder().addGroups(GROUP_PROTO).build());
		GroupSearchOptions options = new GroupSearchOptions("dev", true, true, true, true, true, "ldap", true,
				1_700_000_000_000L, true, true);
		List<Group> page = groups().list(2, 50, options, new ViewUsersRestrictions(List.of("t1"), List.of("c1")));
		assertThat(page).containsExactly(GROUP);
		GetGroupsRequest request = this.server.request("GetGroups", GetGroupsRequest.class);
		assertThat(request.getPage()).isEqualTo(2);
		assertThat(request.getPerPage()).isEqualTo(50);
		assertThat(request.getOpts()).isEqualTo(GroupSearchOpts.newBuilder()
			.setQ("dev")
			.setIncludeMemberCount(true)
			.setIncludeTotalMemberCount(true)
			.setFilterAllowReference("true")
			.setPageOptsPage(2)
			.setPageOptsPerPage(50)
			.setFilterArchived(true)
			.setFilterParentTeamPermitted(true)
			.setSource("ldap")
			.setFilterHasMember(true)
			.setSince("1700000000000")
			.setIncludeChannelMemberCount(true)
			.setIncludeTimezones(true)
			.build());
		ViewUsersRestrictionsOrBuilder restrictions = request.getViewRestrictions();
		assertThat(restrictions.getTeamsList()).containsExactly("t1");
		assertThat(restrictions.getChannelsList()).containsExactly("c1");
	}

	@Test
	void sendsUnsetFlagsAsEmptyStringsWithoutRestrictions() {
		groups().list(0, 10, GroupSearchOptions.all());
		GetGroupsRequest request = this.server.request("GetGroups", GetGroupsRequest.class);
		assertThat(request.getOpts().getFilterAllowReference()).isEmpty();
		assertThat(request.getOpts().getSince()).isEmpty();
		assertThat(request.getViewRestrictions().getTeamsList()).isEmpty();
	}

	@Test
	void sendsEveryGroupFieldOnCreateAndUpdate() {
		this.server.respond("CreateGroup", (CreateGroupRequest request) -> CreateGroupResponse.newBuilder()
			.setGroup(request.getGroup())
			.build());
		this.server.respond("UpdateGroup", (UpdateGroupRequest request) -> UpdateGroupResponse.newBuilder()
			.setGroup(request.getGroup().toBuilder().setUpdateAt(9))
			.build());
		assertThat(groups().create(GROUP)).isEqualTo(GROUP);
		assertThat(this.server.request("CreateGroup", CreateGroupRequest.class).getGroup()).isEqualTo(GROUP_PROTO);
		assertThat(groups().update(GROUP).updateAt()).isEqualTo(9);
	}

	@Test
	void mapsCreateConflictStatus() {
		this.server.fail("CreateGroup",
				ApiTestServer.statusError(Status.Code.ALREADY_EXISTS, "app.group.unique_name", "Name taken"));
		assertThatExceptionOfType(ConflictException.class)
			.isThrownBy(() -> groups().create(Group.of("devs", "Devs", Group.SOURCE_CUSTOM, "")));
	}

	@Test
	void deletesAndRestoresGroups() {
		this.server.respond("DeleteGroup", DeleteGroupResponse.newBuilder()
			.setGroup(GROUP_PROTO.toBuilder().setDeleteAt(7))
			.build());
		this.server.respond("RestoreGroup", RestoreGroupResponse.newBuilder().setGroup(GROUP_PROTO).build());
		assertThat(groups().delete("g1").deleteAt()).isEqualTo(7);
		assertThat(groups().restore("g1")).isEqualTo(GROUP);
		assertThat(this.server.request("DeleteGroup", DeleteGroupRequest.class).getGroupId()).isEqualTo("g1");
		assertThat(this.server.request("RestoreGroup", RestoreGroupRequest.class).getGroupId()).isEqualTo("g1");
	}

	@Test
	void pagesThroughMemberUsers() {
		this.server.respond("GetGroupMemberUsers", GetGroupMemberUsersResponse.newBuilder()
			.addUsers(User.newBuilder().setId("u1").setUsername("alice"))
			.build());
		assertThat(groups().getMemberUsers("g1", 3, 25)).singleElement()
			.satisfies((user) -> assertThat(user.username()).isEqualTo("alice"));
		GetGroupMemberUsersRequest request = this.server.request("GetGroupMemberUsers",
				GetGroupMemberUsersRequest.class);
		assertThat(request.getGroupId()).isEqualTo("g1");
		assertThat(request.getPage()).isEqualTo(3);
		assertThat(request.getPerPage()).isEqualTo(25);
	}

	@Test
	void streamsMemberUsersPageByPageUntilShortPage() {
		this.server.respond("GetGroupMemberUsers", (GetGroupMemberUsersRequest request) -> {
			int size = (request.getPage() == 0) ? request.getPerPage() : 1;
			GetGroupMemberUsersResponse.Builder response = GetGroupMemberUsersResponse.newBuilder();
			for (int i = 0; i < size; i++) {
				response.addUsers(User.newBuilder().setId("u" + request.getPage() + "-" + i));
			}
			return response.build();
		});
		assertThat(groups().streamMemberUsers("g1").count()).isEqualTo(Paging.DEFAULT_PAGE_SIZE + 1);
		assertThat(this.server.requests("GetGroupMemberUsers", GetGroupMemberUsersRequest.class))
			.extracting(GetGroupMemberUsersRequest::getPage)
			.containsExactly(0, 1);
	}

	@Test
	void streamsGroupsLazily() {
		this.server.respond("GetGroups", GetGroupsResponse.newBuilder().addGroups(GROUP_PROTO).build());
		assertThat(groups().stream(GroupSearchOptions.all()).findFirst()).contains(GROUP);
		assertThat(this.server.requests("GetGroups", GetGroupsRequest.class)).hasSize(1);
	}

	@Test
	void managesMembers() {
		dev.mattermost.spring.protocol.v1.GroupMember member =
				dev.mattermost.spring.protocol.v1.GroupMember.newBuilder()
			.setGroupId("g1")
			.setUserId("u1")
			.setCreateAt(5)
			.setDeleteAt(6)
			.build();
		this.server.respond("UpsertGroupMember", UpsertGroupMemberResponse.newBuilder().setGroupMember(member).build());
		this.server.respond("UpsertGroupMembers",
				UpsertGroupMembersResponse.newBuilder().addGroupMembers(member).build());
		this.server.respond("DeleteGroupMember", DeleteGroupMemberResponse.newBuilder().setGroupMember(member).build());
		GroupMember expected = new GroupMember("g1", "u1", 5, 6);
		assertThat(groups().upsertMember("g1", "u1")).isEqualTo(expected);
		assertThat(groups().upsertMembers("g1", List.of("u1", "u2"))).containsExactly(expected);
		assertThat(groups().deleteMember("g1", "u1")).isEqualTo(expected);
		UpsertGroupMemberRequest one = this.server.request("UpsertGroupMember", UpsertGroupMemberRequest.class);
		assertThat(one.getGroupId() + "/" + one.getUserId()).isEqualTo("g1/u1");
		assertThat(this.server.request("UpsertGroupMembers", UpsertGroupMembersRequest.class).getUserIdsList())
			.containsExactly("u1", "u2");
		DeleteGroupMemberRequest delete = this.server.request("DeleteGroupMember", DeleteGroupMemberRequest.class);
		assertThat(delete.getGroupId() + "/" + delete.getUserId()).isEqualTo("g1/u1");
	}

	@Test
	void readsSyncables() {
		this.server.respond("GetGroupSyncable",
				GetGroupSyncableResponse.newBuilder().setGroupSyncable(SYNCABLE_PROTO).build());
		this.server.respond("GetGroupSyncables",
				GetGroupSyncablesResponse.newBuilder().addGroupSyncables(SYNCABLE_PROTO).build());
		assertThat(groups().getSyncable("g1", "t1", GroupSyncableType.TEAM)).isEqualTo(SYNCABLE);
		assertThat(groups().getSyncables("g1", GroupSyncableType.CHANNEL)).containsExactly(SYNCABLE);
		GetGroupSyncableRequest one = this.server.request("GetGroupSyncable", GetGroupSyncableRequest.class);
		assertThat(List.of(one.getGroupId(), one.getSyncableId(), one.getSyncableType()))
			.containsExactly("g1", "t1", "Team");
		GetGroupSyncablesRequest all = this.server.request("GetGroupSyncables", GetGroupSyncablesRequest.class);
		assertThat(List.of(all.getGroupId(), all.getSyncableType())).containsExactly("g1", "Channel");
	}

	@Test
	void writesSyncablesWithEveryField() {
		this.server.respond("UpsertGroupSyncable", (UpsertGroupSyncableRequest request) -> UpsertGroupSyncableResponse
			.newBuilder()
			.setGroupSyncable(request.getGroupSyncable())
			.build());
		this.server.respond("UpdateGroupSyncable", (UpdateGroupSyncableRequest request) -> UpdateGroupSyncableResponse
			.newBuilder()
			.setGroupSyncable(request.getGroupSyncable())
			.build());
		assertThat(groups().upsertSyncable(SYNCABLE)).isEqualTo(SYNCABLE);
		assertThat(groups().updateSyncable(SYNCABLE)).isEqualTo(SYNCABLE);
		assertThat(this.server.request("UpsertGroupSyncable", UpsertGroupSyncableRequest.class).getGroupSyncable())
			.isEqualTo(SYNCABLE_PROTO);
		this.server.respond("DeleteGroupSyncable",
				DeleteGroupSyncableResponse.newBuilder().setGroupSyncable(SYNCABLE_PROTO).build());
		assertThat(groups().deleteSyncable("g1", "c1", GroupSyncableType.CHANNEL)).isEqualTo(SYNCABLE);
		DeleteGroupSyncableRequest delete = this.server.request("DeleteGroupSyncable",
				DeleteGroupSyncableRequest.class);
		assertThat(List.of(delete.getGroupId(), delete.getSyncableId(), delete.getSyncableType()))
			.containsExactly("g1", "c1", "Channel");
	}

	@Test
	void rejectsUnknownSyncableTypeFromServer() {
		this.server.respond("GetGroupSyncable", GetGroupSyncableResponse.newBuilder()
			.setGroupSyncable(SYNCABLE_PROTO.toBuilder().setSyncableType("Board"))
			.build());
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> groups().getSyncable("g1", "t1", GroupSyncableType.TEAM))
			.withMessageContaining("Board");
	}

	@Test
	void sendsMembershipMaintenanceRequests() {
		groups().createDefaultSyncableMemberships(new DefaultMembershipParams(42, true, false, true));
		groups().deleteGroupConstrainedMemberships();
		assertThat(this.server
			.request("CreateDefaultSyncableMemberships", CreateDefaultSyncableMembershipsRequest.class)
			.getParams()).isEqualTo(CreateDefaultMembershipParams.newBuilder()
				.setSince(42)
				.setScopeTeams(true)
				.setReAddRemovedMembers(true)
				.build());
		assertThat(this.server.calledMethods()).contains("DeleteGroupConstrainedMemberships");
	}

	@Test
	void mapsMembershipMaintenanceAppError() {
		this.server.fail("DeleteGroupConstrainedMemberships", Status.PERMISSION_DENIED.withDescription(
				"api.context.permissions.app_error: You do not have the appropriate permissions"));
		assertThatExceptionOfType(PermissionDeniedException.class)
			.isThrownBy(() -> groups().deleteGroupConstrainedMemberships());
	}

	@Test
	void mapsResponseAppErrorToNotFound() {
		this.server.respond("GetGroupByName", GetGroupByNameResponse.newBuilder()
			.setError(ApiTestServer.appError("app.group.no_rows", "No group", 404))
			.build());
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> groups().getByName("nobody"))
			.satisfies((ex) -> assertThat(ex.getWhere()).isEqualTo("FakeServer"));
	}
}
