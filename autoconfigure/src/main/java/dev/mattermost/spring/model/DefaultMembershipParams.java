package dev.mattermost.spring.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What {@code CreateDefaultSyncableMemberships} adds: group members to their synced teams and channels, as
 * Mattermost's {@code model.CreateDefaultMembershipParams}.
 *
 * @param since only memberships changed after this time, in epoch milliseconds
 * @param scopeTeams whether team memberships are created
 * @param scopeChannels whether channel memberships are created
 * @param reAddRemovedMembers whether users who left are added again
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DefaultMembershipParams(@JsonProperty("since") long since,
		@JsonProperty("scope_teams") boolean scopeTeams, @JsonProperty("scope_channels") boolean scopeChannels,
		@JsonProperty("re_add_removed_members") boolean reAddRemovedMembers) {
}
