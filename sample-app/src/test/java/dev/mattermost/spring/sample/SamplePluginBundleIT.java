package dev.mattermost.spring.sample;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.grpc.health.v1.HealthCheckRequest;
import io.grpc.health.v1.HealthCheckResponse.ServingStatus;
import io.grpc.health.v1.HealthGrpc;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.mattermost.spring.protocol.goplugin.Empty;
import dev.mattermost.spring.protocol.goplugin.GRPCControllerGrpc;
import dev.mattermost.spring.protocol.v1.ImplementedRequest;
import dev.mattermost.spring.protocol.v1.OnActivateRequest;
import dev.mattermost.spring.protocol.v1.PluginHooksGrpc;
import dev.mattermost.spring.test.devhost.PluginBundle;
import dev.mattermost.spring.test.devhost.PluginProcess;
import dev.mattermost.spring.test.mattermost.InMemoryMattermost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Installs the packaged bundle as Mattermost does (unpacks the tar.gz into a plugin directory) and starts it as the
 * server starts a gRPC plugin: {@code python3 server/plugin.py} in that directory, which hands over to Java.
 */
class SamplePluginBundleIT {

	private static final String ID = "com.example.sample";

	@TempDir
	Path plugins;

	private InMemoryMattermost mattermost;

	private PluginUnderTest plugin;

	@BeforeEach
	void install() throws IOException {
		assumeTrue(python3Available(), "python3 is not installed");
		Path archive = bundleArchive();
		TarGzArchive.extract(archive, this.plugins);
		this.mattermost = new InMemoryMattermost("sample");
	}

	@AfterEach
	void stop() throws InterruptedException {
		if (this.plugin != null) {
			this.plugin.close();
		}
		if (this.mattermost != null) {
			this.mattermost.close();
		}
	}

	@Test
	void startsThroughTheLauncherHandshakesFromJavaAndExitsOnShutdown() throws Exception {
		Path directory = this.plugins.resolve(ID);
		assertThat(directory.resolve("plugin.json")).isRegularFile();
		assertThat(Files.isExecutable(directory.resolve("server/plugin.py"))).isTrue();
		PluginBundle bundle = new PluginBundle(ID, directory, List.of("python3", "server/plugin.py"), Map.of());
		this.plugin = PluginUnderTest.start(bundle, this.mattermost.startTcp(), (environment) -> {
			// The launcher finds Java as on a server: through JAVA_HOME (here the JDK running this test).
			environment.remove("MATTERMOST_PLUGIN_JAVA");
			environment.put("JAVA_HOME", System.getProperty("java.home"));
		});
		PluginProcess process = this.plugin.process();
		assertThat(process.toHandle().info().command()).as("the launcher replaced itself with java")
			.hasValueSatisfying((command) -> assertThat(Path.of(command).getFileName().toString()).isEqualTo("java"));

		ServingStatus health = HealthGrpc.newBlockingStub(this.plugin.channel())
			.check(HealthCheckRequest.newBuilder().setService("plugin").build())
			.getStatus();
		assertThat(health).isEqualTo(ServingStatus.SERVING);
		PluginHooksGrpc.PluginHooksBlockingStub hooks = PluginHooksGrpc.newBlockingStub(this.plugin.channel())
			.withDeadlineAfter(30, TimeUnit.SECONDS);
		assertThat(hooks.implemented(ImplementedRequest.getDefaultInstance()).getHooksList()).contains("OnActivate",
				"MessageWillBePosted", "ExecuteCommand", "ServeHTTP");
		assertThat(hooks.onActivate(OnActivateRequest.getDefaultInstance()).hasError()).isFalse();
		assertThat(this.mattermost.userByUsername(SampleBot.USERNAME)).isPresent();

		long askedToStop = System.nanoTime();
		GRPCControllerGrpc.newBlockingStub(this.plugin.channel()).shutdown(Empty.getDefaultInstance());
		boolean exited = process.awaitExit(Duration.ofSeconds(2));
		long tookMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - askedToStop);
		assertThat(exited).as("plugin exited within 2 s of Shutdown (took %d ms)", tookMillis).isTrue();
		assertThat(process.exitValue()).isZero();
		assertThat(this.plugin.stdout()).as("nothing after the handshake line on stdout").isEmpty();
		assertThat(this.plugin.stderr()).isNotEmpty().allSatisfy((line) -> assertThat(line).startsWith("{\"@level\":"));
	}

	private static Path bundleArchive() throws IOException {
		try (Stream<Path> files = Files.list(Path.of("target"))) {
			List<Path> archives = files.filter((file) -> file.getFileName().toString().startsWith(ID + "-"))
				.filter((file) -> file.getFileName().toString().endsWith(".tar.gz"))
				.toList();
			assertThat(archives).as("the bundle goal's archive in target/").hasSize(1);
			return archives.get(0);
		}
	}

	private static boolean python3Available() {
		try {
			Process process = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
			process.getInputStream().readAllBytes();
			return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0;
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

}
