package dev.mattermost.spring.test.devhost;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * A plugin running as a child process, started the way go-plugin starts it: the parent's environment plus the
 * server's variables, the plugin directory as working directory, stdout read for the handshake line and drained
 * after it, stderr read line by line.
 */
public final class PluginProcess {

	/** go-plugin's magic cookie for Mattermost plugins. */
	public static final String MAGIC_COOKIE_KEY = "MATTERMOST_PLUGIN";

	/** The value of the magic cookie. */
	public static final String MAGIC_COOKIE_VALUE = "Securely message teams, anywhere.";

	private static final int REMEMBERED_STDERR_LINES = 20;

	private final Process process;

	private final String name;

	private final long startNanos;

	private volatile long firstStdoutLineNanos;

	private final CompletableFuture<String> firstStdoutLine = new CompletableFuture<>();

	private final Deque<String> lastStderrLines = new ArrayDeque<>();

	private final Thread stdoutReader;

	private final Thread stderrReader;

	private PluginProcess(Process process, long startNanos, String name, Consumer<String> stderr,
			Consumer<String> laterStdout) {
		this.process = process;
		this.startNanos = startNanos;
		this.name = name;
		this.stdoutReader = reader("plugin-stdout", process.getInputStream(), (line) -> {
			if (!this.firstStdoutLine.isDone()) {
				// Taken before the line is handed on, so that the time ends when the line was read.
				this.firstStdoutLineNanos = System.nanoTime();
				this.firstStdoutLine.complete(line);
			}
			else {
				laterStdout.accept(line);
			}
		}, () -> this.firstStdoutLine.complete(null));
		this.stderrReader = reader("plugin-stderr", process.getErrorStream(), (line) -> {
			synchronized (this.lastStderrLines) {
				if (this.lastStderrLines.size() == REMEMBERED_STDERR_LINES) {
					this.lastStderrLines.removeFirst();
				}
				this.lastStderrLines.addLast(line);
			}
			stderr.accept(line);
		}, () -> {
		});
		this.stdoutReader.start();
		this.stderrReader.start();
	}

	/**
	 * Starts a plugin.
	 * @param bundle the plugin
	 * @param apiTarget the address of the Mattermost API the plugin calls back, {@code host:port}
	 * @param stderr receives each stderr line
	 * @param laterStdout receives each stdout line after the first, which the server throws away
	 * @return the running process
	 * @throws PluginLaunchException if the process cannot be started
	 */
	public static PluginProcess start(PluginBundle bundle, String apiTarget, Consumer<String> stderr,
			Consumer<String> laterStdout) {
		return start(bundle, apiTarget, (environment) -> {
		}, stderr, laterStdout);
	}

	/**
	 * Starts a plugin from a server whose own environment is not this JVM's, for example one without a variable
	 * this JVM has, or with another {@code JAVA_HOME}.
	 * @param bundle the plugin
	 * @param apiTarget the address of the Mattermost API the plugin calls back, {@code host:port}
	 * @param serverEnvironment changes this JVM's environment into the server's; the variables the server sets for
	 * its plugins are put over it afterwards, so it cannot change those
	 * @param stderr receives each stderr line
	 * @param laterStdout receives each stdout line after the first, which the server throws away
	 * @return the running process
	 * @throws PluginLaunchException if the process cannot be started
	 */
	public static PluginProcess start(PluginBundle bundle, String apiTarget,
			Consumer<Map<String, String>> serverEnvironment, Consumer<String> stderr, Consumer<String> laterStdout) {
		ProcessBuilder builder = new ProcessBuilder(bundle.command()).directory(bundle.directory().toFile());
		Map<String, String> env = builder.environment();
		serverEnvironment.accept(env);
		env.put("MATTERMOST_PLUGIN_API_TARGET", apiTarget);
		env.put(MAGIC_COOKIE_KEY, MAGIC_COOKIE_VALUE);
		env.put("PLUGIN_MIN_PORT", "10000");
		env.put("PLUGIN_MAX_PORT", "25000");
		env.put("PLUGIN_PROTOCOL_VERSIONS", "1");
		Process process;
		long startNanos = System.nanoTime();
		try {
			process = builder.start();
		}
		catch (IOException ex) {
			throw new PluginLaunchException("Cannot start the plugin with " + bundle.command() + ": " + ex.getMessage(),
					ex);
		}
		try {
			// The plugin gets no input; it must not wait for any.
			process.getOutputStream().close();
		}
		catch (IOException ex) {
			// Nothing to do: the process may already be gone, which the handshake wait reports.
		}
		return new PluginProcess(process, startNanos, String.join(" ", bundle.command()), stderr, laterStdout);
	}

	/**
	 * Waits for the first stdout line and reads it as the handshake.
	 * @param timeout how long the server waits for it (10 s for gRPC plugins)
	 * @return the handshake
	 * @throws PluginLaunchException explaining what the plugin did instead
	 */
	public Handshake awaitHandshake(Duration timeout) {
		return Handshake.parse(awaitFirstStdoutLine(timeout));
	}

