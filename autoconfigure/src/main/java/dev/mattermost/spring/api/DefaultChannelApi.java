package dev.mattermost.spring.api;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.mattermost.spring.convert.ChannelApiConverter;
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
import dev.mattermost.spring.protocol.v1.GetChannelMembersForUserRequest;
import dev.mattermost.spring.protocol.v1.GetChannelMembersRequest;
import dev.mattermost.spring.protocol.v1.GetChannelRequest;
import dev.mattermost.spring.protocol.v1.GetChannelResponse;
import dev.mattermost.spring.protocol.v1.GetChannelSidebarCategoriesRequest;
import dev.mattermost.spring.protocol.v1.GetChannelSidebarCategoriesResponse;
import dev.mattermost.spring.protocol.v1.GetChannelStatsRequest;
import dev.mattermost.spring.protocol.v1.GetChannelStatsResponse;
import dev.mattermost.spring.protocol.v1.GetChannelsForTeamForUserRequest;
import dev.mattermost.spring.protocol.v1.GetDirectChannelRequest;
import dev.mattermost.spring.protocol.v1.GetDirectChannelResponse;
import dev.mattermost.spring.protocol.v1.GetGroupChannelRequest;
import dev.mattermost.spring.protocol.v1.GetGroupChannelResponse;
import dev.mattermost.spring.protocol.v1.GetPublicChannelsForTeamRequest;
import dev.mattermost.spring.protocol.v1.PatchChannelMembersNotificationsRequest;
import dev.mattermost.spring.protocol.v1.SearchChannelsRequest;
import dev.mattermost.spring.protocol.v1.UpdateChannelMemberNotificationsRequest;
import dev.mattermost.spring.protocol.v1.UpdateChannelMemberNotificationsResponse;
import dev.mattermost.spring.protocol.v1.UpdateChannelMemberRolesRequest;
import dev.mattermost.spring.protocol.v1.UpdateChannelMemberRolesResponse;
import dev.mattermost.spring.protocol.v1.UpdateChannelRequest;
import dev.mattermost.spring.protocol.v1.UpdateChannelResponse;
import dev.mattermost.spring.protocol.v1.UpdateChannelSidebarCategoriesRequest;

/**
 * {@link ChannelApi} over the PluginAPI gRPC service.
 */
public final class DefaultChannelApi implements ChannelApi {

	private final PluginApiCaller caller;

	/**
	 * Creates the API.
	 * @param caller performs the calls
	 */
	public DefaultChannelApi(PluginApiCaller caller) {
		this.caller = Objects.requireNonNull(caller, "caller must not be null");
	}

	@Override
	public Channel create(Channel channel) {
		CreateChannelResponse response = this.caller.call("CreateChannel", (stub) -> stub
			.createChannel(CreateChannelRequest.newBuilder().setChannel(ChannelConverter.toProto(channel)).build()));
		return channel("CreateChannel", response.hasChannel(), response.getChannel());
	}

	@Override
	public void delete(String channelId) {
		this.caller.call("DeleteChannel",
				(stub) -> stub.deleteChannel(DeleteChannelRequest.newBuilder().setChannelId(channelId).build()));
	}

	@Override
	public List<Channel> getPublicForTeam(String teamId, int page, int perPage) {
		return channels(this.caller
			.call("GetPublicChannelsForTeam",
					(stub) -> stub.getPublicChannelsForTeam(GetPublicChannelsForTeamRequest.newBuilder()
						.setTeamId(teamId)
						.setPage(page)
						.setPerPage(perPage)
						.build()))
			.getChannelsList());
	}

	@Override
	public Channel get(String channelId) {
		GetChannelResponse response = this.caller.call("GetChannel",
				(stub) -> stub.getChannel(GetChannelRequest.newBuilder().setChannelId(channelId).build()));
		return ChannelConverter.toModel(
				ResponseFields.found("GetChannel", response.hasChannel(), response.getChannel(), "channel " + channelId));
	}

	@Override
	public Channel getByName(String teamId, String name, boolean includeDeleted) {
		GetChannelByNameResponse response = this.caller.call("GetChannelByName",
				(stub) -> stub.getChannelByName(GetChannelByNameRequest.newBuilder()
					.setTeamId(teamId)
					.setName(name)
					.setIncludeDeleted(includeDeleted)
					.build()));
		return ChannelConverter.toModel(ResponseFields.found("GetChannelByName", response.hasChannel(),
				response.getChannel(), "channel named " + name));
	}

	@Override
	public Channel getByNameForTeamName(String teamName, String channelName, boolean includeDeleted) {
		GetChannelByNameForTeamNameResponse response = this.caller.call("GetChannelByNameForTeamName",
				(stub) -> stub.getChannelByNameForTeamName(GetChannelByNameForTeamNameRequest.newBuilder()
					.setTeamName(teamName)
					.setChannelName(channelName)
					.setIncludeDeleted(includeDeleted)
					.build()));
		return ChannelConverter.toModel(ResponseFields.found("GetChannelByNameForTeamName", response.hasChannel(),
				response.getChannel(), "channel named " + channelName + " in team " + teamName));
	}

