package dev.mattermost.spring.maven;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Mattermost's {@code plugin.json} for a plugin that the server starts through the launcher script, checked with the
 * rules the server applies when it installs a bundle.
 *
 * @param id the plugin id
 * @param name the name shown in the System Console
 * @param description what the plugin does, or {@code null}
 * @param version the plugin version, semantic versioning
 * @param minServerVersion the lowest Mattermost version the plugin runs on, or {@code null}
 * @param homepageUrl a link to learn more, or {@code null}
 * @param supportUrl where to report issues, or {@code null}
 * @param iconPath the bundle-relative path of an SVG icon, or {@code null}
 * @param executable the bundle-relative path of the server executable
 * @param settingsSchema the {@code settings_schema} object, or {@code null}
 */
record PluginManifest(String id, String name, String description, String version, String minServerVersion,
		String homepageUrl, String supportUrl, String iconPath, String executable, JsonNode settingsSchema) {

	/** The server treats a plugin whose {@code server.runtime} is {@code python} as a gRPC plugin. */
	static final String RUNTIME = "python";

	private static final Pattern ID = Pattern.compile("[a-zA-Z0-9\\-_.]+");

	private static final int MIN_ID_LENGTH = 3;

	private static final int MAX_ID_LENGTH = 190;

	// blang/semver, which the server parses versions with: no leading zeros, optional pre-release and build parts.
	private static final String NUMBER = "(0|[1-9][0-9]*)";

	private static final String PRE_RELEASE_PART = "(0|[1-9][0-9]*|[0-9]*[a-zA-Z-][0-9a-zA-Z-]*)";

	private static final Pattern SEMVER = Pattern.compile(NUMBER + "\\." + NUMBER + "\\." + NUMBER + "(-"
			+ PRE_RELEASE_PART + "(\\." + PRE_RELEASE_PART + ")*)?(\\+[0-9a-zA-Z-]+(\\.[0-9a-zA-Z-]+)*)?");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	PluginManifest {
		checkId(id);
		if (name == null || name.isBlank()) {
			throw new BundleException("The plugin needs a name (Mattermost refuses a manifest without one): set "
					+ "<name> in the pom or the goal's <name> parameter.");
		}
		checkVersion("version", version);
		if (minServerVersion != null) {
			checkVersion("minServerVersion", minServerVersion);
		}
		checkUrl("homepageUrl", homepageUrl);
		checkUrl("supportUrl", supportUrl);
	}

	/**
	 * Checks a plugin id against Mattermost's rule: 3 to 190 characters, letters, digits, {@code -}, {@code _} and
	 * {@code .}, because the server uses it in file paths and URLs.
	 * @param id the id to check
	 * @throws BundleException if the id is not valid
	 */
	static void checkId(String id) {
		if (id == null || id.isEmpty()) {
			throw new BundleException("The plugin has no id: set the goal's <pluginId> parameter (or "
					+ "mattermost.plugin.id in application.properties).");
		}
		int length = id.codePointCount(0, id.length());
		if (length < MIN_ID_LENGTH || length > MAX_ID_LENGTH || !ID.matcher(id).matches()) {
			throw new BundleException("Invalid plugin id '" + id + "': Mattermost requires " + MIN_ID_LENGTH + " to "
					+ MAX_ID_LENGTH + " characters, each a letter, a digit, '-', '_' or '.' (the id is used in file "
					+ "paths and URLs). Reverse-DNS ids such as com.example.myplugin are conventional.");
		}
	}

	/**
	 * Whether the server will see a different id: it lowercases the id it reads from {@code plugin.json}.
	 * @return {@code true} if the id has upper-case letters
	 */
	boolean idChangesOnServer() {
		return !this.id.equals(this.id.toLowerCase(Locale.ROOT));
	}

	private static void checkVersion(String parameter, String version) {
		if (version == null || !SEMVER.matcher(version).matches()) {
			throw new BundleException(parameter + " '" + version + "' is not a semantic version (MAJOR.MINOR.PATCH "
					+ "with an optional -pre-release, e.g. 1.2.0 or 1.2.0-SNAPSHOT): Mattermost refuses to install a "
					+ "bundle whose manifest has one.");
		}
	}

	private static void checkUrl(String parameter, String url) {
		if (url == null) {
			return;
		}
		try {
			URI uri = new URI(url);
			String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
			if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
				return;
			}
		}
		catch (URISyntaxException ex) {
			// reported below
		}
		throw new BundleException(parameter + " '" + url + "' is not an http(s) URL; Mattermost refuses it.");
	}

	/**
	 * Renders {@code plugin.json}.
	 * @return the JSON text, indented, ending with a line break
	 */
	String toJson() {
		ObjectNode json = JSON.createObjectNode();
		json.put("id", this.id);
		json.put("name", this.name);
		putIfPresent(json, "description", this.description);
		putIfPresent(json, "homepage_url", this.homepageUrl);
		putIfPresent(json, "support_url", this.supportUrl);
		putIfPresent(json, "icon_path", this.iconPath);
		json.put("version", this.version);
		putIfPresent(json, "min_server_version", this.minServerVersion);
		ObjectNode server = json.putObject("server");
		server.put("executable", this.executable);
		server.put("runtime", RUNTIME);
		if (this.settingsSchema != null) {
			json.set("settings_schema", this.settingsSchema);
		}
		return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(json) + "\n";
	}

	private static void putIfPresent(ObjectNode json, String field, String value) {
		if (value != null && !value.isBlank()) {
			json.put(field, value);
		}
	}

}
