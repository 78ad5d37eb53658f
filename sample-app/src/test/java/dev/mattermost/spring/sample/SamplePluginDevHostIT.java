package dev.mattermost.spring.sample;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the dev host on the packaged sample plugin, both as subprocesses, drives a message, a slash command and an
 * HTTP request through the dev host's front door, then stops it and expects a clean exit.
 */
class SamplePluginDevHostIT {

	private static final Pattern FRONT_DOOR = Pattern.compile("Front door: (http://localhost:\\d+)");

	private final List<String> output = Collections.synchronizedList(new ArrayList<>());

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	private Process devHost;

	@AfterEach
	void stop() throws InterruptedException {
		if (this.devHost != null && this.devHost.isAlive()) {
			this.devHost.destroy();
			if (!this.devHost.waitFor(10, TimeUnit.SECONDS)) {
				this.devHost.destroyForcibly();
			}
		}
	}

	@Test
	void runsTheSamplePluginAsTheServerDoesAndStopsCleanly() throws Exception {
		Path devHostJar = Path.of("..", "test", "target", "mattermost-plugin-spring-boot-test-devhost.jar");
		Path pluginJar = Path.of("target", "sample-plugin.jar");
		assertThat(devHostJar).exists();
		assertThat(pluginJar).exists();
		String java = ProcessHandle.current().info().command().orElse("java");
		String handshakeTimeout = Long.getLong("plugin.handshake.timeout.seconds", 10) + "s";
		this.devHost = new ProcessBuilder(java, "-jar", devHostJar.toAbsolutePath().toString(),
				pluginJar.toAbsolutePath().toString(), "--port", "0", "--handshake-timeout", handshakeTimeout)
			.redirectErrorStream(true)
			.start();
		CompletableFuture<String> frontDoor = new CompletableFuture<>();
		Thread reader = new Thread(() -> read(frontDoor));
		reader.setDaemon(true);
		reader.start();
		String base = frontDoor.get(120, TimeUnit.SECONDS);

		HttpResponse<String> posted = send(base, "POST", "/api/v4/posts", "alice",
				"{\"channel_id\":\"town-square\",\"message\":\"ping\"}");
		assertThat(posted.statusCode()).as(posted.body()).isBetween(200, 201);
		HttpResponse<String> rejected = send(base, "POST", "/api/v4/posts", "alice",
				"{\"channel_id\":\"town-square\",\"message\":\"a spoiler\"}");
		assertThat(rejected.statusCode()).isEqualTo(400);
		assertThat(rejected.body()).contains("blocked word");

		HttpResponse<String> posts = send(base, "GET", "/api/v4/channels/town-square/posts", "alice", null);
		assertThat(posts.body().replace(" ", "")).contains("\"message\":\"ping\"", "\"message\":\"pong\"")
			.doesNotContain("spoiler");

		HttpResponse<String> command = send(base, "POST", "/api/v4/commands/execute", "alice",
				"{\"channel_id\":\"town-square\",\"command\":\"/sample echo hello from the dev host\"}");
		assertThat(command.statusCode()).as(command.body()).isEqualTo(200);
		assertThat(command.body()).contains("hello from the dev host");

		HttpResponse<String> status = send(base, "GET", "/plugins/sample-plugin/api/v1/status", "alice", null);
		assertThat(status.statusCode()).as(status.body()).isEqualTo(200);
		assertThat(status.body()).contains("\"userId\"", "spoiler");
		HttpResponse<String> anonymous = send(base, "GET", "/plugins/sample-plugin/api/v1/status", null, null);
		assertThat(anonymous.statusCode()).isEqualTo(401);

		send(base, "POST", "/dev/stop", null, "");
		assertThat(this.devHost.waitFor(30, TimeUnit.SECONDS)).isTrue();
		assertThat(this.devHost.exitValue()).as(String.join("\n", this.output)).isZero();
	}

	private HttpResponse<String> send(String base, String method, String path, String user, String body)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
			.timeout(Duration.ofSeconds(60))
			.method(method, (body != null) ? HttpRequest.BodyPublishers.ofString(body)
					: HttpRequest.BodyPublishers.noBody());
		if (user != null) {
			request.header("X-Dev-As", user);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private void read(CompletableFuture<String> frontDoor) {
		try (BufferedReader lines = new BufferedReader(
				new InputStreamReader(this.devHost.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = lines.readLine()) != null) {
				this.output.add(line);
				Matcher matcher = FRONT_DOOR.matcher(line);
				if (matcher.find()) {
					frontDoor.complete(matcher.group(1));
				}
			}
			frontDoor.completeExceptionally(new IllegalStateException(
					"The dev host ended before opening its front door:\n" + String.join("\n", this.output)));
		}
		catch (IOException ex) {
			frontDoor.completeExceptionally(ex);
		}
	}

}
