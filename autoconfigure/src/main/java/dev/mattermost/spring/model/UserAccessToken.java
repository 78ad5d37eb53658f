package dev.mattermost.spring.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A personal access token that authenticates REST calls as a user; the token itself is only returned on creation.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record UserAccessToken(
		@JsonProperty("id") String id,
		@JsonProperty("token") String token,
		@JsonProperty("user_id") String userId,
		@JsonProperty("description") String description,
		@JsonProperty("is_active") boolean isActive) {

	public UserAccessToken {
		id = Defaults.text(id);
		token = Defaults.text(token);
		userId = Defaults.text(userId);
		description = Defaults.text(description);
	}

	/**
	 * Creates a token request for a user, to be passed to {@code sessions().createUserAccessToken}.
	 * @param userId the user the token authenticates as
	 * @param description what the token is for
	 * @return the token request
	 */
	public static UserAccessToken forUser(String userId, String description) {
		return new UserAccessToken("", "", userId, description, true);
	}

}
