package dev.mattermost.spring.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How a plugin registers itself as a shared-channels remote, as Mattermost's {@code model.RegisterPluginOpts}.
 *
 * @param pluginId the registering plugin's id
 * @param displayName the name the remote is shown under
 * @param description a description of the remote
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RegisterPluginOptions(@JsonProperty("plugin_id") String pluginId,
		@JsonProperty("display_name") String displayName, @JsonProperty("description") String description) {

	public RegisterPluginOptions {
		pluginId = Defaults.text(pluginId);
		displayName = Defaults.text(displayName);
		description = Defaults.text(description);
	}

}
