package dev.mattermost.spring.test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import dev.mattermost.spring.model.User;
import dev.mattermost.spring.protocol.v1.HTTPHeader;
import dev.mattermost.spring.protocol.v1.PluginContext;
import dev.mattermost.spring.protocol.v1.ServeHTTPRequestInit;
import dev.mattermost.spring.test.hooks.HookClient;
import dev.mattermost.spring.test.hooks.HttpResponseSink;

/**
 * Sends HTTP requests to the plugin through {@code ServeHTTP} the way the server relays a browser's request to
 * {@code /plugins/<plugin id>/...}: the prefix stripped from the URL the plugin sees but kept in its request URI,
 * the body in 64 KiB chunks, and {@code Mattermost-User-Id} set only for a signed-in user.
 */
public final class PluginHttp {

	private final HookClient hooks;

	private final String pluginId;

	private final Function<User, String> sessions;

	PluginHttp(HookClient hooks, String pluginId, Function<User, String> sessions) {
		this.hooks = hooks;
		this.pluginId = pluginId;
		this.sessions = sessions;
	}

	/**
	 * Starts a GET request.
	 * @param path the path under the plugin, such as {@code /api/v1/status?verbose=true}; a full
	 * {@code /plugins/<id>/...} path works too
	 * @return the request, to refine and {@link Request#send() send}
	 */
	public Request get(String path) {
		return request("GET", path);
	}

	/**
	 * Starts a POST request.
	 * @param path the path under the plugin
	 * @return the request
	 */
	public Request post(String path) {
		return request("POST", path);
	}

	/**
	 * Starts a PUT request.
	 * @param path the path under the plugin
	 * @return the request
	 */
	public Request put(String path) {
		return request("PUT", path);
	}

	/**
	 * Starts a DELETE request.
	 * @param path the path under the plugin
	 * @return the request
	 */
	public Request delete(String path) {
		return request("DELETE", path);
	}

	/**
	 * Starts a request with any method.
	 * @param method the HTTP method
	 * @param path the path under the plugin
	 * @return the request
	 */
	public Request request(String method, String path) {
		return new Request(method, path);
	}

	/**
	 * One request being built; anonymous until {@link #as(User)} names the signed-in user.
	 */
	public final class Request {

		private final String method;

		private final String path;

		private final Map<String, List<String>> headers = new LinkedHashMap<>();

		private @Nullable User user;

		private byte @Nullable [] body;

		Request(String method, String path) {
			this.method = method;
			this.path = path.startsWith("/") ? path : "/" + path;
		}

		/**
		 * Makes the request as a signed-in user: the plugin sees {@code Mattermost-User-Id} and a session.
		 * @param user the user
		 * @return this request
		 */
		public Request as(User user) {
			this.user = user;
			return this;
		}

		/**
		 * Adds a request header.
		 * @param name the header name
		 * @param value the value
		 * @return this request
		 */
		public Request header(String name, String value) {
			this.headers.computeIfAbsent(canonicalKey(name), k -> new ArrayList<>()).add(value);
			return this;
		}

		/**
		 * Sets the body and its content type.
		 * @param contentType the content type
		 * @param content the body
		 * @return this request
		 */
		public Request body(String contentType, byte[] content) {
			this.headers.put("Content-Type", new ArrayList<>(List.of(contentType)));
			this.body = content.clone();
			return this;
		}

		/**
		 * Sets a JSON body.
		 * @param json the JSON text
		 * @return this request
		 */
		public Request json(String json) {
			return body("application/json", json.getBytes(StandardCharsets.UTF_8));
		}

		/**
		 * Sends the request through {@code ServeHTTP} and waits for the whole response.
		 * @return the response
		 */
		public HttpResult send() {
			BufferingSink sink = new BufferingSink();
			try {
				int status = PluginHttp.this.hooks.serveHttp(init(),
						(this.body != null) ? new ByteArrayInputStream(this.body) : null, sink);
				return new HttpResult(status, Collections.unmodifiableMap(sink.headers), sink.body.toByteArray());
			}
			catch (IOException ex) {
				throw new UncheckedIOException("ServeHTTP failed for " + this.method + " " + this.path, ex);
			}
		}

		/**
		 * Sends the request and returns the body as text, for the common case of a successful call.
		 * @return the body decoded as UTF-8
		 * @throws AssertionError if the status is not 2xx
		 */
		public String sendForString() {
			HttpResult result = send();
			if (result.status() < 200 || result.status() > 299) {
				throw new AssertionError(this.method + " " + this.path + " answered " + result.status() + ": "
						+ result.bodyAsString());
			}
			return result.bodyAsString();
		}

		ServeHTTPRequestInit init() {
			String prefix = "/plugins/" + PluginHttp.this.pluginId;
			String relative = this.path.startsWith(prefix + "/") || this.path.equals(prefix)
					? this.path.substring(prefix.length()) : this.path;
			if (relative.isEmpty()) {
				relative = "/";
			}
			Map<String, List<String>> sent = new LinkedHashMap<>(this.headers);
			// The server never passes on a client's claim to be a user or a plugin.
			sent.remove("Mattermost-User-Id");
			sent.remove("Mattermost-Plugin-Id");
			PluginContext.Builder context = PluginContext.newBuilder()
				.setRequestId(RequestIds.newId())
				.setIpAddress("127.0.0.1")
				.setUserAgent("mattermost-plugin-test");
			if (this.user != null) {
				sent.put("Mattermost-User-Id", List.of(this.user.id()));
				context.setSessionId(PluginHttp.this.sessions.apply(this.user));
			}
			ServeHTTPRequestInit.Builder init = ServeHTTPRequestInit.newBuilder()
				.setPluginContext(context)
				.setMethod(this.method)
				.setUrl(relative)
				.setProto("HTTP/1.1")
				.setProtoMajor(1)
				.setProtoMinor(1)
				.setHost("localhost:8065")
				.setRemoteAddr("127.0.0.1:50000")
				.setRequestUri(prefix + relative)
				.setContentLength((this.body != null) ? this.body.length : 0);
			sent.forEach((key, values) -> init.addHeaders(HTTPHeader.newBuilder().setKey(key).addAllValues(values)));
			return init.build();
		}

	}

	/**
	 * Go's canonical header name: {@code content-type} becomes {@code Content-Type}.
	 */
	static String canonicalKey(String key) {
		StringBuilder canonical = new StringBuilder(key.length());
		boolean upper = true;
		for (char c : key.toCharArray()) {
			canonical.append(upper ? Character.toUpperCase(c) : Character.toLowerCase(c));
			upper = (c == '-');
		}
		return canonical.toString();
	}

	private static final class BufferingSink implements HttpResponseSink {

		private final Map<String, List<String>> headers = new LinkedHashMap<>();

		private final ByteArrayOutputStream body = new ByteArrayOutputStream();

		@Override
		public void start(int status, List<HTTPHeader> headers) {
			headers.forEach(h -> this.headers.computeIfAbsent(h.getKey(), k -> new ArrayList<>())
				.addAll(h.getValuesList()));
		}

		@Override
		public void write(byte[] chunk) {
			this.body.writeBytes(chunk);
		}

		@Override
		public void flush() {
		}

	}

}
