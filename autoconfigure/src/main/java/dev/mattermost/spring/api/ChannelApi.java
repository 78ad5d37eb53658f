package dev.mattermost.spring.api;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import dev.mattermost.spring.model.Channel;
import dev.mattermost.spring.model.ChannelMember;
import dev.mattermost.spring.model.ChannelMemberIdentifier;
import dev.mattermost.spring.model.ChannelStats;
import dev.mattermost.spring.model.OrderedSidebarCategories;
import dev.mattermost.spring.model.SidebarCategory;

/**
 * Channels, channel memberships and users' sidebar categories, through Mattermost's plugin API.
 *
 * <p>Lookups of a channel or membership that does not exist throw {@link NotFoundException}.
 */
public interface ChannelApi {

	/**
	 * Creates a channel ({@code CreateChannel}).
	 * @param channel the channel; team id, name, display name and type are required
	 * @return the created channel with its id
	 */
	Channel create(Channel channel);

	/**
	 * Creates a channel with a name and display name only ({@code CreateChannel}).
	 * @param teamId the team
	 * @param name the channel's name, used in its URL: lower case letters, digits, {@code -} and {@code _}
	 * @param displayName the name shown to users
	 * @param type {@link Channel#OPEN} or {@link Channel#PRIVATE}
	 * @return the created channel with its id
	 */
	default Channel create(String teamId, String name, String displayName, String type) {
		return create(new Channel("", 0, 0, 0, teamId, type, displayName, name, "", "", 0, 0, 0, "", null, Map.of(),
				null, false, null, 0, null, 0, null, false, false, ""));
	}

	/**
	 * Archives a channel ({@code DeleteChannel}).
	 * @param channelId the channel
	 */
	void delete(String channelId);

	/**
	 * Returns one page of a team's public channels ({@code GetPublicChannelsForTeam}).
	 * @param teamId the team
	 * @param page the zero-based page
	 * @param perPage the page size
	 * @return the channels on that page
	 */
	List<Channel> getPublicForTeam(String teamId, int page, int perPage);

	/**
	 * Streams every public channel of a team, fetching pages lazily ({@code GetPublicChannelsForTeam}).
	 * @param teamId the team
	 * @return a lazy stream of channels
	 */
	default Stream<Channel> streamPublicForTeam(String teamId) {
		return Paging.stream(Paging.DEFAULT_PAGE_SIZE, (page, perPage) -> getPublicForTeam(teamId, page, perPage));
	}

	/**
	 * Returns a channel ({@code GetChannel}).
	 * @param channelId the channel
	 * @return the channel
	 */
	Channel get(String channelId);

	/**
	 * Returns a channel by its name within a team ({@code GetChannelByName}).
	 * @param teamId the team
	 * @param name the channel's name (the URL part, not the display name)
	 * @param includeDeleted whether an archived channel may be returned
	 * @return the channel
	 */
	Channel getByName(String teamId, String name, boolean includeDeleted);

	/**
	 * Returns a channel by its name and its team's name ({@code GetChannelByNameForTeamName}).
	 * @param teamName the team's name
	 * @param channelName the channel's name
	 * @param includeDeleted whether an archived channel may be returned
	 * @return the channel
	 */
	Channel getByNameForTeamName(String teamName, String channelName, boolean includeDeleted);

	/**
	 * Returns the channels a user is in on a team, direct and group messages included
	 * ({@code GetChannelsForTeamForUser}).
	 * @param teamId the team, or empty for the user's channels on all teams
	 * @param userId the user
	 * @param includeDeleted whether archived channels are included
	 * @return the channels
	 */
	List<Channel> getForTeamForUser(String teamId, String userId, boolean includeDeleted);

	/**
	 * Returns a channel's member, guest, pinned post and file counts ({@code GetChannelStats}).
	 * @param channelId the channel
	 * @return the statistics
	 */
	ChannelStats getStats(String channelId);

	/**
	 * Returns the direct message channel between two users, creating it if needed ({@code GetDirectChannel}).
	 * @param userId1 one user
	 * @param userId2 the other user
	 * @return the channel
	 */
	Channel getDirect(String userId1, String userId2);

	/**
	 * Returns the group message channel of a set of users, creating it if needed ({@code GetGroupChannel}).
	 * @param userIds the members, three to eight users
	 * @return the channel
	 */
	Channel getGroup(List<String> userIds);

	/**
	 * Updates a channel ({@code UpdateChannel}).
	 * @param channel the channel with its new values
	 * @return the updated channel
	 */
	Channel update(Channel channel);

	/**
	 * Returns the channels of a team whose name matches a term ({@code SearchChannels}).
	 * @param teamId the team
	 * @param term the search term
	 * @return the matching channels
	 */
	List<Channel> search(String teamId, String term);

