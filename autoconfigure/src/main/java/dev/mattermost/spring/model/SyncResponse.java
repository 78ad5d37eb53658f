package dev.mattermost.spring.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;

/**
 * What a plugin reports after applying a shared-channel sync message.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SyncResponse(
		@JsonProperty("users_last_update_at") @JsonSetter(nulls = Nulls.AS_EMPTY) long usersLastUpdateAt,
		@JsonProperty("user_errors") List<String> userErrors,
		@JsonProperty("users_syncd") List<String> usersSyncd,
		@JsonProperty("posts_last_update_at") @JsonSetter(nulls = Nulls.AS_EMPTY) long postsLastUpdateAt,
		@JsonProperty("post_errors") List<String> postErrors,
		@JsonProperty("reactions_last_update_at") @JsonSetter(nulls = Nulls.AS_EMPTY) long reactionsLastUpdateAt,
		@JsonProperty("reaction_errors") List<String> reactionErrors,
		@JsonProperty("acknowledgements_last_update_at") @JsonSetter(nulls = Nulls.AS_EMPTY) long acknowledgementsLastUpdateAt,
		@JsonProperty("acknowledgement_errors") List<String> acknowledgementErrors,
		@JsonProperty("status_errors") List<String> statusErrors) {

	public SyncResponse {
		userErrors = Defaults.list(userErrors);
		usersSyncd = Defaults.list(usersSyncd);
		postErrors = Defaults.list(postErrors);
		reactionErrors = Defaults.list(reactionErrors);
		acknowledgementErrors = Defaults.list(acknowledgementErrors);
		statusErrors = Defaults.list(statusErrors);
	}

}
