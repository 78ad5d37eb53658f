package dev.mattermost.spring.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The active team limit of a cloud workspace; null when unlimited or unknown.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TeamsLimits(
		@JsonProperty("active") @Nullable Integer active) {

}
