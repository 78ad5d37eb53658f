package dev.mattermost.spring.api;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * An HTTP request from this plugin to another plugin's {@code ServeHTTP} handler.
 *
 * @param method the HTTP method, for example {@code GET}
 * @param url the target path, starting with the other plugin's id: {@code /<plugin id>/<path>[?query]}
 * @param headers the request headers, one value each; the server adds {@code Mattermost-Plugin-ID} naming this
 * plugin
 * @param body the request body, empty for none
 */
public record PluginHttpRequest(String method, String url, Map<String, String> headers, byte[] body) {

	public PluginHttpRequest {
		Objects.requireNonNull(method, "method must not be null");
		Objects.requireNonNull(url, "url must not be null");
		headers = (headers != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(headers)) : Map.of();
		body = (body != null) ? body.clone() : new byte[0];
	}

	/**
	 * Returns a {@code GET} request without headers.
	 * @param url the target path, {@code /<plugin id>/<path>}
	 * @return the request
	 */
	public static PluginHttpRequest get(String url) {
		return new PluginHttpRequest("GET", url, Map.of(), new byte[0]);
	}

	/**
	 * Returns a {@code POST} request with a UTF-8 text body.
	 * @param url the target path, {@code /<plugin id>/<path>}
	 * @param contentType the body's media type, for example {@code application/json}
	 * @param body the body
	 * @return the request
	 */
	public static PluginHttpRequest post(String url, String contentType, String body) {
		return new PluginHttpRequest("POST", url, Map.of("Content-Type", contentType),
				body.getBytes(StandardCharsets.UTF_8));
	}

	@Override
	public byte[] body() {
		return this.body.clone();
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return (other instanceof PluginHttpRequest that) && this.method.equals(that.method) && this.url.equals(that.url)
				&& this.headers.equals(that.headers) && Arrays.equals(this.body, that.body);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.method, this.url, this.headers, Arrays.hashCode(this.body));
	}

	@Override
	public String toString() {
		return "PluginHttpRequest[" + this.method + " " + this.url + ", headers=" + this.headers + ", body="
				+ this.body.length + " bytes]";
	}

}
