package dev.mattermost.spring.maven;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;

import tools.jackson.databind.JsonNode;

import dev.mattermost.spring.maven.ApplicationExtractor.ExtractedApplication;

/**
 * Makes a Mattermost plugin bundle from a Boot executable jar: the exploded bundle directory (plugin.json, the
 * launcher, the application jar and its dependencies) and the installable {@code .tar.gz} of it.
 */
final class PluginBundler {

	/** Where the server runs the launcher from, relative to the plugin's directory. */
	static final String EXECUTABLE = "server/plugin.py";

	static final String APPLICATION_DIRECTORY = "server/app";

	/**
	 * Builds the bundle.
	 * @param request what to build from and how
	 * @return what was written
	 * @throws IOException if reading or writing fails
	 * @throws BundleException if the input or configuration is not usable
	 */
	Bundle bundle(BundleRequest request) throws IOException {
		String iconPath = (request.icon() != null) ? "assets/" + checkIcon(request.icon()) : null;
		JsonNode settingsSchema = (request.settingsSchema() != null) ? SettingsSchema.read(request.settingsSchema())
				: null;
		PluginManifest manifest = new PluginManifest(request.id(), name(request), request.description(),
				request.version(), request.minServerVersion(), request.homepageUrl(), request.supportUrl(), iconPath,
				EXECUTABLE, settingsSchema);
		Path directory = request.outputDirectory().resolve("mattermost-plugin").resolve(request.id());
		Path archive = request.outputDirectory().resolve(request.id() + "-" + request.version() + ".tar.gz");
		try (BootJar boot = BootJar.open(request.sourceJar())) {
			Instant timestamp = (request.timestamp() != null) ? request.timestamp() : timeOf(boot);
			deleteRecursively(directory);
			Files.createDirectories(directory);
			String jarName = request.sourceJar().getFileName().toString();
			ExtractedApplication application = new ApplicationExtractor(request.aot(), timestamp).extract(boot,
					directory.resolve(APPLICATION_DIRECTORY), jarName);
			TrainingResult training = train(request, application.jar(), timestamp);
			Path launcher = directory.resolve(EXECUTABLE);
			Files.writeString(launcher, LauncherScript.render("app/" + jarName, request.jvmArguments(),
					request.java()), StandardCharsets.UTF_8);
			makeExecutable(launcher);
			Files.writeString(directory.resolve("plugin.json"), manifest.toJson(), StandardCharsets.UTF_8);
			if (iconPath != null) {
				Files.createDirectories(directory.resolve("assets"));
				Files.copy(request.icon(), directory.resolve(iconPath));
			}
			writeArchive(directory, request.id(), archive, timestamp);
			return new Bundle(directory, application.jar(), archive, manifest, application.aot(),
					application.libraries().size(), training);
		}
	}

	// A plugin that cannot start on the build machine still gets its bundle, only without the recorded classes.
	private static TrainingResult train(BundleRequest request, Path applicationJar, Instant timestamp) {
		if (request.training() == null) {
			return new TrainingResult(0, null);
		}
		try {
			return new TrainingResult(request.training().record(applicationJar, request.jvmArguments(), timestamp),
					null);
		}
		catch (IOException ex) {
			return new TrainingResult(0, ex.getMessage());
		}
	}

	private static String name(BundleRequest request) {
		// Maven names a project without <name> "Unnamed - group:artifact:..."; the id reads better than that.
		String name = request.name();
		return (name == null || name.isBlank() || name.startsWith("Unnamed - ")) ? request.id() : name;
	}

	private static String checkIcon(Path icon) {
		String fileName = icon.getFileName().toString();
		if (!Files.isRegularFile(icon)) {
			throw new BundleException("The icon " + icon + " does not exist.");
		}
		if (!fileName.toLowerCase(Locale.ROOT).endsWith(".svg")) {
			throw new BundleException("The icon " + icon + " is not an SVG file; Mattermost supports no bitmap "
					+ "formats for plugin icons.");
		}
		return fileName;
	}

	// Without project.build.outputTimestamp the Boot jar's own time stands in: fixed for a given jar.
	private static Instant timeOf(BootJar boot) {
		return boot.entries()
			.stream()
			.filter((entry) -> entry.getName().equals(JarFile.MANIFEST_NAME))
			.findFirst()
			.map(ZipEntry::getTimeLocal)
			.map((time) -> time.toInstant(ZoneOffset.UTC))
			.orElse(Instant.EPOCH);
	}

