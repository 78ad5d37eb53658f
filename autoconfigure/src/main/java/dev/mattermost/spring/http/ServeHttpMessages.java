package dev.mattermost.spring.http;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.UnknownHostException;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpScheme;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.http.HttpVersion;
import org.eclipse.jetty.http.MetaData;
import org.eclipse.jetty.util.HostPort;
import org.jspecify.annotations.Nullable;

import dev.mattermost.spring.protocol.v1.HTTPHeader;
import dev.mattermost.spring.protocol.v1.ServeHTTPRequestInit;
import dev.mattermost.spring.protocol.v1.ServeHTTPResponseInit;

/**
 * Translates between {@code ServeHTTP} init messages and Jetty's request and response metadata.
 */
final class ServeHttpMessages {

	/**
	 * Request headers that describe Mattermost's own connection to the browser, not this exchange: the framing is
	 * carried by the stream, and {@code Expect: 100-continue} was already answered by Mattermost.
	 */
	private static final Set<HttpHeader> CONNECTION_REQUEST_HEADERS = EnumSet.of(HttpHeader.CONTENT_LENGTH,
			HttpHeader.TRANSFER_ENCODING, HttpHeader.EXPECT, HttpHeader.CONNECTION, HttpHeader.KEEP_ALIVE,
			HttpHeader.UPGRADE, HttpHeader.HTTP2_SETTINGS, HttpHeader.TE);

	/** Response headers about framing, which Mattermost decides for its own connection to the browser. */
	private static final Set<HttpHeader> CONNECTION_RESPONSE_HEADERS = EnumSet.of(HttpHeader.TRANSFER_ENCODING,
			HttpHeader.CONNECTION, HttpHeader.KEEP_ALIVE, HttpHeader.UPGRADE);

	private ServeHttpMessages() {
	}

	/**
	 * Builds the Jetty request from the init message. The URL is the one Mattermost gives the plugin: its
	 * {@code /plugins/<id>} prefix is already removed and its percent-encoding is kept as sent.
	 */
	static MetaData.Request toRequest(ServeHTTPRequestInit init) {
		String method = init.getMethod().isEmpty() ? "GET" : init.getMethod();
		HttpFields.Mutable fields = HttpFields.build(init.getHeadersCount() + 2);
		for (HTTPHeader header : init.getHeadersList()) {
			if (header.getKey().isEmpty() || CONNECTION_REQUEST_HEADERS.contains(HttpHeader.CACHE.get(header.getKey()))) {
				continue;
			}
			for (String value : header.getValuesList()) {
				fields.add(header.getKey(), value);
			}
		}
		// Go keeps the host out of the header map; HTTP/1.1 applications expect to find it there.
		if (!init.getHost().isEmpty() && !fields.contains(HttpHeader.HOST)) {
			fields.put(HttpHeader.HOST, init.getHost());
		}
		long contentLength = (init.getContentLength() >= 0) ? init.getContentLength() : -1;
		if (contentLength >= 0) {
			fields.put(HttpHeader.CONTENT_LENGTH, Long.toString(contentLength));
		}
		return new MetaData.Request(method, toUri(init.getHost(), init.getUrl()), HttpVersion.HTTP_1_1,
				fields.asImmutable(), contentLength);
	}

	private static HttpURI toUri(String host, String url) {
		String target = url.isEmpty() ? "/" : url;
		if (!target.startsWith("/")) {
			return HttpURI.from(target);
		}
		HttpURI.Mutable uri = HttpURI.build().scheme(HttpScheme.HTTP);
		HostPort authority = hostPort(host);
		if (authority != null) {
			uri.host(authority.getHost()).port(authority.getPort());
		}
		return uri.pathQuery(target).asImmutable();
	}

