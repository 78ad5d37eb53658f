package dev.mattermost.spring.api;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.protobuf.Value;
import io.grpc.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.mattermost.spring.convert.StructConverter;
import dev.mattermost.spring.protocol.v1.KeyValuePair;
import dev.mattermost.spring.protocol.v1.LogDebugRequest;
import dev.mattermost.spring.protocol.v1.LogErrorRequest;
import dev.mattermost.spring.protocol.v1.LogInfoRequest;
import dev.mattermost.spring.protocol.v1.LogInfoResponse;
import dev.mattermost.spring.protocol.v1.LogWarnRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

class LogApiTests {

	@RegisterExtension
	final ApiTestServer server = new ApiTestServer();

	private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();

	private LogApi log() {
		return new DefaultLogApi(this.server.caller(), new PrintStream(this.stderr, true, StandardCharsets.UTF_8));
	}

	private static Map<String, Object> fields(List<KeyValuePair> pairs) {
		Map<String, Object> fields = new LinkedHashMap<>();
		pairs.forEach((pair) -> fields.put(pair.getKey(), StructConverter.toModel(pair.getValue())));
		return fields;
	}

	@Test
	void sendsEachLevelToItsRpc() {
		LogApi log = log();
		log.debug("d");
		log.info("i");
		log.warn("w");
		log.error("e");
		assertThat(this.server.calledMethodsInOrder()).containsExactly("LogDebug", "LogInfo", "LogWarn", "LogError");
		assertThat(this.server.request("LogDebug", LogDebugRequest.class).getMsg()).isEqualTo("d");
		assertThat(this.server.request("LogInfo", LogInfoRequest.class).getMsg()).isEqualTo("i");
		assertThat(this.server.request("LogWarn", LogWarnRequest.class).getMsg()).isEqualTo("w");
		assertThat(this.server.request("LogError", LogErrorRequest.class).getMsg()).isEqualTo("e");
	}

	@Test
	void sendsKeyValuePairsInOrderWithJsonValues() {
		log().info("user joined", "user_id", "u1", "count", 3, "admin", false, "tags", List.of("a"), "none", null);
		LogInfoRequest request = this.server.request("LogInfo", LogInfoRequest.class);
		assertThat(request.getKeyValuePairsList()).extracting(KeyValuePair::getKey)
			.containsExactly("user_id", "count", "admin", "tags", "none");
		Map<String, Object> fields = fields(request.getKeyValuePairsList());
		assertThat(fields).containsEntry("user_id", "u1")
			.containsEntry("count", 3L)
			.containsEntry("admin", false)
			.containsEntry("tags", List.of("a"))
			.containsEntry("none", null);
	}

	@Test
	void keepsTrailingValueWithoutKeyUnderExtraKey() {
		log().warn("odd", "k", "v", "orphan");
		Map<String, Object> fields = fields(
				this.server.request("LogWarn", LogWarnRequest.class).getKeyValuePairsList());
		assertThat(fields).containsEntry("k", "v").containsEntry(LogApi.EXTRA_VALUE_KEY, "orphan");
	}

	@Test
	void logsValuesWithoutJsonFormAsText() {
		Object custom = new Object() {
			@Override
			public String toString() {
				return "custom-value";
			}
		};
		log().error("failed", "thing", custom);
		KeyValuePair pair = this.server.request("LogError", LogErrorRequest.class).getKeyValuePairs(0);
		assertThat(pair.getValue()).isEqualTo(Value.newBuilder().setStringValue("custom-value").build());
	}

	@Test
	void logsStructuredFieldsAtGivenLevel() {
		log().log(LogApi.Level.DEBUG, "bridged", Map.of("logger", "com.example.Demo"));
		Map<String, Object> fields = fields(
				this.server.request("LogDebug", LogDebugRequest.class).getKeyValuePairsList());
		assertThat(fields).containsEntry("logger", "com.example.Demo");
	}

	@Test
	void fallsBackToHclogLineOnStderrWhenServerFails() {
		this.server.fail("LogError", Status.UNAVAILABLE.withDescription("connection refused"));
		assertThatNoException().isThrownBy(() -> log().error("disk full", "path", "/data"));
		JsonNode line = JsonMapper.shared().readTree(this.stderr.toString(StandardCharsets.UTF_8).strip());
		assertThat(line.path("@level").asString()).isEqualTo("error");
		assertThat(line.path("@message").asString()).isEqualTo("disk full");
		assertThat(line.path("path").asString()).isEqualTo("/data");
		assertThat(line.path("@timestamp").asString()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}Z");
		assertThat(line.path("log_api_error").asString()).contains("connection refused");
	}

	@Test
	void fallsBackWhenServerAnswersWithAppError() {
		this.server.respond("LogInfo", LogInfoResponse.newBuilder()
			.setError(ApiTestServer.appError("plugin.log.failed", "Cannot log", 500))
			.build());
		assertThatNoException().isThrownBy(() -> log().info("hello"));
		assertThat(this.stderr.toString(StandardCharsets.UTF_8)).contains("\"@message\":\"hello\"");
	}

	@Test
	void writesNothingToStderrWhenServerAcceptsEntry() {
		log().info("fine");
		assertThat(this.stderr.size()).isZero();
	}

}
