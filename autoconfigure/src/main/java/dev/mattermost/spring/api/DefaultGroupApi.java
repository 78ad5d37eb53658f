package dev.mattermost.spring.api;

import java.util.List;
import java.util.Objects;

import dev.mattermost.spring.convert.GroupConverter;
import dev.mattermost.spring.convert.UserConverter;
import dev.mattermost.spring.model.DefaultMembershipParams;
import dev.mattermost.spring.model.Group;
import dev.mattermost.spring.model.GroupMember;
import dev.mattermost.spring.model.GroupSearchOptions;
import dev.mattermost.spring.model.GroupSyncable;
import dev.mattermost.spring.model.GroupSyncableType;
import dev.mattermost.spring.model.User;
import dev.mattermost.spring.model.ViewUsersRestrictions;
import dev.mattermost.spring.protocol.v1.CreateDefaultSyncableMembershipsRequest;
import dev.mattermost.spring.protocol.v1.CreateGroupRequest;
import dev.mattermost.spring.protocol.v1.CreateGroupResponse;
import dev.mattermost.spring.protocol.v1.DeleteGroupConstrainedMembershipsRequest;
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
import dev.mattermost.spring.protocol.v1.GetGroupRequest;
import dev.mattermost.spring.protocol.v1.GetGroupResponse;
import dev.mattermost.spring.protocol.v1.GetGroupSyncableRequest;
import dev.mattermost.spring.protocol.v1.GetGroupSyncableResponse;
import dev.mattermost.spring.protocol.v1.GetGroupSyncablesRequest;
import dev.mattermost.spring.protocol.v1.GetGroupsBySourceRequest;
import dev.mattermost.spring.protocol.v1.GetGroupsForUserRequest;
import dev.mattermost.spring.protocol.v1.GetGroupsRequest;
import dev.mattermost.spring.protocol.v1.RestoreGroupRequest;
import dev.mattermost.spring.protocol.v1.RestoreGroupResponse;
import dev.mattermost.spring.protocol.v1.UpdateGroupRequest;
import dev.mattermost.spring.protocol.v1.UpdateGroupResponse;
import dev.mattermost.spring.protocol.v1.UpdateGroupSyncableRequest;
import dev.mattermost.spring.protocol.v1.UpdateGroupSyncableResponse;
import dev.mattermost.spring.protocol.v1.UpsertGroupMemberRequest;
import dev.mattermost.spring.protocol.v1.UpsertGroupMemberResponse;
import dev.mattermost.spring.protocol.v1.UpsertGroupMembersRequest;
import dev.mattermost.spring.protocol.v1.UpsertGroupSyncableRequest;
import dev.mattermost.spring.protocol.v1.UpsertGroupSyncableResponse;

/**
 * {@link GroupApi} over the PluginAPI gRPC service.
 */
public final class DefaultGroupApi implements GroupApi {

	private final PluginApiCaller caller;

	/**
	 * Creates the API.
	 * @param caller performs the calls
	 */
	public DefaultGroupApi(PluginApiCaller caller) {
		this.caller = Objects.requireNonNull(caller, "caller must not be null");
	}

	@Override
	public Group get(String groupId) {
		GetGroupRequest request = GetGroupRequest.newBuilder().setGroupId(groupId).build();
		GetGroupResponse response = this.caller.call("GetGroup", (stub) -> stub.getGroup(request));
		return result("GetGroup", response.hasGroup(), response.getGroup());
	}

	@Override
	public Group getByName(String name) {
		GetGroupByNameRequest request = GetGroupByNameRequest.newBuilder().setName(name).build();
		GetGroupByNameResponse response = this.caller.call("GetGroupByName", (stub) -> stub.getGroupByName(request));
		return result("GetGroupByName", response.hasGroup(), response.getGroup());
	}

	@Override
	public Group getByRemoteId(String remoteId, String source) {
		GetGroupByRemoteIDRequest request = GetGroupByRemoteIDRequest.newBuilder()
			.setRemoteId(remoteId)
			.setGroupSource(source)
			.build();
		GetGroupByRemoteIDResponse response = this.caller.call("GetGroupByRemoteID",
				(stub) -> stub.getGroupByRemoteID(request));
		return result("GetGroupByRemoteID", response.hasGroup(), response.getGroup());
	}

