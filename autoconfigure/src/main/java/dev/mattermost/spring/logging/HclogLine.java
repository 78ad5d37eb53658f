package dev.mattermost.spring.logging;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One hclog JSON object, written without a JSON library so that logging never depends on the application's
 * Jackson setup.
 */
final class HclogLine {

	private final Map<String, String> fields = new LinkedHashMap<>();

	void field(String key, String value) {
		if (key != null && value != null) {
			this.fields.putIfAbsent(key, value);
		}
	}

	/**
	 * Writes the object on one line, shortening the longest values when the line would exceed {@code maxChars}.
	 */
	String toJson(int maxChars) {
		String json = write(Integer.MAX_VALUE);
		if (json.length() <= maxChars) {
			return json;
		}
		return write(Math.max(256, maxChars / Math.max(1, this.fields.size())));
	}

	private String write(int maxValueChars) {
		StringBuilder out = new StringBuilder(256);
		out.append('{');
		boolean first = true;
		for (Map.Entry<String, String> entry : this.fields.entrySet()) {
			if (!first) {
				out.append(',');
			}
			first = false;
			quote(out, entry.getKey(), Integer.MAX_VALUE);
			out.append(':');
			quote(out, entry.getValue(), maxValueChars);
		}
		return out.append('}').toString();
	}

	private static void quote(StringBuilder out, String value, int maxChars) {
		out.append('"');
		int length = Math.min(value.length(), maxChars);
		for (int i = 0; i < length; i++) {
			char c = value.charAt(i);
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				case '\t' -> out.append("\\t");
				default -> {
					if (c < 0x20) {
						out.append(String.format("\\u%04x", (int) c));
					}
					else {
						out.append(c);
					}
				}
			}
		}
		if (length < value.length()) {
			out.append('…');
		}
		out.append('"');
	}

}
