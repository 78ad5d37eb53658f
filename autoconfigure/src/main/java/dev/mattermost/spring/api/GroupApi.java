package dev.mattermost.spring.api;

import java.util.List;
import java.util.stream.Stream;

import dev.mattermost.spring.model.DefaultMembershipParams;
import dev.mattermost.spring.model.Group;
import dev.mattermost.spring.model.GroupMember;
import dev.mattermost.spring.model.GroupSearchOptions;
import dev.mattermost.spring.model.GroupSyncable;
import dev.mattermost.spring.model.GroupSyncableType;
import dev.mattermost.spring.model.User;
import dev.mattermost.spring.model.ViewUsersRestrictions;

/**
 * Reads and manages user groups, their members and the teams and channels they are synced to.
 */
public interface GroupApi {

	/**
	 * Returns a group ({@code GetGroup}).
	 * @param groupId the group id
	 * @return the group
	 * @throws NotFoundException if there is no such group
	 */
	Group get(String groupId);

	/**
	 * Returns a group by its mention name ({@code GetGroupByName}).
	 * @param name the name, without {@code @}
	 * @return the group
	 * @throws NotFoundException if there is no such group
	 */
	Group getByName(String name);

	/**
	 * Returns a group by its id in its source ({@code GetGroupByRemoteID}).
	 * @param remoteId the group's id in its source
	 * @param source the source, for example {@link Group#SOURCE_LDAP}
	 * @return the group
	 * @throws NotFoundException if there is no such group
	 */
	Group getByRemoteId(String remoteId, String source);

	/**
	 * Returns all groups of a source ({@code GetGroupsBySource}).
	 * @param source the source, for example {@link Group#SOURCE_CUSTOM}
	 * @return the groups
	 */
	List<Group> getBySource(String source);

	/**
	 * Returns the groups a user is a member of ({@code GetGroupsForUser}).
	 * @param userId the user
	 * @return the groups
	 */
	List<Group> getForUser(String userId);

	/**
	 * Returns a page of groups matching the options ({@code GetGroups}).
	 * @param page the zero-based page
	 * @param perPage the page size
	 * @param options the filters
	 * @return the groups of that page
	 */
	default List<Group> list(int page, int perPage, GroupSearchOptions options) {
		return list(page, perPage, options, new ViewUsersRestrictions(List.of(), List.of()));
	}

	/**
	 * Returns a page of groups matching the options that a restricted user may see ({@code GetGroups}).
	 * @param page the zero-based page
	 * @param perPage the page size
	 * @param options the filters
	 * @param restrictions the teams and channels whose groups are visible
	 * @return the groups of that page
	 */
	List<Group> list(int page, int perPage, GroupSearchOptions options, ViewUsersRestrictions restrictions);

	/**
	 * Streams every group matching the options, fetching pages lazily ({@code GetGroups}).
	 * @param options the filters
	 * @return the groups, in the server's order
	 */
	default Stream<Group> stream(GroupSearchOptions options) {
		return Paging.stream(Paging.DEFAULT_PAGE_SIZE, (page, perPage) -> list(page, perPage, options));
	}

	/**
	 * Creates a group ({@code CreateGroup}).
	 * @param group the group, for example from {@link Group#of}
	 * @return the created group with its id
	 */
	Group create(Group group);

	/**
	 * Updates a group ({@code UpdateGroup}).
	 * @param group the group with its id and the new values
	 * @return the updated group
	 */
	Group update(Group group);

	/**
	 * Deletes (archives) a group ({@code DeleteGroup}).
	 * @param groupId the group id
	 * @return the deleted group
	 */
	Group delete(String groupId);

	/**
	 * Restores a deleted group ({@code RestoreGroup}).
	 * @param groupId the group id
	 * @return the restored group
	 */
	Group restore(String groupId);

	/**
	 * Returns a page of a group's members ({@code GetGroupMemberUsers}).
	 * @param groupId the group id
	 * @param page the zero-based page
	 * @param perPage the page size
	 * @return the members of that page
	 */
	List<User> getMemberUsers(String groupId, int page, int perPage);

	/**
	 * Streams all of a group's members, fetching pages lazily ({@code GetGroupMemberUsers}).
	 * @param groupId the group id
	 * @return the members
	 */
	default Stream<User> streamMemberUsers(String groupId) {
		return Paging.stream(Paging.DEFAULT_PAGE_SIZE, (page, perPage) -> getMemberUsers(groupId, page, perPage));
	}

	/**
	 * Adds a user to a group, or restores a removed membership ({@code UpsertGroupMember}).
	 * @param groupId the group id
	 * @param userId the user
	 * @return the membership
	 */
	GroupMember upsertMember(String groupId, String userId);

	/**
	 * Adds users to a group, or restores removed memberships ({@code UpsertGroupMembers}).
	 * @param groupId the group id
	 * @param userIds the users
	 * @return the memberships
	 */
	List<GroupMember> upsertMembers(String groupId, List<String> userIds);

	/**
	 * Removes a user from a group ({@code DeleteGroupMember}).
	 * @param groupId the group id
	 * @param userId the user
	 * @return the removed membership
	 */
	GroupMember deleteMember(String groupId, String userId);

	/**
	 * Returns the link of a group to a team or channel ({@code GetGroupSyncable}).
	 * @param groupId the group id
	 * @param syncableId the team or channel id
	 * @param type whether {@code syncableId} is a team or a channel
	 * @return the link
	 * @throws NotFoundException if the group is not linked to it
	 */
	GroupSyncable getSyncable(String groupId, String syncableId, GroupSyncableType type);

	/**
	 * Returns the links of a group to teams or to channels ({@code GetGroupSyncables}).
	 * @param groupId the group id
	 * @param type whether team or channel links are returned
	 * @return the links
	 */
	List<GroupSyncable> getSyncables(String groupId, GroupSyncableType type);

	/**
	 * Links a group to a team or channel, or updates the link ({@code UpsertGroupSyncable}).
	 * @param syncable the link, for example from {@link GroupSyncable#team}
	 * @return the stored link
	 */
	GroupSyncable upsertSyncable(GroupSyncable syncable);

	/**
	 * Updates the link of a group to a team or channel ({@code UpdateGroupSyncable}).
	 * @param syncable the link with the new values
	 * @return the updated link
	 */
	GroupSyncable updateSyncable(GroupSyncable syncable);

	/**
	 * Removes the link of a group to a team or channel ({@code DeleteGroupSyncable}).
	 * @param groupId the group id
	 * @param syncableId the team or channel id
	 * @param type whether {@code syncableId} is a team or a channel
	 * @return the removed link
	 */
	GroupSyncable deleteSyncable(String groupId, String syncableId, GroupSyncableType type);

	/**
	 * Adds the members of synced groups to their teams and channels ({@code CreateDefaultSyncableMemberships}).
	 * @param params which memberships are created
	 */
	void createDefaultSyncableMemberships(DefaultMembershipParams params);

	/**
	 * Removes users from group-constrained teams and channels whose groups they are not in
	 * ({@code DeleteGroupConstrainedMemberships}).
	 */
	void deleteGroupConstrainedMemberships();

}