	/**
	 * Waits for the first stdout line, the one the server reads as the handshake, and returns it as printed, for
	 * checks stricter than the server's.
	 * @param timeout how long the server waits for it (10 s for gRPC plugins)
	 * @return the line, without its line ending
	 * @throws PluginLaunchException if the plugin prints no line in time, or ends its stdout without one
	 */
	public String awaitFirstStdoutLine(Duration timeout) {
		String line;
		try {
			line = this.firstStdoutLine.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException ex) {
			throw new PluginLaunchException("The plugin did not print the go-plugin handshake line within "
					+ seconds(timeout) + " (the server's start timeout for gRPC plugins). The first stdout line must "
					+ "be '1|1|tcp|127.0.0.1:<port>|grpc', printed as soon as the plugin's gRPC server listens; the "
					+ "server gives up with \"timeout while waiting for plugin to start\"." + stderrTail());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new PluginLaunchException("Interrupted while waiting for the handshake line", ex);
		}
		catch (ExecutionException ex) {
			throw new PluginLaunchException("Cannot read the plugin's stdout: " + ex.getCause().getMessage(), ex);
		}
		if (line == null) {
			awaitExit(Duration.ofSeconds(2));
			String how = this.process.isAlive() ? "closed its stdout"
					: "exited with code " + this.process.exitValue();
			throw new PluginLaunchException("The plugin " + how + " before printing the go-plugin handshake line '"
					+ "1|1|tcp|127.0.0.1:<port>|grpc'." + stderrTail());
		}
		return line;
	}

	/**
	 * The time from just before the process was started to the moment its first stdout line was read: the
	 * start-to-handshake time the server sees.
	 * @return the time
	 * @throws IllegalStateException if no stdout line has been read yet
	 */
	public Duration startToFirstStdoutLine() {
		if (!this.firstStdoutLine.isDone() || this.firstStdoutLine.getNow(null) == null) {
			throw new IllegalStateException("The plugin has printed no line on stdout yet");
		}
		return Duration.ofNanos(this.firstStdoutLineNanos - this.startNanos);
	}

	/**
	 * Completes when the process has exited.
	 * @return the exit future
	 */
	public CompletableFuture<Process> onExit() {
		return this.process.onExit();
	}

	/**
	 * Whether the process is still running.
	 * @return {@code true} if alive
	 */
	public boolean isAlive() {
		return this.process.isAlive();
	}

	/**
	 * The exit code of the ended process.
	 * @return the exit code
	 * @throws IllegalThreadStateException if it is still running
	 */
	public int exitValue() {
		return this.process.exitValue();
	}

	/**
	 * The process, for what this class does not offer, such as {@link ProcessHandle#info()} or a
	 * {@link ProcessHandle#destroy() polite stop} (SIGTERM).
	 * @return the handle of the process
	 */
	public ProcessHandle toHandle() {
		return this.process.toHandle();
	}

	/**
	 * The process id.
	 * @return the pid
	 */
	public long pid() {
		return this.process.pid();
	}

	/**
	 * Waits for the process to exit.
	 * @param timeout how long to wait
	 * @return {@code true} if it exited in time
	 */
	public boolean awaitExit(Duration timeout) {
		try {
			boolean exited = this.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
			if (exited) {
				// Let the readers pass on what the process wrote last, so crash reports include it.
				this.stderrReader.join(1000);
				this.stdoutReader.join(1000);
			}
			return exited;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/**
	 * Kills the process and anything it started, as go-plugin does after the grace period (SIGKILL).
	 */
	public void kill() {
		this.process.descendants().forEach(ProcessHandle::destroyForcibly);
		this.process.destroyForcibly();
		awaitExit(Duration.ofSeconds(5));
	}

	/**
	 * The last lines the plugin wrote to stderr.
	 * @return up to 20 lines, oldest first
	 */
	public List<String> lastStderrLines() {
		synchronized (this.lastStderrLines) {
			return new ArrayList<>(this.lastStderrLines);
		}
	}

	/**
	 * The last stderr lines as an indented block to append to a report, or nothing if there were none.
	 * @return the block
	 */
	public String stderrTail() {
		List<String> lines = lastStderrLines();
		if (lines.isEmpty()) {
			return "\nThe plugin wrote nothing to stderr.";
		}
		StringBuilder text = new StringBuilder("\nLast stderr lines of " + this.name + ":");
		lines.forEach((line) -> text.append("\n  | ").append(line));
		return text.toString();
	}

	private static Thread reader(String threadName, InputStream stream, Consumer<String> lines, Runnable atEnd) {
		Thread thread = new Thread(() -> {
			try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
				String line;
				while ((line = reader.readLine()) != null) {
					lines.accept(line);
				}
			}
			catch (IOException ex) {
				// The pipe closed under us: the process is gone, which the exit future reports.
			}
			finally {
				atEnd.run();
			}
		}, threadName);
		thread.setDaemon(true);
		return thread;
	}

	private static String seconds(Duration timeout) {
		return (timeout.toMillis() % 1000 == 0) ? (timeout.toSeconds() + " s") : (timeout.toMillis() + " ms");
	}

}
