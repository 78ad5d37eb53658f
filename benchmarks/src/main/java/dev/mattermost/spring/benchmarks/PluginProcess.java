package dev.mattermost.spring.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A plugin jar started the way Mattermost starts it, with the time from process start to the handshake line.
 */
public final class PluginProcess implements AutoCloseable {

	private static final Pattern HANDSHAKE = Pattern.compile("1\\|1\\|tcp\\|127\\.0\\.0\\.1:(\\d+)\\|grpc");

	private final Process process;

	private final int port;

	private final long startToHandshakeNanos;

	private PluginProcess(Process process, int port, long startToHandshakeNanos) {
		this.process = process;
		this.port = port;
		this.startToHandshakeNanos = startToHandshakeNanos;
	}

	/**
	 * Starts the jar with Mattermost's environment and waits for the handshake.
	 * @param jar the plugin jar
	 * @param jvmOptions extra JVM options, e.g. {@code -XX:TieredStopAtLevel=1}
	 * @param apiTarget the address given as MATTERMOST_PLUGIN_API_TARGET
	 * @return the running plugin
	 * @throws Exception when it does not handshake within 30 s
	 */
	public static PluginProcess start(Path jar, List<String> jvmOptions, String apiTarget) throws Exception {
		List<String> command = new java.util.ArrayList<>();
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
	 * @throws Exception when it does not handshake within 30 s
	 */
	public static PluginProcess start(List<String> command, Path directory, String apiTarget) throws Exception {
		ProcessBuilder builder = new ProcessBuilder(command);
		Map<String, String> env = builder.environment();
		env.put("MATTERMOST_PLUGIN", "Securely message teams, anywhere.");
		env.put("PLUGIN_MIN_PORT", "10000");
		env.put("PLUGIN_MAX_PORT", "25000");
		env.put("PLUGIN_PROTOCOL_VERSIONS", "1");
		env.put("MATTERMOST_PLUGIN_API_TARGET", apiTarget);
		builder.directory(directory.toFile());
		builder.redirectError(ProcessBuilder.Redirect.DISCARD);
		long start = System.nanoTime();
		Process process = builder.start();
		String line = CompletableFuture.supplyAsync(() -> readLine(process.getInputStream())).get(30, TimeUnit.SECONDS);
		long took = System.nanoTime() - start;
		Matcher matcher = HANDSHAKE.matcher(line);
		if (!matcher.matches()) {
			process.destroyForcibly();
			throw new IllegalStateException("Not a handshake line: " + line);
		}
		return new PluginProcess(process, Integer.parseInt(matcher.group(1)), took);
	}

	/**
	 * The port the plugin's gRPC server listens on.
	 * @return the port
	 */
	public int port() {
		return this.port;
	}

	/**
	 * Time from starting the process to reading its handshake line.
	 * @return nanoseconds
	 */
	public long startToHandshakeNanos() {
		return this.startToHandshakeNanos;
	}

	@Override
	public void close() throws InterruptedException {
		this.process.destroy();
		if (!this.process.waitFor(5, TimeUnit.SECONDS)) {
			this.process.destroyForcibly().waitFor();
		}
	}

	private static String readLine(InputStream in) {
		try {
			StringBuilder line = new StringBuilder();
			int c;
			while ((c = in.read()) != -1 && c != '\n') {
				line.append((char) c);
			}
			return line.toString();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
