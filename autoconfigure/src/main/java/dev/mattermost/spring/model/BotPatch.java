package dev.mattermost.spring.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * Changes to apply to a bot: a {@code null} field is left as it is.
 *
 * @param username the new username, or {@code null}
 * @param displayName the new display name, or {@code null}
 * @param description the new description, or {@code null}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BotPatch(
		@JsonProperty("username") @Nullable String username,
		@JsonProperty("display_name") @Nullable String displayName,
		@JsonProperty("description") @Nullable String description) {

}
