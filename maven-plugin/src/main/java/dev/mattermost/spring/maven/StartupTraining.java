package dev.mattermost.spring.maven;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

/**
 * Starts the extracted application once at build time, as Mattermost would, and records which classes it loaded
 * up to its handshake, in order, into the application jar; the starter's preloader then loads them on a second
 * core while the main thread starts the application, which takes a good part off the time to the handshake.
 */
final class StartupTraining {

	/** Where the starter's preloader looks for the list. */
	static final String STARTUP_CLASSES = "META-INF/mattermost-plugin/startup-classes.txt";

	/** The starter loads this class to print the handshake: what came after it is not start-up. */
	static final String HANDSHAKE_CLASS = "dev.mattermost.spring.runtime.HandshakeLine";

	private static final Pattern HANDSHAKE = Pattern.compile("1\\|1\\|tcp\\|[^|]+\\|grpc");

	// Classes from the JDK's own CDS archive cost next to nothing; lambdas and proxies are made, not loaded.
	private static final Pattern LOADED_FROM_FILE = Pattern.compile("^(\\S+) source: (jrt:/|file:|jar:).*");

	private final Path java;

	private final Duration timeout;

	private final String handshakeClass;

	/**
	 * Creates the training.
	 * @param java the java executable to start the application with
	 * @param timeout how long the application may take to print its handshake
	 */
	StartupTraining(Path java, Duration timeout) {
		this(java, timeout, HANDSHAKE_CLASS);
	}

	StartupTraining(Path java, Duration timeout, String handshakeClass) {
		this.java = java;
		this.timeout = timeout;
		this.handshakeClass = handshakeClass;
	}

	/**
	 * Starts the application, waits for its handshake, stops it and adds the list of classes to its jar.
	 * @param applicationJar the extracted application jar
	 * @param jvmArguments the JVM options the launcher will use
	 * @param entryTime the time to give the added jar entry
	 * @return how many classes were recorded
	 * @throws IOException if the application could not be started or did not print its handshake in time,
	 * with what it wrote to stderr
	 */
	int record(Path applicationJar, List<String> jvmArguments, Instant entryTime) throws IOException {
		Path workDirectory = Files.createTempDirectory("mattermost-plugin-training");
		try {
			Path log = workDirectory.resolve("classes.log");
			List<String> command = new ArrayList<>();
			command.add(this.java.toString());
			command.addAll(jvmArguments);
			// as the launcher does: the JVM's warnings on stdout would stand where the handshake must be
			command.add("-Xlog:disable");
			command.add("-Xlog:all=warning:stderr");
			command.add("-Xlog:class+load=info:file=" + log + ":none");
			command.add("-Dmattermost.plugin.startup-preload=false");
			command.add("-jar");
			command.add(applicationJar.toAbsolutePath().toString());
			ProcessBuilder builder = new ProcessBuilder(command).directory(workDirectory.toFile())
				.redirectError(workDirectory.resolve("stderr.log").toFile());
			Map<String, String> environment = builder.environment();
			// the server's environment, without a PluginAPI server: nothing calls the plugin during training
			environment.put("MATTERMOST_PLUGIN", "Securely message teams, anywhere.");
			environment.put("PLUGIN_MIN_PORT", "10000");
			environment.put("PLUGIN_MAX_PORT", "25000");
			environment.put("PLUGIN_PROTOCOL_VERSIONS", "1");
			environment.remove("MATTERMOST_PLUGIN_API_TARGET");
			Process process = builder.start();
			try {
				awaitHandshake(process, workDirectory.resolve("stderr.log"));
			}
			finally {
				process.destroy();
				if (!waitFor(process, 10)) {
					process.destroyForcibly();
					waitFor(process, 10);
				}
			}
			List<String> classes = startupClasses(Files.readAllLines(log, StandardCharsets.UTF_8), this.handshakeClass);
			addToJar(applicationJar, classes, entryTime);
			return classes.size();
		}
		finally {
			PluginBundler.deleteRecursively(workDirectory);
		}
	}

	/**
	 * The classes loaded from files before the handshake class, in load order.
	 * @param logLines the lines of {@code -Xlog:class+load} without decorations
	 * @param handshakeClass the class whose loading marks the handshake
	 * @return the class names
	 */
	static List<String> startupClasses(List<String> logLines, String handshakeClass) {
		List<String> classes = new ArrayList<>();
		for (String line : logLines) {
			var matcher = LOADED_FROM_FILE.matcher(line);
			if (!matcher.matches()) {
				continue;
			}
			String name = matcher.group(1);
			if (name.equals(handshakeClass)) {
				break;
			}
			classes.add(name);
		}
		return classes;
	}

	private void awaitHandshake(Process process, Path stderr) throws IOException {
		CompletableFuture<String> handshake = new CompletableFuture<>();
		Thread reader = new Thread(() -> readStdout(process.getInputStream(), handshake), "training-stdout");
		reader.setDaemon(true);
		reader.start();
		String line;
		try {
			line = handshake.get(this.timeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException ex) {
			throw failure("did not print its handshake within " + this.timeout.toSeconds() + " s", stderr);
		}
		catch (ExecutionException ex) {
			throw failure("could not be read: " + ex.getCause(), stderr);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("Interrupted while waiting for the application's handshake", ex);
		}
		if (line == null || !HANDSHAKE.matcher(line).matches()) {
			throw failure((line != null) ? "printed '" + line + "' instead of its handshake"
					: "exited before its handshake", stderr);
		}
	}

	private static IOException failure(String what, Path stderr) throws IOException {
		List<String> lines = Files.exists(stderr) ? Files.readAllLines(stderr, StandardCharsets.UTF_8) : List.of();
		String tail = String.join(System.lineSeparator(), lines.subList(Math.max(0, lines.size() - 20), lines.size()));
		return new IOException("The application " + what + (tail.isEmpty() ? "" : "; its last output:"
				+ System.lineSeparator() + tail));
	}

	private static void readStdout(InputStream in, CompletableFuture<String> firstLine) {
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			firstLine.complete(reader.readLine());
			// keep draining so that the application never blocks on a full pipe while it is stopped
			while (reader.readLine() != null) {
				// discard
			}
		}
		catch (IOException ex) {
			firstLine.completeExceptionally(ex);
		}
	}

	private static boolean waitFor(Process process, int seconds) {
		try {
			return process.waitFor(seconds, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private static void addToJar(Path jar, List<String> classes, Instant entryTime) throws IOException {
		URI uri = URI.create("jar:" + jar.toAbsolutePath().toUri());
		try (FileSystem zip = FileSystems.newFileSystem(uri, Map.of())) {
			Path list = zip.getPath(STARTUP_CLASSES);
			Files.createDirectories(list.getParent());
			Files.writeString(list, String.join("\n", classes) + "\n", StandardCharsets.UTF_8);
			Files.setLastModifiedTime(list, FileTime.from(entryTime));
			Files.setLastModifiedTime(list.getParent(), FileTime.from(entryTime));
		}
	}

}