	@Override
	public List<Channel> getForTeamForUser(String teamId, String userId, boolean includeDeleted) {
		return channels(this.caller
			.call("GetChannelsForTeamForUser",
					(stub) -> stub.getChannelsForTeamForUser(GetChannelsForTeamForUserRequest.newBuilder()
						.setTeamId(teamId)
						.setUserId(userId)
						.setIncludeDeleted(includeDeleted)
						.build()))
			.getChannelsList());
	}

	@Override
	public ChannelStats getStats(String channelId) {
		GetChannelStatsResponse response = this.caller.call("GetChannelStats",
				(stub) -> stub.getChannelStats(GetChannelStatsRequest.newBuilder().setChannelId(channelId).build()));
		return ChannelApiConverter.toModel(ResponseFields.found("GetChannelStats", response.hasChannelStats(),
				response.getChannelStats(), "statistics for channel " + channelId));
	}

	@Override
	public Channel getDirect(String userId1, String userId2) {
		GetDirectChannelResponse response = this.caller.call("GetDirectChannel",
				(stub) -> stub.getDirectChannel(
						GetDirectChannelRequest.newBuilder().setUserId1(userId1).setUserId2(userId2).build()));
		return channel("GetDirectChannel", response.hasChannel(), response.getChannel());
	}

	@Override
	public Channel getGroup(List<String> userIds) {
		GetGroupChannelResponse response = this.caller.call("GetGroupChannel",
				(stub) -> stub.getGroupChannel(GetGroupChannelRequest.newBuilder().addAllUserIds(userIds).build()));
		return channel("GetGroupChannel", response.hasChannel(), response.getChannel());
	}

	@Override
	public Channel update(Channel channel) {
		UpdateChannelResponse response = this.caller.call("UpdateChannel", (stub) -> stub
			.updateChannel(UpdateChannelRequest.newBuilder().setChannel(ChannelConverter.toProto(channel)).build()));
		return channel("UpdateChannel", response.hasChannel(), response.getChannel());
	}

	@Override
	public List<Channel> search(String teamId, String term) {
		return channels(this.caller
			.call("SearchChannels",
					(stub) -> stub
						.searchChannels(SearchChannelsRequest.newBuilder().setTeamId(teamId).setTerm(term).build()))
			.getChannelsList());
	}

	@Override
	public ChannelMember addMember(String channelId, String userId) {
		AddChannelMemberResponse response = this.caller.call("AddChannelMember",
				(stub) -> stub.addChannelMember(
						AddChannelMemberRequest.newBuilder().setChannelId(channelId).setUserId(userId).build()));
		return member("AddChannelMember", response.hasChannelMember(), response.getChannelMember());
	}

	@Override
	public ChannelMember addUser(String channelId, String userId, String asUserId) {
		AddUserToChannelResponse response = this.caller.call("AddUserToChannel",
				(stub) -> stub.addUserToChannel(AddUserToChannelRequest.newBuilder()
					.setChannelId(channelId)
					.setUserId(userId)
					.setAsUserId(asUserId)
					.build()));
		return member("AddUserToChannel", response.hasChannelMember(), response.getChannelMember());
	}

	@Override
	public ChannelMember getMember(String channelId, String userId) {
		GetChannelMemberResponse response = this.caller.call("GetChannelMember",
				(stub) -> stub.getChannelMember(
						GetChannelMemberRequest.newBuilder().setChannelId(channelId).setUserId(userId).build()));
		return ChannelConverter.toModel(ResponseFields.found("GetChannelMember", response.hasChannelMember(),
				response.getChannelMember(), "member " + userId + " in channel " + channelId));
	}

	@Override
	public List<ChannelMember> getMembers(String channelId, int page, int perPage) {
		return members(this.caller
			.call("GetChannelMembers",
					(stub) -> stub.getChannelMembers(GetChannelMembersRequest.newBuilder()
						.setChannelId(channelId)
						.setPage(page)
						.setPerPage(perPage)
						.build()))
			.getChannelMembersList());
	}

	@Override
	public List<ChannelMember> getMembersByIds(String channelId, List<String> userIds) {
		return members(this.caller
			.call("GetChannelMembersByIds",
					(stub) -> stub.getChannelMembersByIds(GetChannelMembersByIdsRequest.newBuilder()
						.setChannelId(channelId)
						.addAllUserIds(userIds)
						.build()))
			.getChannelMembersList());
	}

