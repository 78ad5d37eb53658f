package dev.mattermost.spring.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Dimensions and format of an image linked from a post.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PostImage(
		@JsonProperty("width") int width,
		@JsonProperty("height") int height,
		@JsonProperty("format") String format,
		@JsonProperty("frame_count") long frameCount) {

	public PostImage {
		format = Defaults.text(format);
	}

}
