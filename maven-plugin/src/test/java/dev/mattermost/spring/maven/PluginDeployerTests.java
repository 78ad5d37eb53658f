package dev.mattermost.spring.maven;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIOException;

/**
 * Deploys against a stand-in for Mattermost's REST API that records what it receives.
 */
class PluginDeployerTests {

	private static final String TOKEN = "s3cret-t0ken";

	private static final String UPLOADS_DISABLED = """
			{"id":"app.plugin.upload_disabled.app_error","message":"Plugins and/or plugin uploads have been disabled.",\
			"detailed_error":"","request_id":"r1","status_code":501}""";

	@TempDir
	Path directory;

	private HttpServer server;

	private final List<Call> calls = Collections.synchronizedList(new ArrayList<>());

	private final Deque<Answer> answers = new ArrayDeque<>();

	private final List<String> log = new ArrayList<>();

	private Path archive;

	@BeforeEach
	void start() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.createContext("/", this::handle);
		this.server.start();
		byte[] content = new byte[70_000];
		for (int i = 0; i < content.length; i++) {
			content[i] = (byte) (i * 31);
		}
		this.archive = Files.write(this.directory.resolve("com.example.demo-1.0.0.tar.gz"), content);
	}

	@AfterEach
	void stop() {
		this.server.stop(0);
	}

	@Test
	void uploadsTheBundleWithForceThenEnablesThePlugin() throws Exception {
		answer(201, "{\"id\":\"com.example.demo\",\"name\":\"Demo\",\"version\":\"1.0.0\"}");
		answer(200, "{\"status\":\"OK\"}");
		deployer(url()).deploy(this.archive, "com.example.demo", this.log::add);
		assertThat(this.calls).extracting(Call::request)
			.containsExactly("POST /api/v4/plugins", "POST /api/v4/plugins/com.example.demo/enable");
		assertThat(this.calls).allSatisfy((call) -> assertThat(call.headers().get("Authorization"))
			.isEqualTo("Bearer " + TOKEN));
		Call upload = this.calls.get(0);
		Map<String, Part> parts = multipart(upload);
		assertThat(parts).containsOnlyKeys("force", "plugin");
		assertThat(parts.get("force").text()).isEqualTo("true");
		assertThat(parts.get("plugin").headers()).contains("filename=\"com.example.demo-1.0.0.tar.gz\"");
		assertThat(parts.get("plugin").content()).isEqualTo(Files.readAllBytes(this.archive));
		assertThat(this.log).hasSize(2).noneMatch((line) -> line.contains(TOKEN));
		assertThat(this.log.get(1)).isEqualTo("Installed and enabled com.example.demo on " + url());
	}

	@Test
	void enablesThePluginUnderTheIdTheServerInstalledItAs() throws Exception {
		answer(201, "{\"id\":\"com.example.demo\"}");
		answer(200, "{\"status\":\"OK\"}");
		deployer(url()).deploy(this.archive, "Com.Example.Demo", this.log::add);
		assertThat(this.calls.get(1).request()).isEqualTo("POST /api/v4/plugins/com.example.demo/enable");
	}

	@Test
	void keepsTheServersPathPrefixAndDropsATrailingSlash() throws Exception {
		answer(201, "{\"id\":\"com.example.demo\"}");
		answer(200, "{\"status\":\"OK\"}");
		deployer(url() + "/chat/").deploy(this.archive, "com.example.demo", this.log::add);
		assertThat(this.calls).extracting(Call::request)
			.containsExactly("POST /chat/api/v4/plugins", "POST /chat/api/v4/plugins/com.example.demo/enable");
	}

	@Test
	void reportsDisabledUploadsWithTheServersMessageAndTheSettingToChange() {
		answer(501, UPLOADS_DISABLED);
		assertThatExceptionOfType(BundleException.class)
			.isThrownBy(() -> deployer(url()).deploy(this.archive, "com.example.demo", this.log::add))
			.withMessageStartingWith("Uploading the plugin failed: Mattermost answered 501: Plugins and/or plugin "
					+ "uploads have been disabled. (app.plugin.upload_disabled.app_error)")
			.withMessageContaining("set PluginSettings.EnableUploads to true")
			.withMessageNotContaining(TOKEN);
		assertThat(this.calls).hasSize(1);
	}

	@Test
	void reportsAForbiddenUploadWithBothLikelyCauses() {
		answer(403, "{\"id\":\"api.context.permissions.app_error\",\"message\":\"You do not have the appropriate "
				+ "permissions.\",\"status_code\":403}");
		assertThatExceptionOfType(BundleException.class)
			.isThrownBy(() -> deployer(url()).deploy(this.archive, "com.example.demo", this.log::add))
			.withMessageContaining("Mattermost answered 403: You do not have the appropriate permissions. "
					+ "(api.context.permissions.app_error)")
			.withMessageContaining("system admin")
			.withMessageContaining("PluginSettings.EnableUploads");
	}

	@Test
	void reportsARejectedToken() {
		answer(401, "{\"id\":\"api.context.session_expired.app_error\",\"message\":\"Invalid or expired session, "
				+ "please login again.\",\"status_code\":401}");
		assertThatExceptionOfType(BundleException.class)
			.isThrownBy(() -> deployer(url()).deploy(this.archive, "com.example.demo", this.log::add))
			.withMessageContaining("401: Invalid or expired session")
			.withMessageContaining("personal access token")
			.withMessageNotContaining(TOKEN);
	}

	@Test
	void reportsAFailureToEnableAfterTheUpload() {
		answer(201, "{\"id\":\"com.example.demo\"}");
		answer(500, "{\"id\":\"app.plugin.config.app_error\",\"message\":\"Error saving plugin state in config.\","
				+ "\"detailed_error\":\"disk full\",\"status_code\":500}");
		assertThatExceptionOfType(BundleException.class)
			.isThrownBy(() -> deployer(url()).deploy(this.archive, "com.example.demo", this.log::add))
			.withMessage("Enabling the plugin com.example.demo failed: Mattermost answered 500: Error saving plugin "
					+ "state in config. (app.plugin.config.app_error) [disk full].");
		assertThat(this.calls).hasSize(2);
	}

	@Test
	void quotesAnAnswerThatIsNotMattermostsErrorJson() {
		answer(502, "<html>Bad Gateway</html>");
		assertThatExceptionOfType(BundleException.class)
			.isThrownBy(() -> deployer(url()).deploy(this.archive, "com.example.demo", this.log::add))
			.withMessage("Uploading the plugin failed: HTTP 502: <html>Bad Gateway</html>.");
	}

	@Test
	void reportsAServerThatCannotBeReached() throws IOException {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0)) {
			closedPort = socket.getLocalPort();
		}
		assertThatIOException()
			.isThrownBy(() -> deployer("http://127.0.0.1:" + closedPort).deploy(this.archive, "com.example.demo",
					this.log::add))
			.withMessageContaining("cannot connect to http://127.0.0.1:" + closedPort);
	}

	@Test
	void refusesAMissingBundleBeforeCallingTheServer() {
		assertThatExceptionOfType(BundleException.class)
			.isThrownBy(() -> deployer(url()).deploy(this.directory.resolve("none.tar.gz"), "x.y.z", this.log::add))
			.withMessageContaining("none.tar.gz does not exist");
		assertThat(this.calls).isEmpty();
	}

	@Test
	void refusesAMissingUrlOrToken() {
		HttpClient http = HttpClient.newHttpClient();
		assertThatExceptionOfType(BundleException.class)
			.isThrownBy(() -> new PluginDeployer(http, null, TOKEN, Duration.ofSeconds(5)))
			.withMessageContaining("-Dmattermost.url=");
		assertThatExceptionOfType(BundleException.class)
			.isThrownBy(() -> new PluginDeployer(http, "chat.example.com", TOKEN, Duration.ofSeconds(5)))
			.withMessageContaining("'chat.example.com' is not an http(s) URL");
		assertThatExceptionOfType(BundleException.class)
			.isThrownBy(() -> new PluginDeployer(http, url(), " ", Duration.ofSeconds(5)))
			.withMessageContaining("-Dmattermost.token=");
	}

	private PluginDeployer deployer(String url) {
		return new PluginDeployer(HttpClient.newHttpClient(), url, TOKEN, Duration.ofSeconds(10));
	}

	private String url() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	private void answer(int status, String body) {
		this.answers.add(new Answer(status, body));
	}

	private void handle(HttpExchange exchange) throws IOException {
		Map<String, String> headers = new LinkedHashMap<>();
		exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, values.get(0)));
		byte[] body = exchange.getRequestBody().readAllBytes();
		this.calls.add(new Call(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath(), headers, body));
		Answer answer = this.answers.isEmpty() ? new Answer(404, "{}") : this.answers.poll();
		byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.sendResponseHeaders(answer.status(), bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	// Splits a multipart/form-data body by its boundary; ISO-8859-1 keeps every byte as one char.
	private static Map<String, Part> multipart(Call call) {
		String contentType = call.headers().get("Content-type");
		assertThat(contentType).startsWith("multipart/form-data; boundary=");
		String boundary = contentType.substring(contentType.indexOf("boundary=") + "boundary=".length());
		String body = new String(call.body(), StandardCharsets.ISO_8859_1);
		assertThat(body).startsWith("--" + boundary + "\r\n").endsWith("\r\n--" + boundary + "--\r\n");
		Map<String, Part> parts = new LinkedHashMap<>();
		String[] pieces = body.split("\r\n--" + Pattern.quote(boundary));
		pieces[0] = pieces[0].substring(("--" + boundary).length());
		for (String piece : pieces) {
			if (piece.startsWith("--")) {
				break;
			}
			String part = piece.substring(2);
			int split = part.indexOf("\r\n\r\n");
			String partHeaders = part.substring(0, split);
			String name = partHeaders.replaceAll("(?s).*; name=\"([^\"]+)\".*", "$1");
			parts.put(name, new Part(partHeaders, part.substring(split + 4).getBytes(StandardCharsets.ISO_8859_1)));
		}
		return parts;
	}

	private record Call(String request, Map<String, String> headers, byte[] body) {
	}

	private record Answer(int status, String body) {
	}

	private record Part(String headers, byte[] content) {

		String text() {
			return new String(this.content, StandardCharsets.UTF_8);
		}

	}

}