	@Override
	public List<Group> getBySource(String source) {
		GetGroupsBySourceRequest request = GetGroupsBySourceRequest.newBuilder().setGroupSource(source).build();
		return this.caller.call("GetGroupsBySource", (stub) -> stub.getGroupsBySource(request))
			.getGroupsList()
			.stream()
			.map(GroupConverter::toModel)
			.toList();
	}

	@Override
	public List<Group> getForUser(String userId) {
		GetGroupsForUserRequest request = GetGroupsForUserRequest.newBuilder().setUserId(userId).build();
		return this.caller.call("GetGroupsForUser", (stub) -> stub.getGroupsForUser(request))
			.getGroupsList()
			.stream()
			.map(GroupConverter::toModel)
			.toList();
	}

	@Override
	public List<Group> list(int page, int perPage, GroupSearchOptions options, ViewUsersRestrictions restrictions) {
		GetGroupsRequest request = GetGroupsRequest.newBuilder()
			.setPage(page)
			.setPerPage(perPage)
			.setOpts(GroupConverter.toProto(options, page, perPage))
			.setViewRestrictions(UserConverter.toProto(restrictions))
			.build();
		return this.caller.call("GetGroups", (stub) -> stub.getGroups(request))
			.getGroupsList()
			.stream()
			.map(GroupConverter::toModel)
			.toList();
	}

	@Override
	public Group create(Group group) {
		CreateGroupRequest request = CreateGroupRequest.newBuilder().setGroup(GroupConverter.toProto(group)).build();
		CreateGroupResponse response = this.caller.call("CreateGroup", (stub) -> stub.createGroup(request));
		return result("CreateGroup", response.hasGroup(), response.getGroup());
	}

	@Override
	public Group update(Group group) {
		UpdateGroupRequest request = UpdateGroupRequest.newBuilder().setGroup(GroupConverter.toProto(group)).build();
		UpdateGroupResponse response = this.caller.call("UpdateGroup", (stub) -> stub.updateGroup(request));
		return result("UpdateGroup", response.hasGroup(), response.getGroup());
	}

	@Override
	public Group delete(String groupId) {
		DeleteGroupRequest request = DeleteGroupRequest.newBuilder().setGroupId(groupId).build();
		DeleteGroupResponse response = this.caller.call("DeleteGroup", (stub) -> stub.deleteGroup(request));
		return result("DeleteGroup", response.hasGroup(), response.getGroup());
	}

	@Override
	public Group restore(String groupId) {
		RestoreGroupRequest request = RestoreGroupRequest.newBuilder().setGroupId(groupId).build();
		RestoreGroupResponse response = this.caller.call("RestoreGroup", (stub) -> stub.restoreGroup(request));
		return result("RestoreGroup", response.hasGroup(), response.getGroup());
	}

	@Override
	public List<User> getMemberUsers(String groupId, int page, int perPage) {
		GetGroupMemberUsersRequest request = GetGroupMemberUsersRequest.newBuilder()
			.setGroupId(groupId)
			.setPage(page)
			.setPerPage(perPage)
			.build();
		return this.caller.call("GetGroupMemberUsers", (stub) -> stub.getGroupMemberUsers(request))
			.getUsersList()
			.stream()
			.map(UserConverter::toModel)
			.toList();
	}

	@Override
	public GroupMember upsertMember(String groupId, String userId) {
		UpsertGroupMemberRequest request = UpsertGroupMemberRequest.newBuilder()
			.setGroupId(groupId)
			.setUserId(userId)
			.build();
		UpsertGroupMemberResponse response = this.caller.call("UpsertGroupMember",
				(stub) -> stub.upsertGroupMember(request));
		return result("UpsertGroupMember", response.hasGroupMember(), response.getGroupMember());
	}

	@Override
	public List<GroupMember> upsertMembers(String groupId, List<String> userIds) {
		UpsertGroupMembersRequest request = UpsertGroupMembersRequest.newBuilder()
			.setGroupId(groupId)
			.addAllUserIds(userIds)
			.build();
		return this.caller.call("UpsertGroupMembers", (stub) -> stub.upsertGroupMembers(request))
			.getGroupMembersList()
			.stream()
			.map(GroupConverter::toModel)
			.toList();
	}

