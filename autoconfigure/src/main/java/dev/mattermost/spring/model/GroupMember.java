package dev.mattermost.spring.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A user's membership of a group, as Mattermost's {@code model.GroupMember}.
 *
 * @param groupId the group
 * @param userId the member
 * @param createAt when the user joined, in epoch milliseconds
 * @param deleteAt when the user left, in epoch milliseconds, 0 while a member
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record GroupMember(@JsonProperty("group_id") String groupId, @JsonProperty("user_id") String userId,
		@JsonProperty("create_at") long createAt, @JsonProperty("delete_at") long deleteAt) {

	public GroupMember {
		groupId = Defaults.text(groupId);
		userId = Defaults.text(userId);
	}

}
