package dev.mattermost.spring.api;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.google.protobuf.ByteString;
import io.grpc.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.mattermost.spring.protocol.v1.PluginHTTPRequest;
import dev.mattermost.spring.protocol.v1.PluginHTTPResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class InterPluginApiTests {

	@RegisterExtension
	final ApiTestServer server = new ApiTestServer();

	private InterPluginApi interPlugin() {
		return new DefaultInterPluginApi(this.server.caller());
	}

	@Test
	void sendsMethodUrlHeadersAndBody() {
		interPlugin().call(PluginHttpRequest.post("/com.example.other/api/v1/echo", "application/json", "{\"a\":1}"));
		PluginHTTPRequest request = this.server.request("PluginHTTP", PluginHTTPRequest.class);
		assertThat(request.getMethod()).isEqualTo("POST");
		assertThat(request.getUrl()).isEqualTo("/com.example.other/api/v1/echo");
		assertThat(request.getHeadersMap()).containsExactlyEntriesOf(Map.of("Content-Type", "application/json"));
		assertThat(request.getBody().toStringUtf8()).isEqualTo("{\"a\":1}");
	}

	@Test
	void mapsStatusHeadersAndBodyBack() {
		this.server.respond("PluginHTTP", PluginHTTPResponse.newBuilder()
			.setStatusCode(201)
			.putHeaders("Content-Type", "text/plain; charset=utf-8")
			.putHeaders("Vary", "Accept, Origin")
			.setBody(ByteString.copyFrom("créé", StandardCharsets.UTF_8))
			.build());
		PluginHttpResponse response = interPlugin().get("/com.example.other/status");
		assertThat(response.statusCode()).isEqualTo(201);
		assertThat(response.isSuccessful()).isTrue();
		assertThat(response.header("content-type")).contains("text/plain; charset=utf-8");
		assertThat(response.header("Vary")).contains("Accept, Origin");
		assertThat(response.header("Missing")).isEmpty();
		assertThat(response.bodyAsString()).isEqualTo("créé");
		assertThat(this.server.request("PluginHTTP", PluginHTTPRequest.class).getMethod()).isEqualTo("GET");
	}

	@Test
	void returnsErrorStatusOfOtherPluginAsResponse() {
		this.server.respond("PluginHTTP", PluginHTTPResponse.newBuilder().setStatusCode(404).build());
		PluginHttpResponse response = interPlugin().get("/missing/x");
		assertThat(response.isSuccessful()).isFalse();
		assertThat(response.body()).isEmpty();
	}

	@Test
	void mapsMalformedRequestStatusToInvalidInput() {
		this.server.fail("PluginHTTP", Status.INVALID_ARGUMENT.withDescription("failed to create request: bad url"));
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> interPlugin().get("::"));
	}

	@Test
	void copiesBodiesSoRecordsStayImmutable() {
		byte[] body = { 1 };
		PluginHttpRequest request = new PluginHttpRequest("PUT", "/p/x", Map.of(), body);
		body[0] = 2;
		request.body()[0] = 3;
		assertThat(request.body()).containsExactly(1);
		assertThat(request).isEqualTo(new PluginHttpRequest("PUT", "/p/x", null, new byte[] { 1 }));
	}

	@Test
	void mapsResponseAppError() {
		this.server.respond("PluginHTTP", PluginHTTPResponse.newBuilder()
			.setError(ApiTestServer.appError("plugin.http.not_found", "No such plugin", 404))
			.build());
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> interPlugin().get("/nobody/x"));
	}
}