	@Override
	public List<ChannelMember> getMembersForUser(String teamId, String userId, int page, int perPage) {
		return members(this.caller
			.call("GetChannelMembersForUser",
					(stub) -> stub.getChannelMembersForUser(GetChannelMembersForUserRequest.newBuilder()
						.setTeamId(teamId)
						.setUserId(userId)
						.setPage(page)
						.setPerPage(perPage)
						.build()))
			.getChannelMembersList());
	}

	@Override
	public ChannelMember updateMemberRoles(String channelId, String userId, String newRoles) {
		UpdateChannelMemberRolesResponse response = this.caller.call("UpdateChannelMemberRoles",
				(stub) -> stub.updateChannelMemberRoles(UpdateChannelMemberRolesRequest.newBuilder()
					.setChannelId(channelId)
					.setUserId(userId)
					.setNewRoles(newRoles)
					.build()));
		return member("UpdateChannelMemberRoles", response.hasChannelMember(), response.getChannelMember());
	}

	@Override
	public ChannelMember updateMemberNotifications(String channelId, String userId,
			Map<String, String> notifications) {
		UpdateChannelMemberNotificationsResponse response = this.caller.call("UpdateChannelMemberNotifications",
				(stub) -> stub.updateChannelMemberNotifications(UpdateChannelMemberNotificationsRequest.newBuilder()
					.setChannelId(channelId)
					.setUserId(userId)
					.putAllNotifications(notifications)
					.build()));
		return member("UpdateChannelMemberNotifications", response.hasChannelMember(), response.getChannelMember());
	}

	@Override
	public void patchMembersNotifications(List<ChannelMemberIdentifier> members, Map<String, String> notifyProps) {
		PatchChannelMembersNotificationsRequest request = PatchChannelMembersNotificationsRequest.newBuilder()
			.addAllMembers(members.stream().map(ChannelApiConverter::toProto).toList())
			.putAllNotifyProps(notifyProps)
			.build();
		this.caller.call("PatchChannelMembersNotifications", (stub) -> stub.patchChannelMembersNotifications(request));
	}

	@Override
	public void deleteMember(String channelId, String userId) {
		DeleteChannelMemberRequest request = DeleteChannelMemberRequest.newBuilder()
			.setChannelId(channelId)
			.setUserId(userId)
			.build();
		this.caller.call("DeleteChannelMember", (stub) -> stub.deleteChannelMember(request));
	}

	@Override
	public SidebarCategory createSidebarCategory(String userId, String teamId, SidebarCategory category) {
		CreateChannelSidebarCategoryResponse response = this.caller.call("CreateChannelSidebarCategory",
				(stub) -> stub.createChannelSidebarCategory(CreateChannelSidebarCategoryRequest.newBuilder()
					.setUserId(userId)
					.setTeamId(teamId)
					.setNewCategory(ChannelApiConverter.toProto(category))
					.build()));
		return ChannelApiConverter.toModel(ResponseFields.require("CreateChannelSidebarCategory",
				response.hasCategory(), response.getCategory()));
	}

	@Override
	public OrderedSidebarCategories getSidebarCategories(String userId, String teamId) {
		GetChannelSidebarCategoriesResponse response = this.caller.call("GetChannelSidebarCategories",
				(stub) -> stub.getChannelSidebarCategories(
						GetChannelSidebarCategoriesRequest.newBuilder().setUserId(userId).setTeamId(teamId).build()));
		// A user who never opened the team has no categories yet; that is an empty sidebar, not a failure.
		return ChannelApiConverter.toModel(response.getCategories());
	}

	@Override
	public List<SidebarCategory> updateSidebarCategories(String userId, String teamId,
			List<SidebarCategory> categories) {
		UpdateChannelSidebarCategoriesRequest request = UpdateChannelSidebarCategoriesRequest.newBuilder()
			.setUserId(userId)
			.setTeamId(teamId)
			.addAllCategories(categories.stream().map(ChannelApiConverter::toProto).toList())
			.build();
		return this.caller
			.call("UpdateChannelSidebarCategories", (stub) -> stub.updateChannelSidebarCategories(request))
			.getCategoriesList()
			.stream()
			.map(ChannelApiConverter::toModel)
			.toList();
	}

	private static Channel channel(String method, boolean present, dev.mattermost.spring.protocol.v1.Channel channel) {
		return ChannelConverter.toModel(ResponseFields.require(method, present, channel));
	}

	private static List<Channel> channels(List<dev.mattermost.spring.protocol.v1.Channel> channels) {
		return channels.stream().map(ChannelConverter::toModel).toList();
	}

	private static ChannelMember member(String method, boolean present,
			dev.mattermost.spring.protocol.v1.ChannelMember member) {
		return ChannelConverter.toModel(ResponseFields.require(method, present, member));
	}

	private static List<ChannelMember> members(List<dev.mattermost.spring.protocol.v1.ChannelMember> members) {
		return members.stream().map(ChannelConverter::toModel).toList();
	}

}