	/**
	 * Joins a user to a channel as if they had joined themselves, without a notification ({@code AddChannelMember}).
	 * @param channelId the channel
	 * @param userId the user
	 * @return the membership
	 */
	ChannelMember addMember(String channelId, String userId);

	/**
	 * Adds a user to a channel as if another user had added them, with the usual notification
	 * ({@code AddUserToChannel}).
	 * @param channelId the channel
	 * @param userId the user to add
	 * @param asUserId the user who adds them
	 * @return the membership
	 */
	ChannelMember addUser(String channelId, String userId, String asUserId);

	/**
	 * Returns a user's membership in a channel ({@code GetChannelMember}).
	 * @param channelId the channel
	 * @param userId the user
	 * @return the membership
	 */
	ChannelMember getMember(String channelId, String userId);

	/**
	 * Returns one page of a channel's memberships ({@code GetChannelMembers}).
	 * @param channelId the channel
	 * @param page the zero-based page
	 * @param perPage the page size
	 * @return the memberships on that page
	 */
	List<ChannelMember> getMembers(String channelId, int page, int perPage);

	/**
	 * Streams every membership of a channel, fetching pages lazily ({@code GetChannelMembers}).
	 * @param channelId the channel
	 * @return a lazy stream of memberships
	 */
	default Stream<ChannelMember> streamMembers(String channelId) {
		return Paging.stream(Paging.DEFAULT_PAGE_SIZE, (page, perPage) -> getMembers(channelId, page, perPage));
	}

	/**
	 * Returns the memberships of the given users in a channel ({@code GetChannelMembersByIds}).
	 * @param channelId the channel
	 * @param userIds the users
	 * @return the memberships of those users who are members
	 */
	List<ChannelMember> getMembersByIds(String channelId, List<String> userIds);

	/**
	 * Returns one page of a user's channel memberships on a team ({@code GetChannelMembersForUser}).
	 * @param teamId the team
	 * @param userId the user
	 * @param page the zero-based page
	 * @param perPage the page size
	 * @return the memberships on that page
	 */
	List<ChannelMember> getMembersForUser(String teamId, String userId, int page, int perPage);

	/**
	 * Streams every channel membership of a user on a team, fetching pages lazily
	 * ({@code GetChannelMembersForUser}).
	 * @param teamId the team
	 * @param userId the user
	 * @return a lazy stream of memberships
	 */
	default Stream<ChannelMember> streamMembersForUser(String teamId, String userId) {
		return Paging.stream(Paging.DEFAULT_PAGE_SIZE,
				(page, perPage) -> getMembersForUser(teamId, userId, page, perPage));
	}

	/**
	 * Replaces a member's roles in a channel ({@code UpdateChannelMemberRoles}).
	 * @param channelId the channel
	 * @param userId the member
	 * @param newRoles the space-separated roles, for example {@code "channel_user channel_admin"}
	 * @return the updated membership
	 */
	ChannelMember updateMemberRoles(String channelId, String userId, String newRoles);

	/**
	 * Changes a member's notification settings in a channel ({@code UpdateChannelMemberNotifications}).
	 * @param channelId the channel
	 * @param userId the member
	 * @param notifications the settings to change, such as {@code desktop} or {@code mark_unread}
	 * @return the updated membership
	 */
	ChannelMember updateMemberNotifications(String channelId, String userId, Map<String, String> notifications);

	/**
	 * Changes the notification settings of up to 200 memberships at once ({@code PatchChannelMembersNotifications}).
	 * @param members the memberships to change
	 * @param notifyProps the settings to change
	 */
	void patchMembersNotifications(List<ChannelMemberIdentifier> members, Map<String, String> notifyProps);

	/**
	 * Removes a user from a channel ({@code DeleteChannelMember}).
	 * @param channelId the channel
	 * @param userId the user
	 */
	void deleteMember(String channelId, String userId);

	/**
	 * Creates a category in a user's sidebar ({@code CreateChannelSidebarCategory}).
	 * @param userId the user
	 * @param teamId the team whose sidebar gets the category
	 * @param category the category, see {@link SidebarCategory#custom}
	 * @return the created category with its id
	 */
	SidebarCategory createSidebarCategory(String userId, String teamId, SidebarCategory category);

	/**
	 * Returns a user's sidebar categories on a team ({@code GetChannelSidebarCategories}).
	 * @param userId the user
	 * @param teamId the team
	 * @return the categories and their order
	 */
	OrderedSidebarCategories getSidebarCategories(String userId, String teamId);

	/**
	 * Updates categories of a user's sidebar ({@code UpdateChannelSidebarCategories}).
	 * @param userId the user
	 * @param teamId the team
	 * @param categories the categories with their new values
	 * @return the updated categories
	 */
	List<SidebarCategory> updateSidebarCategories(String userId, String teamId, List<SidebarCategory> categories);

}
