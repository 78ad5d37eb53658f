package dev.mattermost.spring.logging;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import org.junit.jupiter.api.Test;
import org.slf4j.event.KeyValuePair;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link HclogStructuredLogFormatter}: every line must be one JSON object that go-plugin's hclog parser
 * reads, within its 64 KiB line buffer.
 */
class HclogStructuredLogFormatterTests {

	/** go-plugin's bufio reader size for a plugin's stderr. */
	private static final int GO_PLUGIN_LINE_BUFFER = 64 * 1024;

	/** Go's layout {@code 2006-01-02T15:04:05.000000Z07:00} for a UTC time. */
	private static final String GO_TIMESTAMP =
			"\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{6}(Z|[+-]\\d{2}:\\d{2})";

	private final HclogStructuredLogFormatter formatter = new HclogStructuredLogFormatter();

	private final LoggerContext loggerContext = new LoggerContext();

	{
		this.loggerContext.setMDCAdapter(new LogbackMDCAdapter());
	}

	private final Logger logger = this.loggerContext.getLogger("com.example.Plugin");

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void writesLevelMessageAndTimestampInGoPluginsForm() {
		LoggingEvent event = event(Level.INFO, "Plugin activated", null);
		event.setInstant(Instant.parse("2026-11-21T05:57:25.123456789Z"));
		JsonNode line = parse(this.formatter.format(event));
		assertThat(line.get("@level").asString()).isEqualTo("info");
		assertThat(line.get("@message").asString()).isEqualTo("Plugin activated");
		assertThat(line.get("@timestamp").asString()).isEqualTo("2026-11-21T05:57:25.123456Z");
		assertThat(line.get("logger").asString()).isEqualTo("com.example.Plugin");
	}

