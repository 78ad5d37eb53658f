package dev.mattermost.spring.convert;

import java.nio.charset.StandardCharsets;

import com.google.protobuf.ByteString;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import dev.mattermost.spring.protocol.v1.ConfigJson;
import dev.mattermost.spring.protocol.v1.EmailNotificationJson;
import dev.mattermost.spring.protocol.v1.SamlAssertionInfoJson;
import dev.mattermost.spring.protocol.v1.SyncMsgJson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link JsonBlobConverter}.
 */
class JsonBlobConverterTests {

	@Test
	void readsConfigurationTree() {
		ConfigJson config = ConfigJson.newBuilder()
			.setConfigJson(utf8("{\"ServiceSettings\":{\"SiteURL\":\"https://chat.example.com\"}}"))
			.build();
		JsonNode tree = JsonBlobConverter.toModel(config);
		assertThat(tree.path("ServiceSettings").path("SiteURL").asString()).isEqualTo("https://chat.example.com");
	}

	@Test
	void readsEveryJsonWrapper() {
		assertThat(JsonBlobConverter.toModel(EmailNotificationJson.newBuilder()
			.setNotificationJson(utf8("{\"post_id\":\"p1\"}"))
			.build()).path("post_id").asString()).isEqualTo("p1");
		assertThat(JsonBlobConverter.toModel(SamlAssertionInfoJson.newBuilder()
			.setAssertionJson(utf8("{\"NameID\":\"n\"}"))
			.build()).path("NameID").asString()).isEqualTo("n");
		assertThat(JsonBlobConverter.toModel(SyncMsgJson.newBuilder()
			.setSyncMsgJson(utf8("{\"channel_id\":\"c1\"}"))
			.build()).path("channel_id").asString()).isEqualTo("c1");
	}

	@Test
	void readsEmptyBytesAsMissingNode() {
		assertThat(JsonBlobConverter.toModel(ConfigJson.getDefaultInstance()).isMissingNode()).isTrue();
	}

	@Test
	void readsJsonNullAsNullNode() {
		JsonNode tree = JsonBlobConverter.toJsonNode(utf8("null"), "config_json");
		assertThat(tree.isNull()).isTrue();
	}

	@Test
	void rejectsInvalidJsonNamingTheField() {
		SyncMsgJson broken = SyncMsgJson.newBuilder().setSyncMsgJson(utf8("{\"channel_id\":")).build();
		assertThatIllegalArgumentException().isThrownBy(() -> JsonBlobConverter.toModel(broken))
			.withMessageContaining("sync_msg_json");
	}

	@Test
	void writesConfigurationTree() {
		ObjectNode config = JsonNodeFactory.instance.objectNode();
		config.putObject("PluginSettings").put("Enable", true);
		ConfigJson proto = JsonBlobConverter.toConfigJson(config);
		assertThat(proto.getConfigJson().toStringUtf8()).isEqualTo("{\"PluginSettings\":{\"Enable\":true}}");
		assertThat(JsonBlobConverter.toModel(proto)).isEqualTo(config);
	}

	@Test
	void writesNullOrMissingTreeAsEmptyBytes() {
		assertThat(JsonBlobConverter.toConfigJson(null)).isEqualTo(ConfigJson.getDefaultInstance());
		assertThat(JsonBlobConverter.toBytes(JsonBlobConverter.toModel(ConfigJson.getDefaultInstance())).isEmpty())
			.isTrue();
	}

	private static ByteString utf8(String json) {
		return ByteString.copyFrom(json, StandardCharsets.UTF_8);
	}

}