	@Override
	public GroupMember deleteMember(String groupId, String userId) {
		DeleteGroupMemberRequest request = DeleteGroupMemberRequest.newBuilder()
			.setGroupId(groupId)
			.setUserId(userId)
			.build();
		DeleteGroupMemberResponse response = this.caller.call("DeleteGroupMember",
				(stub) -> stub.deleteGroupMember(request));
		return result("DeleteGroupMember", response.hasGroupMember(), response.getGroupMember());
	}

	@Override
	public GroupSyncable getSyncable(String groupId, String syncableId, GroupSyncableType type) {
		GetGroupSyncableRequest request = GetGroupSyncableRequest.newBuilder()
			.setGroupId(groupId)
			.setSyncableId(syncableId)
			.setSyncableType(type.wireName())
			.build();
		GetGroupSyncableResponse response = this.caller.call("GetGroupSyncable",
				(stub) -> stub.getGroupSyncable(request));
		return result("GetGroupSyncable", response.hasGroupSyncable(), response.getGroupSyncable());
	}

	@Override
	public List<GroupSyncable> getSyncables(String groupId, GroupSyncableType type) {
		GetGroupSyncablesRequest request = GetGroupSyncablesRequest.newBuilder()
			.setGroupId(groupId)
			.setSyncableType(type.wireName())
			.build();
		return this.caller.call("GetGroupSyncables", (stub) -> stub.getGroupSyncables(request))
			.getGroupSyncablesList()
			.stream()
			.map(GroupConverter::toModel)
			.toList();
	}

	@Override
	public GroupSyncable upsertSyncable(GroupSyncable syncable) {
		UpsertGroupSyncableRequest request = UpsertGroupSyncableRequest.newBuilder()
			.setGroupSyncable(GroupConverter.toProto(syncable))
			.build();
		UpsertGroupSyncableResponse response = this.caller.call("UpsertGroupSyncable",
				(stub) -> stub.upsertGroupSyncable(request));
		return result("UpsertGroupSyncable", response.hasGroupSyncable(), response.getGroupSyncable());
	}

	@Override
	public GroupSyncable updateSyncable(GroupSyncable syncable) {
		UpdateGroupSyncableRequest request = UpdateGroupSyncableRequest.newBuilder()
			.setGroupSyncable(GroupConverter.toProto(syncable))
			.build();
		UpdateGroupSyncableResponse response = this.caller.call("UpdateGroupSyncable",
				(stub) -> stub.updateGroupSyncable(request));
		return result("UpdateGroupSyncable", response.hasGroupSyncable(), response.getGroupSyncable());
	}

	@Override
	public GroupSyncable deleteSyncable(String groupId, String syncableId, GroupSyncableType type) {
		DeleteGroupSyncableRequest request = DeleteGroupSyncableRequest.newBuilder()
			.setGroupId(groupId)
			.setSyncableId(syncableId)
			.setSyncableType(type.wireName())
			.build();
		DeleteGroupSyncableResponse response = this.caller.call("DeleteGroupSyncable",
				(stub) -> stub.deleteGroupSyncable(request));
		return result("DeleteGroupSyncable", response.hasGroupSyncable(), response.getGroupSyncable());
	}

	@Override
	public void createDefaultSyncableMemberships(DefaultMembershipParams params) {
		CreateDefaultSyncableMembershipsRequest request = CreateDefaultSyncableMembershipsRequest.newBuilder()
			.setParams(GroupConverter.toProto(params))
			.build();
		this.caller.call("CreateDefaultSyncableMemberships", (stub) -> stub.createDefaultSyncableMemberships(request));
	}

	@Override
	public void deleteGroupConstrainedMemberships() {
		this.caller.call("DeleteGroupConstrainedMemberships", (stub) -> stub
			.deleteGroupConstrainedMemberships(DeleteGroupConstrainedMembershipsRequest.getDefaultInstance()));
	}

	private static Group result(String method, boolean present, dev.mattermost.spring.protocol.v1.Group group) {
		return GroupConverter.toModel(ResponseFields.require(method, present, group));
	}

	private static GroupMember result(String method, boolean present,
			dev.mattermost.spring.protocol.v1.GroupMember member) {
		return GroupConverter.toModel(ResponseFields.require(method, present, member));
	}

	private static GroupSyncable result(String method, boolean present,
			dev.mattermost.spring.protocol.v1.GroupSyncable syncable) {
		return GroupConverter.toModel(ResponseFields.require(method, present, syncable));
	}

}
