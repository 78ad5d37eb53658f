package dev.mattermost.spring.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Who installed the plugin.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OnInstallEvent(
		@JsonProperty("user_id") String userId) {

	public OnInstallEvent {
		userId = Defaults.text(userId);
	}

}
