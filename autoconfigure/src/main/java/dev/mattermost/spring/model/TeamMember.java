package dev.mattermost.spring.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;

/**
 * A user's membership in a team, with the roles it grants.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TeamMember(
		@JsonProperty("team_id") String teamId,
		@JsonProperty("user_id") String userId,
		@JsonProperty("roles") String roles,
		@JsonProperty("delete_at") @JsonSetter(nulls = Nulls.AS_EMPTY) long deleteAt,
		@JsonProperty("scheme_guest") @JsonSetter(nulls = Nulls.AS_EMPTY) boolean schemeGuest,
		@JsonProperty("scheme_user") @JsonSetter(nulls = Nulls.AS_EMPTY) boolean schemeUser,
		@JsonProperty("scheme_admin") @JsonSetter(nulls = Nulls.AS_EMPTY) boolean schemeAdmin,
		@JsonProperty("create_at") @JsonSetter(nulls = Nulls.AS_EMPTY) long createAt) {

	public TeamMember {
		teamId = Defaults.text(teamId);
		userId = Defaults.text(userId);
		roles = Defaults.text(roles);
	}

}
