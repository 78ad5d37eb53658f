package dev.mattermost.spring.test.devhost;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.mattermost.spring.convert.CommandConverter;
import dev.mattermost.spring.model.Channel;
import dev.mattermost.spring.model.Post;
import dev.mattermost.spring.model.User;
import dev.mattermost.spring.protocol.v1.AppError;
import dev.mattermost.spring.protocol.v1.CommandResponse;
import dev.mattermost.spring.test.hooks.CommandOutcome;
import dev.mattermost.spring.test.hooks.MessageOutcome;

/**
 * The dev host's HTTP front door on localhost: {@code /plugins/<id>/...} through the plugin's {@code ServeHTTP},
 * Mattermost-shaped endpoints to post, run a slash command and list posts, and dev endpoints to change the plugin's
 * settings and to stop. Requests act as a user named by {@code ?as=<username>} or {@code X-Dev-As}.
 */
public final class FrontDoor implements AutoCloseable {

	// Mattermost leaves unset optional fields out of its JSON.
	private static final JsonMapper JSON = JsonMapper.builder()
		.changeDefaultPropertyInclusion((inclusion) -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
		.build();

	private final HttpServer server;

	private final ExecutorService executor;

	private final MattermostBackend mattermost;

	private final ServerActions actions;

	private final PluginRequestForwarder forwarder;

	private final String pluginId;

	private final String defaultUser;

	private final Runnable stopRequest;

	private final DevHostConsole console;

	/**
	 * Opens the front door.
	 * @param server the bound, not yet started HTTP server
	 * @param pluginId the plugin's id
	 * @param mattermost the backing Mattermost
	 * @param actions posting, commands and settings
	 * @param forwarder the ServeHTTP forwarder
	 * @param defaultUser the user the Mattermost-shaped endpoints act as when no user is named
	 * @param stopRequest called when {@code POST /dev/stop} asks the dev host to stop
	 * @param console where request failures are reported
	 */
	public FrontDoor(HttpServer server, String pluginId, MattermostBackend mattermost, ServerActions actions,
			PluginRequestForwarder forwarder, String defaultUser, Runnable stopRequest, DevHostConsole console) {
		this.pluginId = pluginId;
		this.mattermost = mattermost;
		this.actions = actions;
		this.forwarder = forwarder;
		this.defaultUser = defaultUser;
		this.stopRequest = stopRequest;
		this.console = console;
		this.server = server;
		this.executor = Executors.newCachedThreadPool((task) -> {
			Thread thread = new Thread(task, "devhost-http");
			thread.setDaemon(true);
			return thread;
		});
		this.server.setExecutor(this.executor);
		this.server.createContext("/", this::handle);
		this.server.start();
	}

	/**
	 * The port the front door listens on.
	 * @return the port
	 */
	public int port() {
		return this.server.getAddress().getPort();
	}

	@Override
	public void close() {
		this.server.stop(0);
		this.executor.shutdownNow();
	}

	private void handle(HttpExchange exchange) {
		try {
			route(exchange);
		}
		catch (BadRequest ex) {
			answerError(exchange, ex.status, appError(ex.id, ex.getMessage(), ex.status));
		}
		catch (IOException | RuntimeException ex) {
			this.console.problem("Request " + exchange.getRequestMethod() + " " + exchange.getRequestURI()
					+ " failed: " + ex);
			answerError(exchange, 500, appError("devhost.internal", String.valueOf(ex.getMessage()), 500));
		}
		finally {
			exchange.close();
		}
	}

	private static void answerError(HttpExchange exchange, int status, Map<String, Object> error) {
		try {
			sendJson(exchange, status, error);
		}
		catch (IOException | RuntimeException ex) {
			// The response had already started; the client sees a cut-off body.
		}
	}

	private void route(HttpExchange exchange) throws IOException {
		String path = exchange.getRequestURI().getRawPath();
		String method = exchange.getRequestMethod();
		String pluginPrefix = "/plugins/" + this.pluginId;
		if (path.equals(pluginPrefix) || path.startsWith(pluginPrefix + "/")) {
			this.forwarder.forward(exchange, actingUser(exchange, null));
		}
		else if (path.startsWith("/plugins/")) {
			sendText(exchange, 404, "404 page not found\n");
		}
		else if (path.equals("/api/v4/posts") && method.equals("POST")) {
			createPost(exchange);
		}
		else if (path.startsWith("/api/v4/channels/") && path.endsWith("/posts") && method.equals("GET")) {
			listPosts(exchange, path.substring("/api/v4/channels/".length(), path.length() - "/posts".length()));
		}
		else if (path.equals("/api/v4/commands/execute") && method.equals("POST")) {
			executeCommand(exchange);
		}
		else if (path.equals("/dev/settings") && method.equals("GET")) {
			sendJson(exchange, 200, this.mattermost.pluginSettings());
		}
		else if (path.equals("/dev/settings") && (method.equals("PUT") || method.equals("POST"))) {
			updateSettings(exchange);
		}
		else if (path.equals("/dev/stop") && method.equals("POST")) {
			sendJson(exchange, 202, Map.of("status", "stopping"));
			Thread stopper = new Thread(this.stopRequest, "devhost-stop");
			stopper.start();
		}
		else if (path.equals("/") || path.equals("/dev")) {
			sendText(exchange, 200, "Mattermost dev host for plugin " + this.pluginId + "\n");
		}
		else {
			throw new BadRequest(404, "api.context.404.app_error", "No dev host route for " + method + " " + path);
		}
	}

	private void createPost(HttpExchange exchange) throws IOException {
		JsonNode body = readJson(exchange);
		User user = requireUser(actingUser(exchange, this.defaultUser));
		Channel channel = channel(text(body, "channel_id"));
		ServerActions.PostResult result = this.actions.createPost(user, channel, text(body, "message"),
				optionalText(body, "root_id"));
		MessageOutcome outcome = result.outcome();
		if (outcome instanceof MessageOutcome.Rejected rejected) {
			sendJson(exchange, 400, appError("Post rejected by plugin. " + rejected.reason(),
					"Post rejected by plugin. " + rejected.reason(), 400));
		}
		else if (outcome instanceof MessageOutcome.Dismissed) {
			exchange.getResponseHeaders().add("X-Dev-Outcome", "dismissed");
			exchange.sendResponseHeaders(204, -1);
		}
		else {
			boolean modified = ((MessageOutcome.Accepted) outcome).modified();
			exchange.getResponseHeaders().add("X-Dev-Outcome", modified ? "modified" : "accepted");
			sendJson(exchange, 201, result.stored());
		}
	}

	private void listPosts(HttpExchange exchange, String channelIdOrName) throws IOException {
		Channel channel = channel(channelIdOrName);
		List<Post> posts = this.mattermost.posts(channel.id());
		Map<String, Object> byId = new LinkedHashMap<>();
		List<String> order = new ArrayList<>();
		for (Post post : posts) {
			byId.put(post.id(), post);
			order.add(0, post.id());
		}
		Map<String, Object> list = new LinkedHashMap<>();
		list.put("order", order);
		list.put("posts", byId);
		sendJson(exchange, 200, list);
	}

	private void executeCommand(HttpExchange exchange) throws IOException {
		JsonNode body = readJson(exchange);
		User user = requireUser(actingUser(exchange, this.defaultUser));
		Channel channel = channel(text(body, "channel_id"));
		ServerActions.CommandResult result = this.actions.executeCommand(user, channel, text(body, "command"));
		AppError error = (result.error() != null) ? result.error()
				: (result.outcome() != null) ? result.outcome().error() : null;
		if (error != null) {
			int status = (error.getStatusCode() != 0) ? error.getStatusCode() : 500;
			sendJson(exchange, status, appErrorJson(error));
			return;
		}
		CommandOutcome outcome = result.outcome();
		CommandResponse response = (outcome != null) ? outcome.response() : null;
		sendJson(exchange, 200, (response != null) ? CommandConverter.toModel(response) : Map.of());
	}

	private void updateSettings(HttpExchange exchange) throws IOException {
		JsonNode body = readJson(exchange);
		if (!body.isObject()) {
			throw new BadRequest(400, "api.plugin.settings.invalid", "Send the settings as a JSON object");
		}
		@SuppressWarnings("unchecked")
		Map<String, Object> settings = JSON.treeToValue(body, Map.class);
		this.console.info("Plugin settings changed to " + settings + "; calling OnConfigurationChange.");
		boolean accepted = this.actions.updateSettings(settings);
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("settings", this.mattermost.pluginSettings());
		answer.put("on_configuration_change", accepted ? "ok" : "failed");
		sendJson(exchange, accepted ? 200 : 500, answer);
	}

	private @Nullable User actingUser(HttpExchange exchange, @Nullable String fallback) {
		String name = exchange.getRequestHeaders().getFirst(PluginRequestForwarder.AS_HEADER);
		if (name == null) {
			List<String> as = PluginRequestForwarder
				.parseQuery(exchange.getRequestURI().getRawQuery(), Set.of())
				.get(PluginRequestForwarder.AS_PARAMETER);
			name = (as != null && !as.isEmpty()) ? as.get(0) : fallback;
		}
		if (name == null || name.isEmpty()) {
			return null;
		}
		String username = name.startsWith("@") ? name.substring(1) : name;
		Optional<User> user = this.mattermost.findUserByUsername(username);
		if (user.isEmpty()) {
			throw new BadRequest(400, "app.user.missing_account.const", "No user named '" + username
					+ "'; the dev host seeds " + String.join(", ", DevHost.SEEDED_USERS) + ".");
		}
		return user.get();
	}

	private static User requireUser(@Nullable User user) {
		if (user == null) {
			throw new BadRequest(401, "api.context.session_expired.app_error", "Name a user with ?as= or X-Dev-As");
		}
		return user;
	}

	private Channel channel(String idOrName) {
		return this.mattermost.findChannel(idOrName)
			.orElseThrow(() -> new BadRequest(404, "app.channel.get.existing.app_error",
					"No channel with id or name '" + idOrName + "'"));
	}

	private static JsonNode readJson(HttpExchange exchange) throws IOException {
		try (InputStream in = exchange.getRequestBody()) {
			byte[] bytes = in.readAllBytes();
			if (bytes.length == 0) {
				throw new BadRequest(400, "api.context.invalid_body_param.app_error", "The request needs a JSON body");
			}
			return JSON.readTree(bytes);
		}
		catch (JacksonException ex) {
			throw new BadRequest(400, "api.context.invalid_body_param.app_error",
					"The body is not valid JSON: " + ex.getOriginalMessage());
		}
	}

	private static String text(JsonNode body, String field) {
		JsonNode value = body.get(field);
		if (value == null || !value.isString() || value.stringValue().isEmpty()) {
			throw new BadRequest(400, "api.context.invalid_body_param.app_error", "Missing \"" + field + "\"");
		}
		return value.stringValue();
	}

	private static String optionalText(JsonNode body, String field) {
		JsonNode value = body.get(field);
		return (value != null && value.isString()) ? value.stringValue() : "";
	}

	private static Map<String, Object> appErrorJson(AppError error) {
		String message = !error.getMessage().isEmpty() ? error.getMessage() : error.getDetailedError();
		Map<String, Object> json = appError(error.getId(), message, error.getStatusCode());
		json.put("detailed_error", error.getDetailedError());
		json.put("where", error.getWhere());
		return json;
	}

	private static Map<String, Object> appError(String id, String message, int status) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", id);
		json.put("message", message);
		json.put("detailed_error", "");
		json.put("request_id", "");
		json.put("status_code", status);
		return json;
	}

	private static void sendJson(HttpExchange exchange, int status, Object body) throws IOException {
		byte[] bytes = JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(body);
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		send(exchange, status, bytes);
	}

	private static void sendText(HttpExchange exchange, int status, String text) throws IOException {
		exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
		send(exchange, status, text.getBytes(StandardCharsets.UTF_8));
	}

	private static void send(HttpExchange exchange, int status, byte[] bytes) throws IOException {
		exchange.sendResponseHeaders(status, (bytes.length == 0) ? -1 : bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	/**
	 * A request the dev host refuses, answered as a Mattermost AppError.
	 */
	private static final class BadRequest extends RuntimeException {

		private final int status;

		private final String id;

		BadRequest(int status, String id, String message) {
			super(message);
			this.status = status;
			this.id = id;
		}

	}

}
