package dev.mattermost.spring.test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The plugin's answer to a request sent through {@code ServeHTTP}, as the server would relay it to the browser.
 *
 * @param status the status sent to the client (after the server's corrections: 0 reads as 200, a stream that fails
 * before the plugin answers is 502)
 * @param headers the response headers in the order the plugin gave them, names as the plugin wrote them
 * @param body the whole body
 */
public record HttpResult(int status, Map<String, List<String>> headers, byte[] body) {

	/**
	 * The first value of a header, matched case-insensitively as HTTP does.
	 * @param name the header name
	 * @return the value, or {@code null} when the header is absent
	 */
	public @Nullable String header(String name) {
		String wanted = name.toLowerCase(Locale.ROOT);
		for (Map.Entry<String, List<String>> header : this.headers.entrySet()) {
			if (header.getKey().toLowerCase(Locale.ROOT).equals(wanted) && !header.getValue().isEmpty()) {
				return header.getValue().get(0);
			}
		}
		return null;
	}

	/**
	 * The body decoded as UTF-8.
	 * @return the body text
	 */
	public String bodyAsString() {
		return new String(this.body, StandardCharsets.UTF_8);
	}

	@Override
	public String toString() {
		return "HttpResult[status=" + this.status + ", headers=" + this.headers + ", body=" + this.body.length
				+ " bytes]";
	}

}
