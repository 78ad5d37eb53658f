package dev.mattermost.spring.logging;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One hclog JSON object, written without a JSON library so that logging never depends on the application's
 * Jackson setup.
 */
final class HclogLine {

	private static final String ELLIPSIS = "…";

	private static final int ELLIPSIS_BYTES = 3;

	private final Map<String, String> fields = new LinkedHashMap<>();

	void field(String key, String value) {
		if (key != null && value != null) {
			this.fields.putIfAbsent(key, value);
		}
	}

	/**
	 * Writes the object on one line of at most {@code maxBytes} UTF-8 bytes. When it would be longer, the longest
	 * values are cut to a common length, each marked with an ellipsis, so the short fields (level, timestamp,
	 * logger) stay whole; if the keys alone do not fit, the last fields are left out.
	 */
	String toJson(int maxBytes) {
		List<String> keys = new ArrayList<>(this.fields.keySet());
		List<String> values = new ArrayList<>(this.fields.values());
		int fixed = fixedBytes(keys);
		int[] lengths = values.stream().mapToInt(HclogLine::escapedBytes).toArray();
		if (fixed + sum(lengths, Integer.MAX_VALUE, keys.size()) <= maxBytes) {
			return write(keys, values, Integer.MAX_VALUE);
		}
		while (keys.size() > 1 && fixed + keys.size() * ELLIPSIS_BYTES > maxBytes) {
			keys.remove(keys.size() - 1);
			values.remove(values.size() - 1);
			fixed = fixedBytes(keys);
		}
		int budget = maxBytes - fixed;
		int low = 0;
		int high = budget;
		while (low < high) {
			int cap = (low + high + 1) >>> 1;
			if (sum(lengths, cap, keys.size()) <= budget) {
				low = cap;
			}
			else {
				high = cap - 1;
			}
		}
		return write(keys, values, low);
	}

	private static int fixedBytes(List<String> keys) {
		// braces, commas between fields, and per field two pairs of quotes and a colon around the escaped key
		int bytes = 2 + Math.max(0, keys.size() - 1);
		for (String key : keys) {
			bytes += escapedBytes(key) + 5;
		}
		return bytes;
	}

	private static int sum(int[] lengths, int cap, int count) {
		long total = 0;
		for (int i = 0; i < count; i++) {
			total += Math.min(lengths[i], cap);
		}
		return (int) Math.min(total, Integer.MAX_VALUE);
	}

	private static String write(List<String> keys, List<String> values, int maxValueBytes) {
		StringBuilder out = new StringBuilder(256);
		out.append('{');
		for (int i = 0; i < keys.size(); i++) {
			if (i > 0) {
				out.append(',');
			}
			out.append('"');
			escape(out, keys.get(i), Integer.MAX_VALUE);
			out.append("\":\"");
			escape(out, values.get(i), maxValueBytes);
			out.append('"');
		}
		return out.append('}').toString();
	}

	private static int escapedBytes(String value) {
		long bytes = 0;
		for (int i = 0; i < value.length();) {
			int codePoint = value.codePointAt(i);
			bytes += escapedBytes(codePoint);
			i += Character.charCount(codePoint);
		}
		return (int) Math.min(bytes, Integer.MAX_VALUE);
	}

	/**
	 * Appends the escaped value, or as much of it as fits in {@code maxBytes} with an ellipsis after it; cuts fall
	 * between characters, never inside an escape sequence or a surrogate pair.
	 */
	private static void escape(StringBuilder out, String value, int maxBytes) {
		int limit = (escapedBytes(value) <= maxBytes) ? Integer.MAX_VALUE : maxBytes - ELLIPSIS_BYTES;
		int written = 0;
		for (int i = 0; i < value.length();) {
			int codePoint = value.codePointAt(i);
			int bytes = escapedBytes(codePoint);
			if (written + bytes > limit) {
				out.append(ELLIPSIS);
				return;
			}
			written += bytes;
			switch (codePoint) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				case '\t' -> out.append("\\t");
				default -> {
					if (codePoint < 0x20 || isLoneSurrogate(codePoint)) {
						// control characters, and a lone surrogate, which UTF-8 cannot carry
						out.append(String.format("\\u%04x", codePoint));
					}
					else {
						out.appendCodePoint(codePoint);
					}
				}
			}
			i += Character.charCount(codePoint);
		}
	}

	private static int escapedBytes(int codePoint) {
		return switch (codePoint) {
			case '"', '\\', '\n', '\r', '\t' -> 2;
			default -> {
				if (codePoint < 0x20 || isLoneSurrogate(codePoint)) {
					yield 6;
				}
				yield (codePoint < 0x80) ? 1 : (codePoint < 0x800) ? 2 : (codePoint < 0x10000) ? 3 : 4;
			}
		};
	}

	private static boolean isLoneSurrogate(int codePoint) {
		// codePointAt only returns a surrogate when it has no partner
		return codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE;
	}

}
