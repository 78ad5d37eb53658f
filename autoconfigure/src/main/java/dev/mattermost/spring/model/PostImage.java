package dev.mattermost.spring.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;

/**
 * Dimensions and format of an image linked from a post.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PostImage(
		@JsonProperty("width") @JsonSetter(nulls = Nulls.AS_EMPTY) int width,
		@JsonProperty("height") @JsonSetter(nulls = Nulls.AS_EMPTY) int height,
		@JsonProperty("format") String format,
		@JsonProperty("frame_count") @JsonSetter(nulls = Nulls.AS_EMPTY) long frameCount) {

	public PostImage {
		format = Defaults.text(format);
	}

}
