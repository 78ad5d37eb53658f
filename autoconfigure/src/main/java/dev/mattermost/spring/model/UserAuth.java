package dev.mattermost.spring.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * How a user signs in: the authentication service (such as {@code gitlab} or {@code saml}) and the user's id there.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record UserAuth(
		@JsonProperty("auth_data") @Nullable String authData,
		@JsonProperty("auth_service") String authService) {

	public UserAuth {
		authService = Defaults.text(authService);
	}

}
