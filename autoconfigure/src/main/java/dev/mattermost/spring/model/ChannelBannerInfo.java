package dev.mattermost.spring.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The banner shown at the top of a channel; every part is optional.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ChannelBannerInfo(
		@JsonProperty("enabled") @Nullable Boolean enabled,
		@JsonProperty("text") @Nullable String text,
		@JsonProperty("background_color") @Nullable String backgroundColor) {

}
