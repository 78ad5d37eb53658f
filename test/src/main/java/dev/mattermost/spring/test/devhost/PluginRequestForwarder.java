package dev.mattermost.spring.test.devhost;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import org.jspecify.annotations.Nullable;

import dev.mattermost.spring.model.User;
import dev.mattermost.spring.protocol.v1.HTTPHeader;
import dev.mattermost.spring.protocol.v1.PluginContext;
import dev.mattermost.spring.protocol.v1.ServeHTTPRequestInit;
import dev.mattermost.spring.test.hooks.HookClient;
import dev.mattermost.spring.test.hooks.HttpResponseSink;

/**
 * Forwards {@code /plugins/<id>/...} requests through the plugin's {@code ServeHTTP} stream as the server does: the
 * prefix stripped from {@code url} but kept in {@code request_uri}, {@code access_token} dropped from the query, the
 * caller's {@code Mattermost-User-Id} removed and set only for an authenticated user.
 */
public final class PluginRequestForwarder {

	/** The query parameter that picks the user the request is made as. */
	public static final String AS_PARAMETER = "as";

	/** The header that picks the user the request is made as. */
	public static final String AS_HEADER = "X-Dev-As";

	// Headers the server removes before the plugin sees the request (Host becomes init.host in Go).
	private static final Set<String> DROPPED_HEADERS = Set.of("Mattermost-User-Id", "Mattermost-Plugin-Id", "Referer",
			"Host", "Transfer-Encoding", AS_HEADER);

	private final HookClient hooks;

	private final String pluginId;

	private final Function<User, String> sessions;

	/**
	 * Creates a forwarder.
	 * @param hooks the plugin's hooks
	 * @param pluginId the plugin's id
	 * @param sessions gives the session id of a user's requests
	 */
	public PluginRequestForwarder(HookClient hooks, String pluginId, Function<User, String> sessions) {
		this.hooks = hooks;
		this.pluginId = pluginId;
		this.sessions = sessions;
	}

	/**
	 * Forwards one request and writes the plugin's response.
	 * @param exchange the HTTP exchange, its path starting with {@code /plugins/<id>}
	 * @param user the user the request is made as, or {@code null} for an anonymous request
	 * @return the status sent
	 * @throws IOException if the client cannot be read or written
	 */
	public int forward(HttpExchange exchange, @Nullable User user) throws IOException {
		ServeHTTPRequestInit init = init(exchange, user);
		InputStream body = exchange.getRequestBody();
		boolean head = "HEAD".equals(exchange.getRequestMethod());
		return this.hooks.serveHttp(init, body, new ExchangeSink(exchange, head));
	}

	ServeHTTPRequestInit init(HttpExchange exchange, @Nullable User user) {
		String rawPath = exchange.getRequestURI().getRawPath();
		String prefix = "/plugins/" + this.pluginId;
		String path = rawPath.startsWith(prefix) ? rawPath.substring(prefix.length()) : rawPath;
		String rawQuery = exchange.getRequestURI().getRawQuery();
		String query = goEncode(parseQuery(rawQuery, Set.of("access_token", AS_PARAMETER)));
		String requestUri = rawPath + (hasText(rawQuery) ? "?" + withoutParameter(rawQuery, AS_PARAMETER) : "");
		if (requestUri.endsWith("?")) {
			requestUri = requestUri.substring(0, requestUri.length() - 1);
		}
		Headers incoming = exchange.getRequestHeaders();
		Map<String, List<String>> headers = new LinkedHashMap<>();
		incoming.forEach((key, values) -> {
			String canonical = canonicalKey(key);
			if (!DROPPED_HEADERS.contains(canonical)) {
				headers.computeIfAbsent(canonical, (k) -> new ArrayList<>()).addAll(values);
			}
		});
		withoutSessionCookie(headers);
		if (user != null) {
			headers.put("Mattermost-User-Id", List.of(user.id()));
		}
		InetSocketAddress remote = exchange.getRemoteAddress();
		String remoteIp = remote.getAddress().getHostAddress();
		PluginContext.Builder context = PluginContext.newBuilder()
			.setRequestId(ServerActions.newId())
			.setIpAddress(remoteIp)
			.setAcceptLanguage(first(incoming, "Accept-Language"))
			.setUserAgent(first(incoming, "User-Agent"));
		if (user != null) {
			context.setSessionId(this.sessions.apply(user));
		}
		ServeHTTPRequestInit.Builder init = ServeHTTPRequestInit.newBuilder()
			.setPluginContext(context)
			.setMethod(exchange.getRequestMethod())
			.setUrl(path + (query.isEmpty() ? "" : "?" + query))
			.setProto("HTTP/1.1")
			.setProtoMajor(1)
			.setProtoMinor(1)
			.setHost(first(incoming, "Host"))
			.setRemoteAddr(remoteIp + ":" + remote.getPort())
			.setRequestUri(requestUri)
			.setContentLength(contentLength(incoming));
		headers.forEach((key, values) -> init.addHeaders(HTTPHeader.newBuilder().setKey(key).addAllValues(values)));
		return init.build();
	}