	/**
	 * Returns the part of the original request path that Mattermost removed before forwarding, such as
	 * {@code /plugins/com.example.demo} (with any subpath Mattermost is served under), or {@code ""} when unknown.
	 */
	static String pathPrefix(String requestUri, String url) {
		String fullPath = pathOf(requestUri);
		String pluginPath = pathOf(url);
		if (fullPath.isEmpty()) {
			return "";
		}
		if (!pluginPath.isEmpty() && !pluginPath.equals("/") && fullPath.endsWith(pluginPath)) {
			return trimTrailingSlash(fullPath.substring(0, fullPath.length() - pluginPath.length()));
		}
		// Encodings may differ between the two forms; Mattermost mounts plugins at [subpath]/plugins/<id>.
		int plugins = fullPath.indexOf("/plugins/");
		if (plugins < 0) {
			return "";
		}
		int end = fullPath.indexOf('/', plugins + "/plugins/".length());
		return (end < 0) ? fullPath : fullPath.substring(0, end);
	}

	private static String pathOf(String uri) {
		String path = uri;
		int query = path.indexOf('?');
		if (query >= 0) {
			path = path.substring(0, query);
		}
		int scheme = path.indexOf("://");
		if (scheme >= 0) {
			int slash = path.indexOf('/', scheme + 3);
			path = (slash < 0) ? "" : path.substring(slash);
		}
		return path;
	}

	private static String trimTrailingSlash(String path) {
		return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
	}

	/**
	 * Builds the response init message: status and every header value, in order, grouped by name.
	 * @param response the committed response
	 * @param contentLength the length of the whole body when known at commit time, else {@code -1}
	 */
	static ServeHTTPResponseInit toResponseInit(MetaData.Response response, long contentLength) {
		Map<String, HTTPHeader.Builder> headers = new LinkedHashMap<>();
		// A 204 has no body by definition, and must not announce a length (Jetty adds "Content-Length: 0").
		boolean noContent = response.getStatus() == HttpStatus.NO_CONTENT_204;
		for (HttpField field : response.getHttpFields()) {
			HttpHeader header = field.getHeader();
			if (header != null && (CONNECTION_RESPONSE_HEADERS.contains(header)
					|| (noContent && header == HttpHeader.CONTENT_LENGTH))) {
				continue;
			}
			headers.computeIfAbsent(field.getLowerCaseName(), (name) -> HTTPHeader.newBuilder().setKey(field.getName()))
				.addValues(field.getValue());
		}
		String contentLengthName = HttpHeader.CONTENT_LENGTH.lowerCaseName();
		if (contentLength >= 0 && !headers.containsKey(contentLengthName)) {
			headers.put(contentLengthName, HTTPHeader.newBuilder()
				.setKey(HttpHeader.CONTENT_LENGTH.asString())
				.addValues(Long.toString(contentLength)));
		}
		ServeHTTPResponseInit.Builder init = ServeHTTPResponseInit.newBuilder().setStatusCode(response.getStatus());
		headers.values().forEach(init::addHeaders);
		return init.build();
	}

	/**
	 * Parses an address as Mattermost reports it ({@code ip:port}) without ever resolving a host name.
	 */
	static @Nullable SocketAddress socketAddress(String address) {
		HostPort hostPort = hostPort(address);
		if (hostPort == null) {
			return null;
		}
		String host = hostPort.getHost();
		int port = Math.max(hostPort.getPort(), 0);
		if (isIpLiteral(host)) {
			try {
				String literal = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
				return new InetSocketAddress(InetAddress.getByName(literal), port);
			}
			catch (UnknownHostException ex) {
				// Falls through to an unresolved address.
			}
		}
		return InetSocketAddress.createUnresolved(host, port);
	}

	private static boolean isIpLiteral(String host) {
		if (host.indexOf(':') >= 0) {
			return true;
		}
		for (int i = 0; i < host.length(); i++) {
			char c = host.charAt(i);
			if (c != '.' && (c < '0' || c > '9')) {
				return false;
			}
		}
		return !host.isEmpty();
	}

	private static @Nullable HostPort hostPort(String value) {
		if (value.isEmpty()) {
			return null;
		}
		try {
			return new HostPort(value.toLowerCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
