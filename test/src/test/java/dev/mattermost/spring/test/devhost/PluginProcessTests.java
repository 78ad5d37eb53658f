package dev.mattermost.spring.test.devhost;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Starts small shell commands as plugins, the way {@code PluginBundle}s that are not jars (a launcher script, a
 * binary) are started.
 */
class PluginProcessTests {

	private static final String HANDSHAKE = "1|1|tcp|127.0.0.1:12345|grpc";

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	@TempDir
	Path directory;

	private final List<String> stderr = Collections.synchronizedList(new ArrayList<>());

	private final List<String> laterStdout = Collections.synchronizedList(new ArrayList<>());

	private PluginProcess process;

	@AfterEach
	void stop() {
		if (this.process != null && this.process.isAlive()) {
			this.process.kill();
		}
	}

	@Test
	void startsACommandInItsDirectoryWithTheServersEnvironmentOverTheOneGiven() throws IOException {
		Map<String, String> seen = new HashMap<>();
		this.process = PluginProcess.start(bundle("echo '" + HANDSHAKE + "'; echo \"$PWD\" >&2; "
				+ "echo \"$MATTERMOST_PLUGIN|$MATTERMOST_PLUGIN_API_TARGET|$PLUGIN_MIN_PORT|$PLUGIN_MAX_PORT|"
				+ "$PLUGIN_PROTOCOL_VERSIONS|$FROM_SERVER\" >&2; echo later"), "127.0.0.1:4000", (environment) -> {
					seen.putAll(environment);
					environment.put("FROM_SERVER", "yes");
					// the server's own variables cannot be changed this way
					environment.put("MATTERMOST_PLUGIN", "forged");
					environment.put("PLUGIN_MAX_PORT", "10001");
				}, this.stderr::add, this.laterStdout::add);

		assertThat(this.process.awaitHandshake(TIMEOUT).address()).isEqualTo("127.0.0.1:12345");
		assertThat(this.process.awaitExit(TIMEOUT)).isTrue();
		assertThat(this.process.exitValue()).isZero();
		assertThat(seen).as("starts from this JVM's environment").containsAllEntriesOf(System.getenv());
		assertThat(this.stderr).containsExactly(this.directory.toRealPath().toString(),
				"Securely message teams, anywhere.|127.0.0.1:4000|10000|25000|1|yes");
		assertThat(this.laterStdout).containsExactly("later");
	}

	@Test
	void givesTheFirstStdoutLineAsPrintedAndTheHandshakeAsTheServerReadsIt() {
		this.process = PluginProcess.start(bundle("echo '" + HANDSHAKE + "| '; sleep 30"), "127.0.0.1:4000",
				this.stderr::add, this.laterStdout::add);

		assertThat(this.process.awaitFirstStdoutLine(TIMEOUT)).isEqualTo(HANDSHAKE + "| ");
		assertThat(this.process.awaitHandshake(TIMEOUT))
			.isEqualTo(new Handshake(1, 1, "tcp", "127.0.0.1:12345", "grpc"));
		assertThat(this.laterStdout).isEmpty();
	}

	@Test
	void measuresFromJustBeforeTheStartToTheFirstStdoutLine() {
		long before = System.nanoTime();
		this.process = PluginProcess.start(bundle("sleep 0.3; echo '" + HANDSHAKE + "'; sleep 30"), "127.0.0.1:4000",
				this.stderr::add, this.laterStdout::add);
		assertThatIllegalStateException().isThrownBy(this.process::startToFirstStdoutLine)
			.withMessageContaining("no line on stdout yet");

		this.process.awaitHandshake(TIMEOUT);
		Duration upToHere = Duration.ofNanos(System.nanoTime() - before);

		assertThat(this.process.startToFirstStdoutLine()).isBetween(Duration.ofMillis(300), upToHere);
	}

	@Test
	void handsOutTheProcessHandleForInformationAndAPoliteStop() {
		this.process = PluginProcess.start(bundle("echo '" + HANDSHAKE + "'; exec sleep 30"), "127.0.0.1:4000",
				this.stderr::add, this.laterStdout::add);
		this.process.awaitHandshake(TIMEOUT);

		assertThat(this.process.toHandle().pid()).isEqualTo(this.process.pid());
		assertThat(this.process.toHandle().info().command()).isPresent();
		assertThat(this.process.toHandle().destroy()).isTrue();
		assertThat(this.process.awaitExit(TIMEOUT)).isTrue();
		assertThat(this.process.exitValue()).as("ended by SIGTERM").isEqualTo(128 + 15);
	}

	private PluginBundle bundle(String script) {
		return new PluginBundle("com.example.shell", this.directory, List.of("/bin/sh", "-c", script), Map.of());
	}

}
