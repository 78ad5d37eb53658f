package dev.mattermost.spring.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One user preference, a value under a category and name.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Preference(
		@JsonProperty("user_id") String userId,
		@JsonProperty("category") String category,
		@JsonProperty("name") String name,
		@JsonProperty("value") String value) {

	public Preference {
		userId = Defaults.text(userId);
		category = Defaults.text(category);
		name = Defaults.text(name);
		value = Defaults.text(value);
	}

}