	private static void writeArchive(Path directory, String id, Path archive, Instant timestamp) throws IOException {
		List<Path> paths = new ArrayList<>();
		try (Stream<Path> walk = Files.walk(directory)) {
			walk.filter((path) -> !path.equals(directory)).forEach(paths::add);
		}
		List<String[]> entries = new ArrayList<>();
		for (Path path : paths) {
			String relative = directory.relativize(path).toString().replace('\\', '/');
			entries.add(new String[] { Files.isDirectory(path) ? relative + "/" : relative, path.toString() });
		}
		entries.sort(Comparator.comparing((String[] entry) -> entry[0]));
		Files.createDirectories(archive.getParent());
		try (OutputStream file = Files.newOutputStream(archive); TarGzWriter tar = new TarGzWriter(file, timestamp)) {
			tar.directory(id + "/");
			for (String[] entry : entries) {
				String name = id + "/" + entry[0];
				if (entry[0].endsWith("/")) {
					tar.directory(name);
				}
				else {
					int mode = entry[0].equals(EXECUTABLE) ? TarGzWriter.EXECUTABLE_MODE : TarGzWriter.FILE_MODE;
					tar.file(name, mode, Path.of(entry[1]));
				}
			}
		}
	}

	private static void makeExecutable(Path file) throws IOException {
		try {
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
		}
		catch (UnsupportedOperationException ex) {
			// not a POSIX file system (Windows): the archive still records the mode
			file.toFile().setExecutable(true, false);
		}
	}

	static void deleteRecursively(Path directory) throws IOException {
		if (!Files.exists(directory)) {
			return;
		}
		List<Path> paths;
		try (Stream<Path> walk = Files.walk(directory)) {
			paths = walk.sorted(Comparator.reverseOrder()).toList();
		}
		for (Path path : paths) {
			try {
				Files.delete(path);
			}
			catch (FileSystemException ex) {
				throw new IOException("Cannot clear the previous bundle directory " + directory + ": " + ex.getMessage(),
						ex);
			}
		}
	}

	/**
	 * What to bundle and how.
	 *
	 * @param sourceJar the Boot executable jar
	 * @param outputDirectory the build directory; the bundle goes to {@code mattermost-plugin/<id>/} in it and the
	 * archive beside
	 * @param id the plugin id
	 * @param name the plugin name, or {@code null} for the id
	 * @param description the description, or {@code null}
	 * @param version the plugin version
	 * @param minServerVersion the lowest server version, or {@code null}
	 * @param homepageUrl the homepage, or {@code null}
	 * @param supportUrl the support link, or {@code null}
	 * @param icon an SVG icon file to include, or {@code null}
	 * @param settingsSchema a JSON file with the settings schema, or {@code null}
	 * @param jvmArguments the JVM options for the launcher
	 * @param java the java executable baked into the launcher, or {@code null}
	 * @param aot whether Spring AOT may be turned on
	 * @param timestamp the time of every archive entry, or {@code null} for the Boot jar's own time
	 * @param training the start-up training to record the classes to preload, or {@code null} for none
	 */
	record BundleRequest(Path sourceJar, Path outputDirectory, String id, String name, String description,
			String version, String minServerVersion, String homepageUrl, String supportUrl, Path icon,
			Path settingsSchema, List<String> jvmArguments, String java, AotMode aot, Instant timestamp,
			StartupTraining training) {

		BundleRequest {
			PluginManifest.checkId(id);
			jvmArguments = (jvmArguments != null) ? List.copyOf(jvmArguments) : List.of();
			aot = (aot != null) ? aot : AotMode.AUTO;
		}

	}

	/**
	 * A built bundle.
	 *
	 * @param directory the exploded bundle directory
	 * @param applicationJar the application jar in it
	 * @param archive the installable archive
	 * @param manifest the manifest written as plugin.json
	 * @param aot what became of Spring AOT
	 * @param libraries how many dependency jars the application has
	 * @param training what the start-up training recorded
	 */
	record Bundle(Path directory, Path applicationJar, Path archive, PluginManifest manifest,
			ApplicationExtractor.Aot aot, int libraries, TrainingResult training) {
	}

	/**
	 * What the start-up training recorded.
	 *
	 * @param startupClasses how many classes the application jar lists for preloading
	 * @param problem why there is no list although training was asked for, or {@code null}
	 */
	record TrainingResult(int startupClasses, String problem) {
	}

}