	@Test
	void timestampAlwaysHasSixFractionalDigitsAndZ() {
		LoggingEvent event = event(Level.INFO, "tick", null);
		event.setInstant(Instant.parse("2026-01-02T03:04:05Z"));
		String timestamp = parse(this.formatter.format(event)).get("@timestamp").asString();
		assertThat(timestamp).isEqualTo("2026-01-02T03:04:05.000000Z").matches(GO_TIMESTAMP);
		assertThat(OffsetDateTime.parse(timestamp, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant())
			.isEqualTo(Instant.parse("2026-01-02T03:04:05Z"));
	}

	@Test
	void mapsLogbackLevelsToHclogLevels() {
		assertThat(Map.of(Level.ERROR, "error", Level.WARN, "warn", Level.INFO, "info", Level.DEBUG, "debug",
				Level.TRACE, "trace"))
			.allSatisfy((level, name) -> assertThat(parse(this.formatter.format(event(level, "m", null)))
				.get("@level")
				.asString()).isEqualTo(name));
	}

	@Test
	void addsKeyValuePairsAndMdcAsFields() {
		LoggingEvent event = event(Level.WARN, "Slow hook", null);
		event.addKeyValuePair(new KeyValuePair("hook", "MessageWillBePosted"));
		event.addKeyValuePair(new KeyValuePair("millis", 1234));
		event.setMDCPropertyMap(Map.of("request_id", "r-1"));
		JsonNode line = parse(this.formatter.format(event));
		assertThat(line.get("hook").asString()).isEqualTo("MessageWillBePosted");
		assertThat(line.get("millis").asString()).isEqualTo("1234");
		assertThat(line.get("request_id").asString()).isEqualTo("r-1");
	}

	@Test
	void keyValuePairCannotReplaceTheHclogFields() {
		LoggingEvent event = event(Level.INFO, "real message", null);
		event.addKeyValuePair(new KeyValuePair("@message", "forged"));
		event.addKeyValuePair(new KeyValuePair("@level", "error"));
		JsonNode line = parse(this.formatter.format(event));
		assertThat(line.get("@message").asString()).isEqualTo("real message");
		assertThat(line.get("@level").asString()).isEqualTo("info");
	}

	@Test
	void exceptionBecomesErrorAndStacktraceFields() {
		LoggingEvent event = event(Level.ERROR, "Hook failed", new IllegalStateException("boom"));
		JsonNode line = parse(this.formatter.format(event));
		assertThat(line.get("error").asString()).isEqualTo("java.lang.IllegalStateException: boom");
		assertThat(line.get("stacktrace").asString()).startsWith("java.lang.IllegalStateException: boom")
			.contains("\tat " + HclogStructuredLogFormatterTests.class.getName());
	}

	@Test
	void exceptionWithoutMessageIsNamedWithoutANullSuffix() {
		LoggingEvent event = event(Level.ERROR, "Hook failed", new NullPointerException());
		assertThat(parse(this.formatter.format(event)).get("error").asString())
			.isEqualTo("java.lang.NullPointerException");
	}

	@Test
	void escapesQuotesNewlinesAndControlCharactersIntoOneLine() {
		String message = "say \"hi\"\\\nnext line\ttab\u0001\u001f end";
		String formatted = this.formatter.format(event(Level.INFO, message, null));
		assertThat(formatted).endsWith("\n");
		assertThat(formatted.substring(0, formatted.length() - 1)).doesNotContain("\n", "\r");
		assertThat(parse(formatted).get("@message").asString()).isEqualTo(message);
	}

	@Test
	void keepsNonAsciiText() {
		String message = "Grüße 日本語 😀";
		assertThat(parse(this.formatter.format(event(Level.INFO, message, null))).get("@message").asString())
			.isEqualTo(message);
	}

	@Test
	void giantMessageIsTruncatedToFitGoPluginsLineBuffer() {
		String message = "x".repeat(1024 * 1024);
		String formatted = this.formatter.format(event(Level.INFO, message, null));
		assertFitsLineBuffer(formatted);
		JsonNode line = parse(formatted);
		String kept = line.get("@message").asString();
		assertThat(kept.length()).isGreaterThan(60_000);
		assertThat(kept.substring(kept.length() - 2)).isEqualTo("x…");
		assertThat(kept.chars().filter((c) -> c != 'x').count()).isOne();
		assertThat(line.get("@level").asString()).isEqualTo("info");
		assertThat(line.get("@timestamp").asString()).matches(GO_TIMESTAMP);
	}

	@Test
	void giantNonAsciiMessageWithExceptionFitsInBytesNotJustCharacters() {
		String message = "日本語".repeat(40_000);
		String formatted = this.formatter.format(event(Level.ERROR, message, new IllegalStateException(message)));
		assertFitsLineBuffer(formatted);
		JsonNode line = parse(formatted);
		String kept = line.get("@message").asString();
		assertThat(kept.substring(0, 6)).isEqualTo("日本語日本語");
		assertThat(kept.substring(kept.length() - 1)).isEqualTo("…");
		assertThat(line.get("error").asString().substring(0, 36))
			.isEqualTo("java.lang.IllegalStateException: 日本語");
		assertThat(line.get("stacktrace").asString().length()).isGreaterThan(1000);
	}

	@Test
	void giantMessageOfControlCharactersFitsAfterEscaping() {
		String message = "\u0001".repeat(200_000);
		String formatted = this.formatter.format(event(Level.INFO, message, null));
		assertFitsLineBuffer(formatted);
		String kept = parse(formatted).get("@message").asString();
		assertThat(kept.length()).isGreaterThan(10_000);
		assertThat(kept.substring(kept.length() - 2)).isEqualTo("\u0001…");
	}

	@Test
	void manyLongKeyValuePairsStillFit() {
		LoggingEvent event = event(Level.INFO, "lots of context", null);
		for (int i = 0; i < 400; i++) {
			event.addKeyValuePair(new KeyValuePair("key" + i, "v".repeat(300)));
		}
		String formatted = this.formatter.format(event);
		assertFitsLineBuffer(formatted);
		JsonNode line = parse(formatted);
		assertThat(line.get("@message").asString()).isEqualTo("lots of context");
		assertThat(line.get("@level").asString()).isEqualTo("info");
	}

	@Test
	void truncationNeverSplitsASurrogatePair() {
		String message = "😀".repeat(100_000);
		String formatted = this.formatter.format(event(Level.INFO, message, null));
		assertFitsLineBuffer(formatted);
		String parsed = parse(formatted).get("@message").asString();
		String kept = parsed.substring(0, parsed.length() - 1);
		assertThat(kept.length()).isGreaterThan(20_000);
		assertThat(kept.codePoints().allMatch((codePoint) -> codePoint == "😀".codePointAt(0))).isTrue();
	}

	private void assertFitsLineBuffer(String formatted) {
		assertThat(formatted.indexOf('\n')).isEqualTo(formatted.length() - 1);
		assertThat(formatted.getBytes(StandardCharsets.UTF_8).length).isLessThan(GO_PLUGIN_LINE_BUFFER);
	}

	private JsonNode parse(String formatted) {
		return this.json.readTree(formatted);
	}

	private LoggingEvent event(Level level, String message, Throwable error) {
		return new LoggingEvent(Logger.class.getName(), this.logger, level, message, error, null);
	}

}
