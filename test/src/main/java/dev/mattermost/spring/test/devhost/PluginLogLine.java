package dev.mattermost.spring.test.devhost;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One line the plugin wrote to stderr, read the way the server reads it: an hclog JSON object keeps its
 * {@code @level}, {@code @message}, {@code @timestamp} and extra keys; anything else is plain text whose level comes
 * from a {@code [INFO]}-style prefix, or is DEBUG.
 *
 * @param time when the line was logged
 * @param level the level the server would log it at
 * @param message the message (for plain text, the whole line)
 * @param fields the extra key/value pairs of an hclog line
 * @param structured whether the server reads the line as an hclog entry
 * @param problem why the server reads a JSON-looking line as plain text, if it does
 */
public record PluginLogLine(LocalTime time, Level level, String message, Map<String, String> fields,
		boolean structured, @Nullable Problem problem) {

	/** Why a line that was meant as hclog JSON is read as plain text. */
	public enum Problem {

		/** The line is longer than go-plugin's 64 KiB line buffer. */
		TOO_LONG("the line is longer than 64 KiB, so the server logs it in pieces as plain text at DEBUG"),
		/** The JSON has no level hclog knows. */
		NO_LEVEL("the JSON line has no hclog @level (trace, debug, info, warn or error), so the server logs it "
				+ "verbatim at DEBUG"),
		/** The timestamp does not have hclog's exact layout. */
		TIMESTAMP_LAYOUT("@timestamp is not in hclog's layout 2006-01-02T15:04:05.000000Z07:00 (exactly six "
				+ "fraction digits), so the server cannot parse the line and logs it verbatim at DEBUG");

		private final String explanation;

		Problem(String explanation) {
			this.explanation = explanation;
		}

		/**
		 * What the server does with such a line.
		 * @return the explanation
		 */
		public String explanation() {
			return this.explanation;
		}

	}

	/** The level a line lands at in the Mattermost log; hclog's TRACE is logged as DEBUG there. */
	public enum Level {

		/** Hidden at the server's default log level. */
		DEBUG,
		/** Informational. */
		INFO,
		/** Warning. */
		WARN,
		/** Error. */
		ERROR

	}

	// go-plugin reads stderr with a 64 KiB line buffer; longer lines arrive in pieces and are logged as plain text.
	private static final int MAX_LINE_BYTES = 64 * 1024;

	// hclog's time layout "2006-01-02T15:04:05.000000Z07:00": exactly six fraction digits, Z or a numeric offset.
	private static final Pattern HCLOG_TIMESTAMP = Pattern
		.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{6}(Z|[+-]\\d{2}:\\d{2})");

	private static final DateTimeFormatter DISPLAY_TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/**
	 * Reads one stderr line.
	 * @param line the line without its line terminator
	 * @param clock gives the time of lines that carry none
	 * @return the line as the server would log it
	 */
	public static PluginLogLine parse(String line, Clock clock) {
		LocalTime now = LocalTime.now(clock);
		if (line.length() > MAX_LINE_BYTES / 4 && line.getBytes(StandardCharsets.UTF_8).length > MAX_LINE_BYTES) {
			return new PluginLogLine(now, Level.DEBUG, line, Map.of(), false, Problem.TOO_LONG);
		}
		JsonNode json = readObject(line);
		if (json == null) {
			return new PluginLogLine(now, prefixLevel(line), line, Map.of(), false, null);
		}
		Level level = jsonLevel(json.get("@level"));
		if (level == null) {
			return new PluginLogLine(now, Level.DEBUG, line, Map.of(), false, Problem.NO_LEVEL);
		}
		LocalTime time = now;
		JsonNode timestamp = json.get("@timestamp");
		if (timestamp != null) {
			String text = timestamp.isString() ? timestamp.stringValue() : timestamp.toString();
			if (!HCLOG_TIMESTAMP.matcher(text).matches()) {
				return new PluginLogLine(now, Level.DEBUG, line, Map.of(), false, Problem.TIMESTAMP_LAYOUT);
			}
			time = localTime(text, clock, now);
		}
		JsonNode message = json.get("@message");
		Map<String, String> fields = new LinkedHashMap<>();
		for (Map.Entry<String, JsonNode> property : json.properties()) {
			String key = property.getKey();
			if (!key.equals("@level") && !key.equals("@message") && !key.equals("@timestamp")) {
				JsonNode value = property.getValue();
				fields.put(key, value.isString() ? value.stringValue() : value.toString());
			}
		}
		String text = (message == null) ? "" : message.isString() ? message.stringValue() : message.toString();
		return new PluginLogLine(time, level, text, fields, true, null);
	}

	/**
	 * Renders the line for a terminal, for example {@code 12:00:01.123 INFO  Activated id=abc}.
	 * @return the readable line
	 */
	public String format() {
		StringBuilder out = new StringBuilder(DISPLAY_TIME.format(this.time)).append(' ');
		String name = this.level.name();
		out.append(name).append(" ".repeat(6 - name.length())).append(this.message);
		this.fields.forEach((key, value) -> out.append(' ').append(key).append('=').append(quoteIfNeeded(value)));
		return out.toString();
	}

	private static @Nullable JsonNode readObject(String line) {
		String trimmed = line.strip();
		if (!trimmed.startsWith("{")) {
			return null;
		}
		try {
			JsonNode node = JSON.readTree(trimmed);
			return (node != null && node.isObject()) ? node : null;
		}
		catch (JacksonException ex) {
			return null;
		}
	}

	private static Level prefixLevel(String line) {
		if (line.startsWith("[ERROR]")) {
			return Level.ERROR;
		}
		if (line.startsWith("[WARN]")) {
			return Level.WARN;
		}
		if (line.startsWith("[INFO]")) {
			return Level.INFO;
		}
		return Level.DEBUG;
	}

	private static @Nullable Level jsonLevel(@Nullable JsonNode node) {
		if (node == null || !node.isString()) {
			return null;
		}
		return switch (node.stringValue().strip().toLowerCase(Locale.ROOT)) {
			case "trace", "debug" -> Level.DEBUG;
			case "info" -> Level.INFO;
			case "warn" -> Level.WARN;
			case "error" -> Level.ERROR;
			default -> null;
		};
	}

	private static LocalTime localTime(String timestamp, Clock clock, LocalTime fallback) {
		try {
			Instant instant = OffsetDateTime.parse(timestamp).toInstant();
			return LocalTime.ofInstant(instant, clock.getZone());
		}
		catch (DateTimeParseException ex) {
			return fallback;
		}
	}

	private static String quoteIfNeeded(String value) {
		if (value.isEmpty() || value.chars().anyMatch((c) -> Character.isWhitespace(c) || c == '"' || c == '=')) {
			return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
		}
		return value;
	}

}
