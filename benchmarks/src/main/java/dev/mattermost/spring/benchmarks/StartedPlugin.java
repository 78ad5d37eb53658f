package dev.mattermost.spring.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.mattermost.spring.test.devhost.Handshake;
import dev.mattermost.spring.test.devhost.PluginBundle;
import dev.mattermost.spring.test.devhost.PluginProcess;

/**
 * A plugin started by the test kit's launcher the way Mattermost starts it, up to its handshake, with the time from
 * just before the process start to reading the handshake line.
 */
public final class StartedPlugin implements AutoCloseable {

	private static final Duration HANDSHAKE_TIMEOUT = Duration.ofSeconds(30);

	private final PluginProcess process;

	private final Handshake handshake;

	private StartedPlugin(PluginProcess process, Handshake handshake) {
		this.process = process;
		this.handshake = handshake;
	}

	/**
	 * Starts the jar with Mattermost's environment and waits for the handshake.
	 * @param jar the plugin jar
	 * @param jvmOptions extra JVM options, e.g. {@code -XX:TieredStopAtLevel=1}
	 * @param apiTarget the address given as MATTERMOST_PLUGIN_API_TARGET
	 * @return the running plugin
	 * @throws IOException if the working directory cannot be made
	 * @throws dev.mattermost.spring.test.devhost.PluginLaunchException when it does not handshake within 30 s
	 */
	public static StartedPlugin start(Path jar, List<String> jvmOptions, String apiTarget) throws IOException {
		List<String> command = new ArrayList<>();
		command.add(java());
		command.addAll(jvmOptions);
		command.add("-jar");
		command.add(jar.toAbsolutePath().toString());
		return start(command, Files.createTempDirectory("plugin"), apiTarget);
	}

	/**
	 * The java executable running this benchmark, so that plugins start on the same JDK.
	 * @return the path of the java executable
	 */
	public static String java() {
		return ProcessHandle.current().info().command().orElse("java");
	}

	/**
	 * Starts a command with Mattermost's environment and waits for the handshake.
	 * @param command the command, e.g. the bundle's launcher
	 * @param directory the working directory (Mattermost uses the plugin's directory)
	 * @param apiTarget the address given as MATTERMOST_PLUGIN_API_TARGET
	 * @return the running plugin
	 * @throws dev.mattermost.spring.test.devhost.PluginLaunchException when it does not handshake within 30 s
	 */
	public static StartedPlugin start(List<String> command, Path directory, String apiTarget) {
		PluginBundle bundle = new PluginBundle(directory.getFileName().toString(), directory, command, Map.of());
		// A bundle's launcher runs this benchmark's JDK too, so every way of starting is compared on one JVM.
		// Output is not measured: stderr is read and dropped (its last lines explain a failed start).
		PluginProcess process = PluginProcess.start(bundle, apiTarget,
				(environment) -> environment.put("MATTERMOST_PLUGIN_JAVA", java()), (line) -> {
				}, (line) -> {
				});
		try {
			return new StartedPlugin(process, process.awaitHandshake(HANDSHAKE_TIMEOUT));
		}
		catch (RuntimeException ex) {
			process.kill();
			throw ex;
		}
	}

	/**
	 * The port the plugin's gRPC server listens on.
	 * @return the port
	 */
	public int port() {
		String address = this.handshake.address();
		return Integer.parseInt(address.substring(address.lastIndexOf(':') + 1));
	}

	/**
	 * Time from just before starting the process to reading its handshake line.
	 * @return nanoseconds
	 */
	public long startToHandshakeNanos() {
		return this.process.startToFirstStdoutLine().toNanos();
	}

	/**
	 * Asks the plugin to stop (SIGTERM), so that it ends as it would normally, and kills it after 5 s.
	 */
	@Override
	public void close() {
		this.process.toHandle().destroy();
		if (!this.process.awaitExit(Duration.ofSeconds(5))) {
			this.process.kill();
		}
	}

}
