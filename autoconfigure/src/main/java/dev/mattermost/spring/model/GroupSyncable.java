package dev.mattermost.spring.model;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A link between a group and a team or channel whose membership follows the group, as Mattermost's
 * {@code model.GroupSyncable}.
 *
 * @param groupId the group
 * @param syncableId the team or channel id
 * @param type whether {@code syncableId} is a team or a channel
 * @param autoAdd whether group members are added automatically
 * @param schemeAdmin whether group members become team or channel admins
 * @param createAt creation time in epoch milliseconds
 * @param deleteAt deletion time in epoch milliseconds, 0 while linked
 * @param updateAt last update time in epoch milliseconds
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record GroupSyncable(@JsonProperty("group_id") String groupId, @JsonProperty("syncable_id") String syncableId,
		@JsonProperty("type") GroupSyncableType type, @JsonProperty("auto_add") boolean autoAdd,
		@JsonProperty("scheme_admin") boolean schemeAdmin, @JsonProperty("create_at") long createAt,
		@JsonProperty("delete_at") long deleteAt, @JsonProperty("update_at") long updateAt) {

	public GroupSyncable {
		Objects.requireNonNull(type, "type must not be null");
		groupId = Defaults.text(groupId);
		syncableId = Defaults.text(syncableId);
	}

	/**
	 * Returns a new link of a group to a team.
	 * @param groupId the group
	 * @param teamId the team
	 * @param autoAdd whether group members are added automatically
	 * @return a syncable to pass to {@code groups().upsertSyncable(...)}
	 */
	public static GroupSyncable team(String groupId, String teamId, boolean autoAdd) {
		return new GroupSyncable(groupId, teamId, GroupSyncableType.TEAM, autoAdd, false, 0, 0, 0);
	}

	/**
	 * Returns a new link of a group to a channel.
	 * @param groupId the group
	 * @param channelId the channel
	 * @param autoAdd whether group members are added automatically
	 * @return a syncable to pass to {@code groups().upsertSyncable(...)}
	 */
	public static GroupSyncable channel(String groupId, String channelId, boolean autoAdd) {
		return new GroupSyncable(groupId, channelId, GroupSyncableType.CHANNEL, autoAdd, false, 0, 0, 0);
	}

}
