package dev.mattermost.spring.test.devhost;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the dev host on tiny fake plugins (separate JVMs) that behave well or make the mistakes the dev host must
 * explain.
 */
class DevHostTests {

	@TempDir
	Path bundle;

	private final ByteArrayOutputStream output = new ByteArrayOutputStream();

	private final HttpClient http = HttpClient.newHttpClient();

	private final List<DevHost> hosts = new ArrayList<>();

	@AfterEach
	void stopHosts() {
		// A failed assertion must not leave a plugin process behind.
		for (DevHost host : this.hosts) {
			host.requestStop();
			host.awaitFinished(Duration.ofSeconds(30));
		}
	}

	@Test
	void explainsOutputPrintedBeforeTheHandshake() throws Exception {
		int exit = runToEnd("banner");

		assertThat(exit).isEqualTo(1);
		assertThat(output()).contains("PROBLEM: The plugin printed '.   ____")
			.contains("before the handshake line")
			.contains("nothing may reach stdout before it")
			.doesNotContain("after the handshake");
	}

	@Test
	void explainsAMissingHandshakeAfterTheDeadline() throws Exception {
		int exit = runToEnd("silent", "--handshake-timeout", "4s");

		assertThat(exit).isEqualTo(1);
		assertThat(output()).contains("did not print the go-plugin handshake line within 4 s")
			.contains("starting, but never printing the handshake");
	}

	@Test
	void explainsACrashAfterActivationWithExitCodeAndLastStderrLines() throws Exception {
		int exit = runToEnd("crash");

		assertThat(exit).isEqualTo(1);
		assertThat(output()).contains("is active")
			.contains("exited unexpectedly with code 3 while active")
			.contains("out of memory, giving up");
	}

	@Test
	void explainsAnActivationErrorAndStopsThePlugin() throws Exception {
		int exit = runToEnd("refuse");

		assertThat(exit).isEqualTo(1);
		assertThat(output()).contains("OnActivate failed, so the server would shut the plugin down: OnActivate "
				+ "returned an error: plugin.on_activate.error: the setting Greeting is missing (status 500)");
	}

	@Test
	void reportsFailingHealthChecks() throws Exception {
		int exit = runToEnd("unhealthy", "--health-interval", "300ms");

		assertThat(exit).isEqualTo(1);
		assertThat(output()).contains("failed 3 health checks in a row").contains("NOT_SERVING");
	}

	@Test
	void killsAPluginThatIgnoresShutdownAndSaysSo() throws Exception {
		DevHost host = host("stubborn");
		CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(host::run);
		awaitReady(host, exit);

		host.requestStop();

		assertThat(exit.get(30, TimeUnit.SECONDS)).isEqualTo(3);
		assertThat(output()).contains("still running 2000 ms after GRPCController/Shutdown, so it was killed");
	}

