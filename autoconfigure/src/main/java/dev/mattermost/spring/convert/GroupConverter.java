package dev.mattermost.spring.convert;

import dev.mattermost.spring.model.DefaultMembershipParams;
import dev.mattermost.spring.model.Group;
import dev.mattermost.spring.model.GroupMember;
import dev.mattermost.spring.model.GroupSearchOptions;
import dev.mattermost.spring.model.GroupSyncable;
import dev.mattermost.spring.model.GroupSyncableType;
import dev.mattermost.spring.protocol.v1.CreateDefaultMembershipParams;
import dev.mattermost.spring.protocol.v1.GroupSearchOpts;

/**
 * Converts groups, their members, syncables and search options between protocol messages and model records.
 */
public final class GroupConverter {

	private GroupConverter() {
	}

	/**
	 * Converts a group message.
	 * @param group the message
	 * @return the record
	 */
	public static Group toModel(dev.mattermost.spring.protocol.v1.Group group) {
		return new Group(group.getId(), group.getName(), group.getDisplayName(), group.getDescription(),
				group.getSource(), group.getRemoteId(), group.getCreateAt(), group.getUpdateAt(), group.getDeleteAt(),
				group.getAllowReference());
	}

	/**
	 * Converts a group record.
	 * @param group the record
	 * @return the message
	 */
	public static dev.mattermost.spring.protocol.v1.Group toProto(Group group) {
		return dev.mattermost.spring.protocol.v1.Group.newBuilder()
			.setId(group.id())
			.setName(group.name())
			.setDisplayName(group.displayName())
			.setDescription(group.description())
			.setSource(group.source())
			.setRemoteId(group.remoteId())
			.setCreateAt(group.createAt())
			.setUpdateAt(group.updateAt())
			.setDeleteAt(group.deleteAt())
			.setAllowReference(group.allowReference())
			.build();
	}

	/**
	 * Converts a group member message.
	 * @param member the message
	 * @return the record
	 */
	public static GroupMember toModel(dev.mattermost.spring.protocol.v1.GroupMember member) {
		return new GroupMember(member.getGroupId(), member.getUserId(), member.getCreateAt(), member.getDeleteAt());
	}

	/**
	 * Converts a group syncable message.
	 * @param syncable the message
	 * @return the record
	 * @throws IllegalArgumentException if the syncable type is neither {@code Team} nor {@code Channel}
	 */
	public static GroupSyncable toModel(dev.mattermost.spring.protocol.v1.GroupSyncable syncable) {
		return new GroupSyncable(syncable.getGroupId(), syncable.getSyncableId(),
				GroupSyncableType.fromWireName(syncable.getSyncableType()), syncable.getAutoAdd(),
				syncable.getSchemeAdmin(), syncable.getCreateAt(), syncable.getDeleteAt(), syncable.getUpdateAt());
	}

	/**
	 * Converts a group syncable record.
	 * @param syncable the record
	 * @return the message
	 */
	public static dev.mattermost.spring.protocol.v1.GroupSyncable toProto(GroupSyncable syncable) {
		return dev.mattermost.spring.protocol.v1.GroupSyncable.newBuilder()
			.setGroupId(syncable.groupId())
			.setSyncableId(syncable.syncableId())
			.setSyncableType((syncable.type() != null) ? syncable.type().wireName() : "")
			.setAutoAdd(syncable.autoAdd())
			.setSchemeAdmin(syncable.schemeAdmin())
			.setCreateAt(syncable.createAt())
			.setDeleteAt(syncable.deleteAt())
			.setUpdateAt(syncable.updateAt())
			.build();
	}

	/**
	 * Converts group search options and the page they ask for.
	 * @param options the options
	 * @param page the zero-based page
	 * @param perPage the page size
	 * @return the message
	 */
	public static GroupSearchOpts toProto(GroupSearchOptions options, int page, int perPage) {
		return GroupSearchOpts.newBuilder()
			.setQ(options.q())
			.setIncludeMemberCount(options.includeMemberCount())
			.setIncludeTotalMemberCount(options.includeTotalMemberCount())
			// The protocol carries this flag as a string; the server compares it with "true".
			.setFilterAllowReference(options.filterAllowReference() ? "true" : "")
			.setPageOptsPage(page)
			.setPageOptsPerPage(perPage)
			.setFilterArchived(options.filterArchived())
			.setFilterParentTeamPermitted(options.filterParentTeamPermitted())
			.setSource(options.source())
			.setFilterHasMember(options.filterHasMember())
			.setSince((options.since() > 0) ? Long.toString(options.since()) : "")
			.setIncludeChannelMemberCount(options.includeChannelMemberCount())
			.setIncludeTimezones(options.includeTimezones())
			.build();
	}

	/**
	 * Converts default membership parameters.
	 * @param params the record
	 * @return the message
	 */
	public static CreateDefaultMembershipParams toProto(DefaultMembershipParams params) {
		return CreateDefaultMembershipParams.newBuilder()
			.setSince(params.since())
			.setScopeTeams(params.scopeTeams())
			.setScopeChannels(params.scopeChannels())
			.setReAddRemovedMembers(params.reAddRemovedMembers())
			.build();
	}

}
