package dev.mattermost.spring.api;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The response of another plugin to a {@link PluginHttpRequest}.
 *
 * @param statusCode the HTTP status code
 * @param headers the response headers; several values of one header arrive joined with {@code ", "}
 * @param body the response body
 */
public record PluginHttpResponse(int statusCode, Map<String, String> headers, byte[] body) {

	public PluginHttpResponse {
		headers = (headers != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(headers)) : Map.of();
		body = (body != null) ? body.clone() : new byte[0];
	}

	/**
	 * Returns a header's value, matching the name case-insensitively as HTTP does.
	 * @param name the header name
	 * @return the value, empty if the header is absent
	 */
	public Optional<String> header(String name) {
		return this.headers.entrySet()
			.stream()
			.filter((entry) -> entry.getKey().equalsIgnoreCase(name))
			.map(Map.Entry::getValue)
			.findFirst();
	}

	/**
	 * Returns whether the status code is in the 2xx range.
	 * @return {@code true} for a successful response
	 */
	public boolean isSuccessful() {
		return this.statusCode >= 200 && this.statusCode < 300;
	}

	/**
	 * Returns the body decoded as UTF-8.
	 * @return the body text
	 */
	public String bodyAsString() {
		return new String(this.body, StandardCharsets.UTF_8);
	}

	@Override
	public byte[] body() {
		return this.body.clone();
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return (other instanceof PluginHttpResponse that) && this.statusCode == that.statusCode
				&& this.headers.equals(that.headers) && Arrays.equals(this.body, that.body);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.statusCode, this.headers, Arrays.hashCode(this.body));
	}

	@Override
	public String toString() {
		return "PluginHttpResponse[" + this.statusCode + ", headers=" + this.headers + ", body=" + this.body.length
				+ " bytes]";
	}

}