	/**
	 * Go's canonical form of a header name: {@code content-type} becomes {@code Content-Type}.
	 * @param key the header name
	 * @return the canonical name
	 */
	static String canonicalKey(String key) {
		StringBuilder out = new StringBuilder(key.length());
		boolean upper = true;
		for (char c : key.toCharArray()) {
			if (c == ' ' || c > 127) {
				return key;
			}
			out.append(upper ? Character.toUpperCase(c) : Character.toLowerCase(c));
			upper = (c == '-');
		}
		return out.toString();
	}

	/**
	 * Encodes query parameters as Go's {@code url.Values.Encode} does: keys sorted, values in order, spaces as
	 * {@code +}.
	 * @param parameters the parameters
	 * @return the encoded query
	 */
	static String goEncode(Map<String, List<String>> parameters) {
		StringBuilder out = new StringBuilder();
		new TreeMap<>(parameters).forEach((key, values) -> values.forEach((value) -> {
			if (!out.isEmpty()) {
				out.append('&');
			}
			out.append(goQueryEscape(key)).append('=').append(goQueryEscape(value));
		}));
		return out.toString();
	}

	static Map<String, List<String>> parseQuery(@Nullable String rawQuery, Set<String> without) {
		Map<String, List<String>> parameters = new LinkedHashMap<>();
		if (!hasText(rawQuery)) {
			return parameters;
		}
		for (String pair : rawQuery.split("&")) {
			if (pair.isEmpty()) {
				continue;
			}
			int equals = pair.indexOf('=');
			String key = decode((equals < 0) ? pair : pair.substring(0, equals));
			String value = (equals < 0) ? "" : decode(pair.substring(equals + 1));
			if (!without.contains(key)) {
				parameters.computeIfAbsent(key, (k) -> new ArrayList<>()).add(value);
			}
		}
		return parameters;
	}

	private static String withoutParameter(String rawQuery, String name) {
		List<String> kept = new ArrayList<>();
		for (String pair : rawQuery.split("&")) {
			int equals = pair.indexOf('=');
			String key = decode((equals < 0) ? pair : pair.substring(0, equals));
			if (!key.equals(name)) {
				kept.add(pair);
			}
		}
		return String.join("&", kept);
	}

	private static void withoutSessionCookie(Map<String, List<String>> headers) {
		List<String> cookies = headers.remove("Cookie");
		if (cookies == null) {
			return;
		}
		List<String> kept = new ArrayList<>();
		for (String header : cookies) {
			for (String cookie : header.split(";")) {
				String trimmed = cookie.strip();
				if (!trimmed.isEmpty() && !trimmed.startsWith("MMAUTHTOKEN=")) {
					kept.add(trimmed);
				}
			}
		}
		if (!kept.isEmpty()) {
			headers.put("Cookie", List.of(String.join("; ", kept)));
		}
	}

	private static long contentLength(Headers headers) {
		String length = headers.getFirst("Content-Length");
		if (length != null) {
			try {
				return Long.parseLong(length.strip());
			}
			catch (NumberFormatException ex) {
				return -1;
			}
		}
		// Go reports an unknown length only for chunked bodies; a request without a body has length 0.
		String encoding = headers.getFirst("Transfer-Encoding");
		return (encoding != null && encoding.toLowerCase().contains("chunked")) ? -1 : 0;
	}

	private static String goQueryEscape(String text) {
		// Go leaves only letters, digits and -_.~ unescaped; Java's encoder also leaves '*' and escapes '~'.
		return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("*", "%2A").replace("%7E", "~");
	}

	private static String decode(String text) {
		try {
			return URLDecoder.decode(text, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return text;
		}
	}

	private static String first(Headers headers, String name) {
		String value = headers.getFirst(name);
		return (value != null) ? value : "";
	}

	private static boolean hasText(@Nullable String text) {
		return text != null && !text.isEmpty();
	}

	/**
	 * Writes the plugin's response into the JDK HTTP server's exchange.
	 */
	private static final class ExchangeSink implements HttpResponseSink {

		private final HttpExchange exchange;

		private final boolean head;

		private @Nullable OutputStream body;

		ExchangeSink(HttpExchange exchange, boolean head) {
			this.exchange = exchange;
			this.head = head;
		}

		@Override
		public void start(int status, List<HTTPHeader> headers) throws IOException {
			long declared = -1;
			Headers out = this.exchange.getResponseHeaders();
			for (HTTPHeader header : headers) {
				if (header.getKey().equalsIgnoreCase("Content-Length")) {
					// The JDK server writes Content-Length itself; a declared length avoids chunked encoding.
					declared = parseLength(header);
					continue;
				}
				for (String value : header.getValuesList()) {
					out.add(header.getKey(), value);
				}
			}
			boolean noBody = this.head || status == 204 || status == 304 || status < 200 || declared == 0;
			// For the JDK server, -1 means no body and 0 means a chunked body of unknown length.
			this.exchange.sendResponseHeaders(status, noBody ? -1 : Math.max(declared, 0));
			this.body = this.exchange.getResponseBody();
		}

		@Override
		public void write(byte[] chunk) throws IOException {
			if (this.body != null && !this.head) {
				this.body.write(chunk);
			}
		}

		@Override
		public void flush() throws IOException {
			if (this.body != null) {
				this.body.flush();
			}
		}

		private static long parseLength(HTTPHeader header) {
			try {
				return (header.getValuesCount() > 0) ? Long.parseLong(header.getValues(0).strip()) : -1;
			}
			catch (NumberFormatException ex) {
				return -1;
			}
		}

	}

}
