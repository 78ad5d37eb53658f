package dev.mattermost.spring.model;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * Something embedded in a post, such as an opengraph preview, an image or a permalink.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PostEmbed(
		@JsonProperty("type") String type,
		@JsonProperty("url") String url,
		@JsonProperty("data") Map<String, @Nullable Object> data) {

	public PostEmbed {
		type = Defaults.text(type);
		url = Defaults.text(url);
		data = Defaults.map(data);
	}

}
