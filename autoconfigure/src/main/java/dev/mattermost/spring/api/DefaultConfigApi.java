package dev.mattermost.spring.api;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.json.JsonMapper;

import dev.mattermost.spring.convert.JsonBlobConverter;
import dev.mattermost.spring.convert.StructConverter;
import dev.mattermost.spring.protocol.v1.GetConfigRequest;
import dev.mattermost.spring.protocol.v1.GetPluginConfigRequest;
import dev.mattermost.spring.protocol.v1.GetPluginConfigResponse;
import dev.mattermost.spring.protocol.v1.GetUnsanitizedConfigRequest;
import dev.mattermost.spring.protocol.v1.LoadPluginConfigurationRequest;
import dev.mattermost.spring.protocol.v1.SaveConfigRequest;
import dev.mattermost.spring.protocol.v1.SavePluginConfigRequest;

/**
 * {@link ConfigApi} over the PluginAPI gRPC service.
 */
public final class DefaultConfigApi implements ConfigApi {

	private final PluginApiCaller caller;

	private final JsonMapper settingsMapper;

	/**
	 * Creates the API with Jackson's shared mapper for binding plugin settings.
	 * @param caller performs the calls
	 */
	public DefaultConfigApi(PluginApiCaller caller) {
		this(caller, JsonMapper.shared());
	}

	/**
	 * Creates the API.
	 * @param caller performs the calls
	 * @param jsonMapper the application's mapper, whose modules and settings are used to bind plugin settings
	 */
	public DefaultConfigApi(PluginApiCaller caller, JsonMapper jsonMapper) {
		this.caller = Objects.requireNonNull(caller, "caller must not be null");
		// Go's encoding/json matches keys case-insensitively, ignores unknown ones and leaves absent numbers at zero;
		// bind settings the same way.
		this.settingsMapper = Objects.requireNonNull(jsonMapper, "jsonMapper must not be null")
			.rebuild()
			.enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
			.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
			.build();
	}

	@Override
	public JsonNode get() {
		return JsonBlobConverter.toJsonNode(
				this.caller.call("GetConfig", (stub) -> stub.getConfig(GetConfigRequest.getDefaultInstance()))
					.getConfigJson(),
				"config_json");
	}

	@Override
	public JsonNode getUnsanitized() {
		return JsonBlobConverter.toJsonNode(this.caller
			.call("GetUnsanitizedConfig",
					(stub) -> stub.getUnsanitizedConfig(GetUnsanitizedConfigRequest.getDefaultInstance()))
			.getConfigJson(), "config_json");
	}

	@Override
	public void save(JsonNode config) {
		Objects.requireNonNull(config, "config must not be null");
		if (!config.isObject()) {
			throw new IllegalArgumentException(
					"The server configuration must be a JSON object but was " + config.getNodeType());
		}
		SaveConfigRequest request = SaveConfigRequest.newBuilder()
			.setConfigJson(JsonBlobConverter.toBytes(config))
			.build();
		this.caller.call("SaveConfig", (stub) -> stub.saveConfig(request));
	}

	@Override
	public Optional<Map<String, @Nullable Object>> getPluginConfig() {
		GetPluginConfigResponse response = this.caller.call("GetPluginConfig",
				(stub) -> stub.getPluginConfig(GetPluginConfigRequest.getDefaultInstance()));
		// The server leaves the field unset when the plugin has no stored settings.
		return response.hasConfig() ? Optional.of(StructConverter.toModel(response.getConfig())) : Optional.empty();
	}

	@Override
	public void savePluginConfig(Map<String, ?> config) {
		Objects.requireNonNull(config, "config must not be null");
		SavePluginConfigRequest request = SavePluginConfigRequest.newBuilder()
			.setConfig(StructConverter.toProto(config))
			.build();
		this.caller.call("SavePluginConfig", (stub) -> stub.savePluginConfig(request));
	}

	@Override
	public JsonNode loadPluginConfiguration() {
		return JsonBlobConverter.toJsonNode(this.caller
			.call("LoadPluginConfiguration",
					(stub) -> stub.loadPluginConfiguration(LoadPluginConfigurationRequest.getDefaultInstance()))
			.getConfigJson(), "config_json");
	}

	@Override
	public <T> T pluginConfiguration(Class<T> type) {
		Objects.requireNonNull(type, "type must not be null");
		JsonNode settings = loadPluginConfiguration();
		if (settings.isMissingNode() || settings.isNull()) {
			settings = this.settingsMapper.createObjectNode();
		}
		try {
			T bound = this.settingsMapper.treeToValue(settings, type);
			if (bound == null) {
				throw new IllegalArgumentException("Plugin settings bound to null for " + type.getName());
			}
			return bound;
		}
		catch (JacksonException ex) {
			throw new IllegalArgumentException(
					"Plugin settings cannot be bound to " + type.getName() + ": " + ex.getOriginalMessage(), ex);
		}
	}

}
