package dev.mattermost.spring.sample;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.grpc.ManagedChannel;
import io.grpc.netty.NettyChannelBuilder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A plugin process started with the environment Mattermost gives it, read up to its go-plugin handshake and connected
 * to over TCP, as the server does.
 */
final class PluginUnderTest implements AutoCloseable {

	private static final Pattern HANDSHAKE = Pattern.compile("1\\|1\\|tcp\\|127\\.0\\.0\\.1:(\\d+)\\|grpc");

	private final Process process;

	private final ManagedChannel channel;

	private final List<String> stdout;

	private final List<String> stderr;

	private PluginUnderTest(Process process, ManagedChannel channel, List<String> stdout, List<String> stderr) {
		this.process = process;
		this.channel = channel;
		this.stdout = stdout;
		this.stderr = stderr;
	}

	/**
	 * Starts the command with the server's environment and waits for the handshake, which must be the first line on
	 * stdout and name a port in the server's range.
	 * @param builder the command and working directory
	 * @param apiTarget the address of Mattermost's PluginAPI server
	 * @return the running plugin, connected
	 * @throws Exception if it does not start or handshake in time
	 */
	static PluginUnderTest start(ProcessBuilder builder, String apiTarget) throws Exception {
		Map<String, String> env = builder.environment();
		env.put("MATTERMOST_PLUGIN", "Securely message teams, anywhere.");
		env.put("PLUGIN_MIN_PORT", "10000");
		env.put("PLUGIN_MAX_PORT", "25000");
		env.put("PLUGIN_PROTOCOL_VERSIONS", "1");
		env.put("MATTERMOST_PLUGIN_API_TARGET", apiTarget);
		Process process = builder.start();
		List<String> stdout = Collections.synchronizedList(new ArrayList<>());
		List<String> stderr = Collections.synchronizedList(new ArrayList<>());
		try {
			drain(process.getErrorStream(), stderr);
			CompletableFuture<String> firstLine = CompletableFuture.supplyAsync(() -> readLine(process.getInputStream()));
			// Mattermost gives a plugin 10 s to handshake; a machine busy with other builds may need longer.
			String handshake = firstLine.get(Long.getLong("plugin.handshake.timeout.seconds", 10), TimeUnit.SECONDS);
			drain(process.getInputStream(), stdout);
			Matcher matcher = HANDSHAKE.matcher(handshake);
			assertThat(matcher.matches()).as("first stdout line '%s' is the go-plugin handshake (stderr: %s)",
					handshake, stderr).isTrue();
			int port = Integer.parseInt(matcher.group(1));
			assertThat(port).isBetween(10000, 25000);
			ManagedChannel channel = NettyChannelBuilder.forAddress("127.0.0.1", port).usePlaintext().build();
			return new PluginUnderTest(process, channel, stdout, stderr);
		}
		catch (Exception | AssertionError ex) {
			process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
			throw ex;
		}
	}

	Process process() {
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
			this.process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
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

	private static void drain(InputStream in, List<String> into) {
		Thread thread = new Thread(() -> {
			try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
				String line;
				while ((line = reader.readLine()) != null) {
					into.add(line);
				}
			}
			catch (IOException ex) {
				// the stream closes when the process exits
			}
		});
		thread.setDaemon(true);
		thread.start();
	}

}
