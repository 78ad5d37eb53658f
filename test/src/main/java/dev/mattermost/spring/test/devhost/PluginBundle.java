package dev.mattermost.spring.test.devhost;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A plugin ready to launch: its id, the directory the server runs it in, its command line and the defaults of its
 * settings. Made from an executable jar or from a bundle directory holding {@code plugin.json}.
 *
 * @param id the plugin id, used in {@code /plugins/<id>/} URLs
 * @param directory the working directory of the plugin process (the plugin's directory on the server)
 * @param command the command line
 * @param defaultSettings the defaults from {@code settings_schema}, by setting key
 */
public record PluginBundle(String id, Path directory, List<String> command, Map<String, Object> defaultSettings) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/**
	 * Resolves a jar or a bundle directory.
	 * @param path an executable jar, or a directory with {@code plugin.json}
	 * @param idOverride the plugin id to use instead of the manifest's, or {@code null}
	 * @param java the {@code java} executable that runs jars
	 * @return the bundle
	 * @throws PluginLaunchException if the path is not a usable plugin
	 */
	public static PluginBundle resolve(Path path, @Nullable String idOverride, String java) {
		Path plugin = path.toAbsolutePath().normalize();
		if (Files.isDirectory(plugin)) {
			return fromDirectory(plugin, idOverride, java);
		}
		if (Files.isRegularFile(plugin) && plugin.getFileName().toString().endsWith(".jar")) {
			return fromJar(plugin, idOverride, java);
		}
		throw new PluginLaunchException("'" + path + "' is neither a plugin jar nor a bundle directory with "
				+ "plugin.json.");
	}

	private static PluginBundle fromDirectory(Path directory, @Nullable String idOverride, String java) {
		Path manifestFile = directory.resolve("plugin.json");
		if (!Files.isRegularFile(manifestFile)) {
			throw new PluginLaunchException("The bundle directory '" + directory + "' has no plugin.json.");
		}
		JsonNode manifest;
		try {
			manifest = JSON.readTree(Files.readString(manifestFile));
		}
		catch (IOException | JacksonException ex) {
			throw new PluginLaunchException("Cannot read " + manifestFile + ": " + ex.getMessage(), ex);
		}
		String executable = executable(manifest);
		if (executable == null) {
			throw new PluginLaunchException(manifestFile + " names no server executable: set \"server\": "
					+ "{\"executable\": \"...\"} (or \"executables\": {\"" + platform() + "\": \"...\"}).");
		}
		Path program = directory.resolve(executable).normalize();
		if (!Files.isRegularFile(program)) {
			throw new PluginLaunchException("The server executable '" + executable + "' named in " + manifestFile
					+ " does not exist.");
		}
		List<String> command;
		if (program.getFileName().toString().endsWith(".jar")) {
			command = List.of(java, "-jar", program.toString());
		}
		else if (!Files.isExecutable(program)) {
			throw new PluginLaunchException("The server executable '" + program + "' is not executable "
					+ "(chmod +x it).");
		}
		else {
			command = List.of(program.toString());
		}
		return new PluginBundle(id(manifest, idOverride, directory.getFileName().toString()), directory, command,
				defaults(manifest));
	}

	private static PluginBundle fromJar(Path jar, @Nullable String idOverride, String java) {
		JsonNode manifest = null;
		Path beside = jar.resolveSibling("plugin.json");
		try {
			if (Files.isRegularFile(beside)) {
				manifest = JSON.readTree(Files.readString(beside));
			}
			else {
				manifest = manifestInJar(jar);
			}
		}
		catch (IOException | JacksonException ex) {
			throw new PluginLaunchException("Cannot read the plugin manifest of " + jar + ": " + ex.getMessage(), ex);
		}
		String fileName = jar.getFileName().toString();
		String fallbackId = fileName.substring(0, fileName.length() - ".jar".length());
		return new PluginBundle(id(manifest, idOverride, fallbackId), jar.getParent(),
				List.of(java, "-jar", jar.toString()), (manifest != null) ? defaults(manifest) : Map.of());
	}

	private static @Nullable JsonNode manifestInJar(Path jar) throws IOException {
		try (JarFile file = new JarFile(jar.toFile())) {
			for (String name : List.of("plugin.json", "BOOT-INF/classes/plugin.json")) {
				ZipEntry entry = file.getEntry(name);
				if (entry != null) {
					try (InputStream in = file.getInputStream(entry)) {
						return JSON.readTree(in);
					}
				}
			}
		}
		return null;
	}

	private static @Nullable String executable(JsonNode manifest) {
		JsonNode server = manifest.get("server");
		if (server == null) {
			return null;
		}
		JsonNode executables = server.get("executables");
		if (executables != null && executables.get(platform()) != null) {
			return executables.get(platform()).asString();
		}
		JsonNode executable = server.get("executable");
		return (executable != null && !executable.asString().isEmpty()) ? executable.asString() : null;
	}

	private static String id(@Nullable JsonNode manifest, @Nullable String idOverride, String fallback) {
		if (idOverride != null) {
			return idOverride;
		}
		JsonNode id = (manifest != null) ? manifest.get("id") : null;
		return (id != null && !id.asString().isEmpty()) ? id.asString() : fallback;
	}

	private static Map<String, Object> defaults(JsonNode manifest) {
		Map<String, Object> defaults = new LinkedHashMap<>();
		JsonNode settings = manifest.path("settings_schema").path("settings");
		for (JsonNode setting : settings) {
			JsonNode key = setting.get("key");
			JsonNode value = setting.get("default");
			if (key != null && value != null && !value.isNull()) {
				defaults.put(key.asString(), JSON.treeToValue(value, Object.class));
			}
		}
		return defaults;
	}

	// Mattermost's keys for per-platform executables, e.g. linux-amd64, darwin-arm64.
	static String platform() {
		String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
		String osKey = os.contains("mac") ? "darwin" : os.contains("win") ? "windows" : "linux";
		String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
		String archKey = (arch.equals("aarch64") || arch.equals("arm64")) ? "arm64" : "amd64";
		return osKey + "-" + archKey;
	}

}
