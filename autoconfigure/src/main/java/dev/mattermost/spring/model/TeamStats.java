package dev.mattermost.spring.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A team's member counts.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TeamStats(
		@JsonProperty("team_id") String teamId,
		@JsonProperty("total_member_count") long totalMemberCount,
		@JsonProperty("active_member_count") long activeMemberCount) {

	public TeamStats {
		teamId = Defaults.text(teamId);
	}

}
