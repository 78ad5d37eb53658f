package dev.mattermost.spring.sample;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.grpc.ManagedChannel;
import io.grpc.netty.NettyChannelBuilder;

import dev.mattermost.spring.test.devhost.PluginBundle;
import dev.mattermost.spring.test.devhost.PluginProcess;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A plugin process started by the test kit's launcher (the environment Mattermost gives it), read up to its
 * go-plugin handshake and connected to over TCP, as the server does; it keeps every output line for assertions.
 */
final class PluginUnderTest implements AutoCloseable {

	private static final Pattern HANDSHAKE = Pattern.compile("1\\|1\\|tcp\\|127\\.0\\.0\\.1:(\\d+)\\|grpc");

	private final PluginProcess process;

	private final ManagedChannel channel;

	private final List<String> stdout;

	private final List<String> stderr;

	private PluginUnderTest(PluginProcess process, ManagedChannel channel, List<String> stdout, List<String> stderr) {
		this.process = process;
		this.channel = channel;
		this.stdout = stdout;
		this.stderr = stderr;
	}

	/**
	 * Starts the plugin with the server's environment and waits for the handshake, which must be the first line on
	 * stdout and name a port in the server's range.
	 * @param bundle the command and working directory
	 * @param apiTarget the address of Mattermost's PluginAPI server
	 * @return the running plugin, connected
	 */
	static PluginUnderTest start(PluginBundle bundle, String apiTarget) {
		return start(bundle, apiTarget, (environment) -> {
		});
	}

	/**
	 * Starts the plugin from a server whose own environment differs from this JVM's.
	 * @param bundle the command and working directory
	 * @param apiTarget the address of Mattermost's PluginAPI server
	 * @param serverEnvironment turns this JVM's environment into the server's own
	 * @return the running plugin, connected
	 */
	static PluginUnderTest start(PluginBundle bundle, String apiTarget,
			Consumer<Map<String, String>> serverEnvironment) {
		List<String> stdout = Collections.synchronizedList(new ArrayList<>());
		List<String> stderr = Collections.synchronizedList(new ArrayList<>());
		PluginProcess process = PluginProcess.start(bundle, apiTarget, serverEnvironment, stderr::add, stdout::add);
		try {
			// Mattermost gives a plugin 10 s to handshake; a machine busy with other builds may need longer.
			String handshake = process
				.awaitFirstStdoutLine(Duration.ofSeconds(Long.getLong("plugin.handshake.timeout.seconds", 10)));
			Matcher matcher = HANDSHAKE.matcher(handshake);
			assertThat(matcher.matches()).as("first stdout line '%s' is the go-plugin handshake (stderr: %s)",
					handshake, stderr).isTrue();
			int port = Integer.parseInt(matcher.group(1));
			assertThat(port).isBetween(10000, 25000);
			ManagedChannel channel = NettyChannelBuilder.forAddress("127.0.0.1", port).usePlaintext().build();
			return new PluginUnderTest(process, channel, stdout, stderr);
		}
		catch (RuntimeException | AssertionError ex) {
			process.kill();
			throw ex;
		}
	}

	/**
	 * The plugin's process. When {@link PluginProcess#awaitExit} says it has ended, the lines it wrote last are in
	 * {@link #stdout()} and {@link #stderr()} (the readers get up to a second each to pass them on).
	 */
	PluginProcess process() {
		return this.process;
	}

	ManagedChannel channel() {
		return this.channel;
	}

	/** Stdout lines after the handshake. */
	List<String> stdout() {
		return this.stdout;
	}

	List<String> stderr() {
		return this.stderr;
	}

	@Override
	public void close() throws InterruptedException {
		this.channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
		if (this.process.isAlive()) {
			this.process.kill();
		}
	}

}
