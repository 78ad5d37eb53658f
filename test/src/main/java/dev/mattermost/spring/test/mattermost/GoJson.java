package dev.mattermost.spring.test.mattermost;

import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

/**
 * Writes JSON as Go's {@code encoding/json} writes a {@code map[string]any}: keys sorted, whole numbers without a
 * fraction, and {@code <}, {@code >} and {@code &} escaped.
 */
final class GoJson {

	private GoJson() {
	}

	static String toJson(@Nullable Object value) {
		StringBuilder json = new StringBuilder();
		write(json, value);
		return json.toString();
	}

	@SuppressWarnings("unchecked")
	private static void write(StringBuilder json, @Nullable Object value) {
		if (value == null) {
			json.append("null");
		}
		else if (value instanceof Map<?, ?> map) {
			json.append('{');
			boolean first = true;
			// encoding/json writes map keys sorted.
			Map<String, Object> sorted = new TreeMap<>();
			((Map<Object, Object>) map).forEach((k, v) -> sorted.put(String.valueOf(k), v));
			for (Map.Entry<String, Object> e : sorted.entrySet()) {
				if (!first) {
					json.append(',');
				}
				first = false;
				writeString(json, String.valueOf(e.getKey()));
				json.append(':');
				write(json, e.getValue());
			}
			json.append('}');
		}
		else if (value instanceof Iterable<?> items) {
			json.append('[');
			boolean first = true;
			for (Object item : items) {
				if (!first) {
					json.append(',');
				}
				first = false;
				write(json, item);
			}
			json.append(']');
		}
		else if (value instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15) {
			json.append(d.longValue());
		}
		else if (value instanceof Number || value instanceof Boolean) {
			json.append(value);
		}
		else {
			writeString(json, value.toString());
		}
	}

	private static void writeString(StringBuilder json, String text) {
		json.append('"');
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '"' -> json.append("\\\"");
				case '\\' -> json.append("\\\\");
				case '\n' -> json.append("\\n");
				case '\r' -> json.append("\\r");
				case '\t' -> json.append("\\t");
				// Go escapes these three so JSON can be embedded in HTML.
				case '<', '>', '&' -> json.append(String.format("\\u%04x", (int) c));
				default -> {
					if (c < 0x20) {
						json.append(String.format("\\u%04x", (int) c));
					}
					else {
						json.append(c);
					}
				}
			}
		}
		json.append('"');
	}

}
