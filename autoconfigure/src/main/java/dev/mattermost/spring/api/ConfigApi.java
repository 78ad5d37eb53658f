package dev.mattermost.spring.api;

import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reads and writes the server configuration and this plugin's own settings.
 *
 * <p>The server configuration is Mattermost's {@code model.Config} as a JSON tree, so that any setting can be read
 * with {@code config.path("ServiceSettings").path("SiteURL").asString()} without a Java type per setting.
 */
public interface ConfigApi {

	/**
	 * Returns the server configuration with secrets removed ({@code GetConfig}).
	 * @return the configuration tree, a missing node if the server sent none
	 */
	JsonNode get();

	/**
	 * Returns the server configuration including secrets ({@code GetUnsanitizedConfig}).
	 * @return the configuration tree, a missing node if the server sent none
	 */
	JsonNode getUnsanitized();

	/**
	 * Replaces and persists the server configuration ({@code SaveConfig}).
	 * @param config the complete configuration, usually a modified copy of {@link #getUnsanitized()}
	 * @throws IllegalArgumentException if the tree is missing or not a JSON object
	 */
	void save(JsonNode config);

	/**
	 * Returns this plugin's stored settings as the server keeps them ({@code GetPluginConfig}).
	 * @return the settings, empty if nothing is stored for the plugin
	 */
	Optional<Map<String, @Nullable Object>> getPluginConfig();

	/**
	 * Replaces and persists this plugin's settings ({@code SavePluginConfig}).
	 * @param config the settings: strings, numbers, booleans, lists and maps
	 * @throws IllegalArgumentException if a value has no JSON form
	 */
	void savePluginConfig(Map<String, ?> config);

	/**
	 * Returns this plugin's effective settings, defaults from the manifest included
	 * ({@code LoadPluginConfiguration}).
	 * @return the settings tree, a JSON {@code null} or missing node when the plugin has none
	 */
	JsonNode loadPluginConfiguration();

	/**
	 * Returns this plugin's effective settings bound to a type, the way a Go plugin's
	 * {@code LoadPluginConfiguration(&cfg)} fills a struct ({@code LoadPluginConfiguration}).
	 * <p>
	 * Setting keys match property names case-insensitively (Mattermost stores plugin setting keys in lower case) and
	 * settings the type does not declare are ignored; a plugin without settings binds an empty object.
	 * @param <T> the settings type
	 * @param type the settings type, typically a record
	 * @return the bound settings
	 * @throws IllegalArgumentException if the settings cannot be bound to the type
	 */
	<T> T pluginConfiguration(Class<T> type);

}