	@Test
	void servesPluginRoutesPostsAndCommandsThenStopsCleanly() throws Exception {
		DevHost host = host("good");
		CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(host::run);
		awaitReady(host, exit);
		String base = "http://127.0.0.1:" + host.port();

		HttpResponse<String> plugin = send(HttpRequest.newBuilder(URI.create(base
				+ "/plugins/com.example.fake/api/echo?z=1&access_token=secret&as=alice&a=b+c"))
			.header("Mattermost-User-Id", "forged")
			.POST(HttpRequest.BodyPublishers.ofByteArray(new byte[150 * 1024])));
		assertThat(plugin.statusCode()).isEqualTo(201);
		assertThat(plugin.headers().firstValue("X-Fake")).hasValue("yes");
		assertThat(plugin.body()).contains("url=/api/echo?a=b+c&z=1\n")
			.contains("request_uri=/plugins/com.example.fake/api/echo?z=1&access_token=secret&a=b+c\n")
			.contains("body_bytes=153600\n")
			.contains("messages=3\n")
			.doesNotContain("forged")
			.containsPattern("Mattermost-User-Id=[a-z0-9]{26}");

		HttpResponse<String> anonymous = send(
				HttpRequest.newBuilder(URI.create(base + "/plugins/com.example.fake/hello")).GET());
		assertThat(anonymous.body()).doesNotContain("Mattermost-User-Id").contains("messages=1\n");

		HttpResponse<String> shouted = post(base + "/api/v4/posts", "{\"channel_id\":\"town-square\",\"message\":\"shout it\"}");
		assertThat(shouted.statusCode()).isEqualTo(201);
		assertThat(shouted.body()).contains("\"message\" : \"SHOUT IT\"");
		assertThat(post(base + "/api/v4/posts", "{\"channel_id\":\"town-square\",\"message\":\"please reject\"}")
			.body()).contains("Post rejected by plugin. no rejects here");
		assertThat(post(base + "/api/v4/posts", "{\"channel_id\":\"town-square\",\"message\":\"dismiss me\"}")
			.statusCode()).isEqualTo(204);

		HttpResponse<String> nobody = send(HttpRequest.newBuilder(URI.create(base + "/api/v4/posts?as=nobody"))
			.POST(HttpRequest.BodyPublishers.ofString("{\"channel_id\":\"town-square\",\"message\":\"hi\"}")));
		assertThat(nobody.statusCode()).isEqualTo(400);
		assertThat(nobody.body()).contains("No user named 'nobody'");

		HttpResponse<String> command = post(base + "/api/v4/commands/execute",
				"{\"channel_id\":\"town-square\",\"command\":\"/fake hi\"}");
		assertThat(command.body()).contains("\"text\" : \"echo /fake hi\"");

		post(base + "/api/v4/commands/execute", "{\"channel_id\":\"town-square\",\"command\":\"/fake post\"}");
		HttpResponse<String> unregistered = post(base + "/api/v4/commands/execute",
				"{\"channel_id\":\"town-square\",\"command\":\"/other\"}");
		assertThat(unregistered.statusCode()).isEqualTo(404);
		assertThat(unregistered.body()).contains("Command with a trigger of 'other' not found. The plugin registered /fake.");

		String posts = send(HttpRequest.newBuilder(URI.create(base + "/api/v4/channels/town-square/posts")).GET())
			.body();
		assertThat(posts).contains("SHOUT IT").contains("echo /fake hi").contains("from the plugin")
			.doesNotContain("please reject")
			.doesNotContain("dismiss me");

		HttpResponse<String> settings = send(HttpRequest.newBuilder(URI.create(base + "/dev/settings"))
			.PUT(HttpRequest.BodyPublishers.ofString("{\"Greeting\":\"Hi\"}")));
		assertThat(settings.body()).contains("\"on_configuration_change\" : \"ok\"");

		send(HttpRequest.newBuilder(URI.create(base + "/dev/stop")).POST(HttpRequest.BodyPublishers.noBody()));
		assertThat(exit.get(30, TimeUnit.SECONDS)).isEqualTo(0);
		assertThat(output()).contains("[plugin]  ").contains("INFO  fake plugin listening port=")
			.contains("DEBUG a plain text line")
			.contains("INFO  configuration changed")
			.containsPattern("\\[api-log\\] \\S+ INFO  hello through the API source=fake")
			.contains("The plugin posted in channel ")
			.contains("printed to stdout after the handshake: 'stray stdout line'")
			.doesNotContain("another stray line")
			.contains("[devhost] Front door: http://localhost:" + host.port() + "\n")
			.contains("Plugin exited by itself with code 0");
		assertThat(output().split("INFO  posted post_id=", -1)).as("MessageHasBeenPosted for each stored post")
			.hasSize(4);
	}

	private int runToEnd(String mode, String... options) throws Exception {
		return CompletableFuture.supplyAsync(host(mode, options)::run).get(60, TimeUnit.SECONDS);
	}

	private DevHost host(String mode, String... options) throws IOException {
		writeBundle(mode);
		String[] args = new String[options.length + 3];
		args[0] = this.bundle.toString();
		args[1] = "--port";
		args[2] = "0";
		System.arraycopy(options, 0, args, 3, options.length);
		DevHostConsole console = new DevHostConsole(new PrintStream(this.output, true, StandardCharsets.UTF_8));
		DevHost host = new DevHost(DevHostOptions.parse(args), console, InMemoryMattermostBackend::new);
		this.hosts.add(host);
		return host;
	}

	private void writeBundle(String mode) throws IOException {
		String java = ProcessHandle.current().info().command().orElseThrow();
		String classpath = System.getProperty("java.class.path");
		Path script = this.bundle.resolve("run.sh");
		Files.writeString(script, "#!/bin/sh\nexec '" + java + "' -cp '" + classpath + "' "
				+ FakePlugin.class.getName() + " " + mode + "\n");
		Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
		Files.writeString(this.bundle.resolve("plugin.json"),
				"{\"id\":\"com.example.fake\",\"server\":{\"executable\":\"run.sh\"}}");
	}

	private void awaitReady(DevHost host, CompletableFuture<Integer> exit) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (host.port() < 0 && !exit.isDone() && System.nanoTime() < deadline) {
			Thread.sleep(50);
		}
		assertThat(host.port()).as(output()).isPositive();
	}

	private HttpResponse<String> post(String url, String json) throws Exception {
		return send(HttpRequest.newBuilder(URI.create(url))
			.header("X-Dev-As", "alice")
			.POST(HttpRequest.BodyPublishers.ofString(json)));
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return this.http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
	}

	private String output() {
		return this.output.toString(StandardCharsets.UTF_8);
	}

}
