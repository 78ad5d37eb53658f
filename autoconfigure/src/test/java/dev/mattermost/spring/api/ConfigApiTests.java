package dev.mattermost.spring.api;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.google.protobuf.ByteString;
import io.grpc.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.mattermost.spring.convert.StructConverter;
import dev.mattermost.spring.protocol.v1.GetConfigResponse;
import dev.mattermost.spring.protocol.v1.GetPluginConfigResponse;
import dev.mattermost.spring.protocol.v1.GetUnsanitizedConfigResponse;
import dev.mattermost.spring.protocol.v1.LoadPluginConfigurationResponse;
import dev.mattermost.spring.protocol.v1.SaveConfigRequest;
import dev.mattermost.spring.protocol.v1.SaveConfigResponse;
import dev.mattermost.spring.protocol.v1.SavePluginConfigRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.entry;

class ConfigApiTests {

	@RegisterExtension
	final ApiTestServer server = new ApiTestServer();

	private ConfigApi config() {
		return new DefaultConfigApi(this.server.caller());
	}

	private static ByteString json(String json) {
		return ByteString.copyFrom(json, StandardCharsets.UTF_8);
	}

	@Test
	void readsServerConfigAsJsonTree() {
		this.server.respond("GetConfig", GetConfigResponse.newBuilder()
			.setConfigJson(json("{\"ServiceSettings\":{\"SiteURL\":\"https://chat.example.com\"}}"))
			.build());
		JsonNode config = config().get();
		assertThat(config.path("ServiceSettings").path("SiteURL").asString()).isEqualTo("https://chat.example.com");
	}

	@Test
	void readsUnsanitizedConfigAsJsonTree() {
		this.server.respond("GetUnsanitizedConfig", GetUnsanitizedConfigResponse.newBuilder()
			.setConfigJson(json("{\"SqlSettings\":{\"DataSource\":\"postgres://secret\"}}"))
			.build());
		assertThat(config().getUnsanitized().path("SqlSettings").path("DataSource").asString())
			.isEqualTo("postgres://secret");
	}

	@Test
	void returnsMissingNodeWhenServerSendsNoConfig() {
		assertThat(config().get().isMissingNode()).isTrue();
	}

	@Test
	void rejectsConfigBytesThatAreNotJson() {
		this.server.respond("GetConfig", GetConfigResponse.newBuilder().setConfigJson(json("{not json")).build());
		assertThatIllegalArgumentException().isThrownBy(() -> config().get()).withMessageContaining("config_json");
	}

	@Test
	void savesConfigAsJsonBytes() {
		JsonNode config = JsonMapper.shared().readTree("{\"TeamSettings\":{\"MaxUsersPerTeam\":50}}");
		config().save(config);
		ByteString sent = this.server.request("SaveConfig", SaveConfigRequest.class).getConfigJson();
		assertThat(JsonMapper.shared().readTree(sent.toStringUtf8())).isEqualTo(config);
	}

	@Test
	void rejectsSavingConfigThatIsNotAnObjectWithoutCallingServer() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> config().save(JsonMapper.shared().readTree("[1,2]")))
			.withMessageContaining("JSON object");
		assertThat(this.server.calledMethods()).isEmpty();
	}

	@Test
	void mapsSaveConfigStatusErrorToInvalidInput() {
		this.server.fail("SaveConfig", ApiTestServer.statusError(Status.Code.INVALID_ARGUMENT,
				"model.config.is_valid.site_url.app_error", "Site URL must be set"));
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> config().save(JsonMapper.shared().createObjectNode()))
			.satisfies((ex) -> assertThat(ex.getId()).isEqualTo("model.config.is_valid.site_url.app_error"));
	}

	@Test
	void mapsSaveConfigAppErrorToPermissionDenied() {
		this.server.respond("SaveConfig", SaveConfigResponse.newBuilder()
			.setError(ApiTestServer.appError("api.config.update.denied", "Denied", 403))
			.build());
		assertThatExceptionOfType(PermissionDeniedException.class)
			.isThrownBy(() -> config().save(JsonMapper.shared().createObjectNode()));
	}

	@Test
	void readsStoredPluginConfigAsMap() {
		this.server.respond("GetPluginConfig", GetPluginConfigResponse.newBuilder()
			.setConfig(StructConverter.toProto(Map.of("channelname", "town-square", "retries", 3, "enabled", true)))
			.build());
		assertThat(config().getPluginConfig()).hasValueSatisfying((settings) -> assertThat(settings)
			.containsOnly(entry("channelname", "town-square"), entry("retries", 3L), entry("enabled", true)));
	}

	@Test
	void returnsEmptyWhenNoPluginConfigIsStored() {
		assertThat(config().getPluginConfig()).isEmpty();
	}

	@Test
	void savesPluginConfigAsStruct() {
		config().savePluginConfig(Map.of("channelname", "alerts", "tags", List.of("a", "b")));
		SavePluginConfigRequest request = this.server.request("SavePluginConfig", SavePluginConfigRequest.class);
		assertThat(StructConverter.toModel(request.getConfig())).containsOnly(entry("channelname", "alerts"),
				entry("tags", List.of("a", "b")));
	}

	@Test
	void loadsEffectivePluginConfiguration() {
		this.server.respond("LoadPluginConfiguration",
				LoadPluginConfigurationResponse.newBuilder().setConfigJson(json("{\"greeting\":\"hi\"}")).build());
		assertThat(config().loadPluginConfiguration().path("greeting").asString()).isEqualTo("hi");
	}

	@Test
	void bindsPluginConfigurationCaseInsensitivelyIgnoringUnknownSettings() {
		this.server.respond("LoadPluginConfiguration", LoadPluginConfigurationResponse.newBuilder()
			.setConfigJson(json("{\"channelname\":\"alerts\",\"maxretries\":\"5\",\"legacy\":true}"))
			.build());
		Settings settings = config().pluginConfiguration(Settings.class);
		assertThat(settings).isEqualTo(new Settings("alerts", 5));
	}

	@Test
	void bindsEmptySettingsWhenPluginHasNone() {
		this.server.respond("LoadPluginConfiguration",
				LoadPluginConfigurationResponse.newBuilder().setConfigJson(json("null")).build());
		assertThat(config().pluginConfiguration(Settings.class)).isEqualTo(new Settings(null, 0));
	}

	@Test
	void explainsSettingsThatDoNotFitTheType() {
		this.server.respond("LoadPluginConfiguration", LoadPluginConfigurationResponse.newBuilder()
			.setConfigJson(json("{\"maxretries\":\"many\"}"))
			.build());
		assertThatIllegalArgumentException().isThrownBy(() -> config().pluginConfiguration(Settings.class))
			.withMessageContaining(Settings.class.getName());
	}

	@Test
	void mapsLoadPluginConfigurationFailureToPluginApiException() {
		this.server.fail("LoadPluginConfiguration",
				Status.INTERNAL.withDescription("failed to load plugin configuration: boom"));
		assertThatExceptionOfType(PluginApiException.class)
			.isThrownBy(() -> config().pluginConfiguration(Settings.class))
			.satisfies((ex) -> assertThat(ex.getStatusCode()).isEqualTo(500));
	}

	record Settings(String channelName, int maxRetries) {
	}

}
