package dev.mattermost.spring.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A user's custom status: an emoji and a short text, optionally expiring.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CustomStatus(
		@JsonProperty("emoji") String emoji,
		@JsonProperty("text") String text,
		@JsonProperty("duration") String duration,
		@JsonProperty("expires_at") long expiresAt) {

	public CustomStatus {
		emoji = Defaults.text(emoji);
		text = Defaults.text(text);
		duration = Defaults.text(duration);
	}

	/**
	 * Creates a custom status that stays until it is changed or removed.
	 * @param emoji the emoji name, for example {@code calendar}
	 * @param text the status text
	 * @return the custom status
	 */
	public static CustomStatus of(String emoji, String text) {
		return new CustomStatus(emoji, text, "", 0);
	}

}
