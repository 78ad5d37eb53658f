package dev.mattermost.spring.model;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Whether and where a plugin runs, as Mattermost's {@code model.PluginStatus}.
 *
 * @param pluginId the plugin id
 * @param pluginPath where the plugin is unpacked on the server
 * @param state the run state
 * @param name the plugin's name
 * @param description the plugin's description
 * @param version the plugin's version
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PluginStatus(@JsonProperty("plugin_id") String pluginId,
		@JsonProperty("plugin_path") String pluginPath, @JsonProperty("state") PluginState state,
		@JsonProperty("name") String name, @JsonProperty("description") String description,
		@JsonProperty("version") String version) {

	public PluginStatus {
		// JSON written by other tools may lack the state.
		state = Objects.requireNonNullElse(state, PluginState.UNKNOWN);
		pluginId = Defaults.text(pluginId);
		pluginPath = Defaults.text(pluginPath);
		name = Defaults.text(name);
		description = Defaults.text(description);
		version = Defaults.text(version);
	}

	/**
	 * Returns whether the plugin is running.
	 * @return {@code true} in state {@link PluginState#RUNNING}
	 */
	public boolean isRunning() {
		return this.state == PluginState.RUNNING;
	}

}
