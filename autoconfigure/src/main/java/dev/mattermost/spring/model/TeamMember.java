package dev.mattermost.spring.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A user's membership in a team, with the roles it grants.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TeamMember(
		@JsonProperty("team_id") String teamId,
		@JsonProperty("user_id") String userId,
		@JsonProperty("roles") String roles,
		@JsonProperty("delete_at") long deleteAt,
		@JsonProperty("scheme_guest") boolean schemeGuest,
		@JsonProperty("scheme_user") boolean schemeUser,
		@JsonProperty("scheme_admin") boolean schemeAdmin,
		@JsonProperty("create_at") long createAt) {

	public TeamMember {
		teamId = Defaults.text(teamId);
		userId = Defaults.text(userId);
		roles = Defaults.text(roles);
	}

}
