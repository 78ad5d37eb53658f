package dev.mattermost.spring.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The usage limits of a cloud workspace; a missing part has no limits reported.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProductLimits(
		@JsonProperty("files") @Nullable FilesLimits files,
		@JsonProperty("messages") @Nullable MessagesLimits messages,
		@JsonProperty("teams") @Nullable TeamsLimits teams) {

}
