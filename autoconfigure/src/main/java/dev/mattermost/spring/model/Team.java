package dev.mattermost.spring.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import org.jspecify.annotations.Nullable;

/**
 * A Mattermost team.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Team(
		@JsonProperty("id") String id,
		@JsonProperty("create_at") @JsonSetter(nulls = Nulls.AS_EMPTY) long createAt,
		@JsonProperty("update_at") @JsonSetter(nulls = Nulls.AS_EMPTY) long updateAt,
		@JsonProperty("delete_at") @JsonSetter(nulls = Nulls.AS_EMPTY) long deleteAt,
		@JsonProperty("display_name") String displayName,
		@JsonProperty("name") String name,
		@JsonProperty("description") String description,
		@JsonProperty("email") String email,
		@JsonProperty("type") String type,
		@JsonProperty("company_name") String companyName,
		@JsonProperty("allowed_domains") String allowedDomains,
		@JsonProperty("invite_id") String inviteId,
		@JsonProperty("allow_open_invite") @JsonSetter(nulls = Nulls.AS_EMPTY) boolean allowOpenInvite,
		@JsonProperty("last_team_icon_update") @JsonSetter(nulls = Nulls.AS_EMPTY) long lastTeamIconUpdate,
		@JsonProperty("scheme_id") @Nullable String schemeId,
		@JsonProperty("group_constrained") @Nullable Boolean groupConstrained,
		@JsonProperty("policy_id") @Nullable String policyId,
		@JsonProperty("cloud_limits_archived") @JsonSetter(nulls = Nulls.AS_EMPTY) boolean cloudLimitsArchived) {

	/** The {@link #type()} of a team anyone on the server may join. */
	public static final String OPEN = "O";

	/** The {@link #type()} of a team that needs an invitation. */
	public static final String INVITE = "I";

	public Team {
		id = Defaults.text(id);
		displayName = Defaults.text(displayName);
		name = Defaults.text(name);
		description = Defaults.text(description);
		email = Defaults.text(email);
		type = Defaults.text(type);
		companyName = Defaults.text(companyName);
		allowedDomains = Defaults.text(allowedDomains);
		inviteId = Defaults.text(inviteId);
	}

}
