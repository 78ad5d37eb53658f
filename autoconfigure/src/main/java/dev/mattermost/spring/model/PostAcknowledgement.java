package dev.mattermost.spring.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;

/**
 * A user's acknowledgement of a post that requested one.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PostAcknowledgement(
		@JsonProperty("user_id") String userId,
		@JsonProperty("post_id") String postId,
		@JsonProperty("acknowledged_at") @JsonSetter(nulls = Nulls.AS_EMPTY) long acknowledgedAt) {

	public PostAcknowledgement {
		userId = Defaults.text(userId);
		postId = Defaults.text(postId);
	}

}
