package dev.mattermost.spring.maven;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Installs a plugin bundle on a running Mattermost server through its REST API and enables it, as the System
 * Console's "Upload Plugin" does: {@code POST /api/v4/plugins} with the archive, then
 * {@code POST /api/v4/plugins/{id}/enable}.
 */
final class PluginDeployer {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final int MAX_QUOTED_BODY = 300;

	private final HttpClient http;

	private final URI server;

	private final String token;

	private final Duration timeout;

	/**
	 * Creates a deployer.
	 * @param http the client to send with
	 * @param serverUrl the server's site URL, e.g. {@code https://chat.example.com}
	 * @param token a personal access token of a user allowed to manage plugins (a system admin)
	 * @param timeout how long to wait for each answer
	 * @throws BundleException if the URL or token is unusable
	 */
	PluginDeployer(HttpClient http, String serverUrl, String token, Duration timeout) {
		this.http = http;
		this.server = serverUri(serverUrl);
		if (token == null || token.isBlank()) {
			throw new BundleException("No Mattermost token: pass a personal access token of a system admin with "
					+ "-Dmattermost.token=... or the deploy goal's <token> (for example ${env.MATTERMOST_TOKEN}).");
		}
		this.token = token.trim();
		this.timeout = timeout;
	}

	private static URI serverUri(String url) {
		if (url == null || url.isBlank()) {
			throw new BundleException("No Mattermost server URL: pass -Dmattermost.url=https://your.server or set the "
					+ "deploy goal's <url>.");
		}
		String trimmed = url.trim();
		while (trimmed.endsWith("/")) {
			trimmed = trimmed.substring(0, trimmed.length() - 1);
		}
		try {
			URI uri = new URI(trimmed);
			String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
			if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && uri.getQuery() == null) {
				return uri;
			}
		}
		catch (URISyntaxException ex) {
			// reported below
		}
		throw new BundleException("The Mattermost URL '" + url + "' is not an http(s) URL such as "
				+ "https://chat.example.com.");
	}

	/**
	 * Uploads the bundle, replacing an installed plugin with the same id, and enables it.
	 * @param archive the bundle archive
	 * @param pluginId the plugin id, as in the bundle's plugin.json
	 * @param log receives one line per step
	 * @throws BundleException if the server refuses a step, with its reason
	 * @throws IOException if the server cannot be reached
	 * @throws InterruptedException if interrupted while waiting for the server
	 */
	void deploy(Path archive, String pluginId, Consumer<String> log) throws IOException, InterruptedException {
		if (!Files.isRegularFile(archive)) {
			throw new BundleException("The plugin bundle " + archive + " does not exist: build it first (mvn package "
					+ "mattermost-plugin:deploy).");
		}
		String boundary = "----mattermost-plugin-" + UUID.randomUUID();
		HttpRequest upload = request("/api/v4/plugins")
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(multipart(boundary, archive))
			.build();
		log.accept("Uploading " + archive.getFileName() + " (" + Files.size(archive) / 1024 + " KiB) to " + this.server);
		HttpResponse<String> uploaded = send(upload, "Uploading the plugin");
		String installed = installedId(uploaded.body(), pluginId);
		HttpRequest enable = request("/api/v4/plugins/" + installed + "/enable")
			.POST(BodyPublishers.noBody())
			.build();
		send(enable, "Enabling the plugin " + installed);
		log.accept("Installed and enabled " + installed + " on " + this.server);
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create(this.server + path))
			.timeout(this.timeout)
			.header("Authorization", "Bearer " + this.token)
			.header("Accept", "application/json");
	}

	// The server reads the form fields "plugin" (the archive) and "force" (replace an installed plugin).
	private static BodyPublisher multipart(String boundary, Path archive) throws IOException {
		String head = "--" + boundary + "\r\n"
				+ "Content-Disposition: form-data; name=\"force\"\r\n\r\n"
				+ "true\r\n"
				+ "--" + boundary + "\r\n"
				+ "Content-Disposition: form-data; name=\"plugin\"; filename=\"" + archive.getFileName() + "\"\r\n"
				+ "Content-Type: application/gzip\r\n\r\n";
		String tail = "\r\n--" + boundary + "--\r\n";
		return BodyPublishers.concat(BodyPublishers.ofString(head, StandardCharsets.UTF_8),
				BodyPublishers.ofFile(archive), BodyPublishers.ofString(tail, StandardCharsets.UTF_8));
	}

	private HttpResponse<String> send(HttpRequest request, String step) throws IOException, InterruptedException {
		HttpResponse<String> response;
		try {
			response = this.http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (ConnectException ex) {
			throw new IOException(step + " failed: cannot connect to " + this.server + " (is the server running and "
					+ "the URL right?)", ex);
		}
		catch (HttpTimeoutException ex) {
			throw new IOException(step + " failed: " + this.server + " did not answer within " + this.timeout.toSeconds()
					+ " s", ex);
		}
		int status = response.statusCode();
		if (status < 200 || status > 299) {
			throw new BundleException(step + " failed: " + describe(response) + hint(status, response.body()));
		}
		return response;
	}

	// Mattermost answers errors as {"id": ..., "message": ..., "status_code": ...}; anything else is quoted briefly.
	private static String describe(HttpResponse<String> response) {
		JsonNode error = json(response.body());
		if (error != null && error.hasNonNull("message")) {
			String id = error.hasNonNull("id") ? " (" + error.get("id").asString() + ")" : "";
			int status = error.hasNonNull("status_code") ? error.get("status_code").asInt() : response.statusCode();
			String detail = error.hasNonNull("detailed_error") && !error.get("detailed_error").asString().isBlank()
					? " [" + error.get("detailed_error").asString() + "]" : "";
			return "Mattermost answered " + status + ": " + error.get("message").asString() + id + detail;
		}
		String body = response.body().strip();
		if (body.length() > MAX_QUOTED_BODY) {
			body = body.substring(0, MAX_QUOTED_BODY) + "…";
		}
		return "HTTP " + response.statusCode() + (body.isEmpty() ? "" : ": " + body);
	}

	private static String hint(int status, String body) {
		if (status == 501 || status == 403 && body.contains("upload_disabled")) {
			return ". Plugin uploads are disabled on this server: set PluginSettings.EnableUploads to true (System "
					+ "Console > Plugins > Plugin Management > Upload Plugin), with PluginSettings.Enable true and "
					+ "PluginSettings.RequirePluginSignature false.";
		}
		if (status == 403) {
			return ". The token's user may not manage plugins (it needs the system admin role), or plugin uploads "
					+ "are disabled (PluginSettings.EnableUploads).";
		}
		if (status == 401) {
			return ". The token was not accepted: use a valid personal access token (Profile > Security > Personal "
					+ "Access Tokens; ServiceSettings.EnableUserAccessTokens must be on).";
		}
		if (status == 413) {
			return ". The bundle is larger than the server accepts (FileSettings.MaxFileSize, or a proxy's body "
					+ "limit).";
		}
		return ".";
	}

	// The server answers the upload with the installed manifest, whose id it may have lowercased.
	private static String installedId(String body, String fallback) {
		JsonNode manifest = json(body);
		if (manifest != null && manifest.hasNonNull("id")) {
			String id = manifest.get("id").asString();
			try {
				PluginManifest.checkId(id);
				return id;
			}
			catch (BundleException ex) {
				// not an id that can go into a URL path; keep ours
			}
		}
		return fallback;
	}

	private static JsonNode json(String body) {
		try {
			JsonNode node = JSON.readTree(body);
			return (node != null && node.isObject()) ? node : null;
		}
		catch (JacksonException ex) {
			return null;
		}
	}

}
