package dev.mattermost.spring.test.devhost;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import dev.mattermost.spring.test.devhost.PluginLogLine.Level;
import dev.mattermost.spring.test.devhost.PluginLogLine.Problem;

import static org.assertj.core.api.Assertions.assertThat;

class PluginLogLineTests {

	private final Clock clock = Clock.fixed(Instant.parse("2026-11-21T08:30:00Z"), ZoneOffset.UTC);

	@Test
	void showsHclogLinesWithTimeLevelMessageAndExtraKeys() {
		PluginLogLine line = PluginLogLine.parse("{\"@level\":\"info\",\"@message\":\"Activated\","
				+ "\"@timestamp\":\"2026-11-21T12:00:01.123456Z\",\"plugin_id\":\"com.example\",\"count\":3}", this.clock);

		assertThat(line.structured()).isTrue();
		assertThat(line.format()).isEqualTo("12:00:01.123 INFO  Activated plugin_id=com.example count=3");
	}

	@Test
	void logsHclogTraceAtDebugAsMattermostDoes() {
		PluginLogLine line = PluginLogLine.parse("{\"@level\":\"TRACE\",\"@message\":\"detail\"}", this.clock);

		assertThat(line.level()).isEqualTo(Level.DEBUG);
		assertThat(line.format()).isEqualTo("08:30:00.000 DEBUG detail");
	}

	@Test
	void quotesValuesWithSpaces() {
		PluginLogLine line = PluginLogLine.parse("{\"@level\":\"warn\",\"@message\":\"slow\",\"what\":\"a b\"}",
				this.clock);

		assertThat(line.format()).endsWith("WARN  slow what=\"a b\"");
	}

	@Test
	void readsPlainLinesAtTheLevelOfTheirPrefixOrDebug() {
		assertThat(PluginLogLine.parse("[ERROR] broken", this.clock).level()).isEqualTo(Level.ERROR);
		assertThat(PluginLogLine.parse("[WARN] careful", this.clock).level()).isEqualTo(Level.WARN);
		assertThat(PluginLogLine.parse("[INFO] hello", this.clock).level()).isEqualTo(Level.INFO);
		PluginLogLine plain = PluginLogLine.parse("2026-11-21 INFO hello from logback", this.clock);
		assertThat(plain.level()).isEqualTo(Level.DEBUG);
		assertThat(plain.structured()).isFalse();
		assertThat(plain.format()).isEqualTo("08:30:00.000 DEBUG 2026-11-21 INFO hello from logback");
	}

	@Test
	void flagsATimestampTheServerCannotParse() {
		PluginLogLine line = PluginLogLine.parse(
				"{\"@level\":\"info\",\"@message\":\"hi\",\"@timestamp\":\"2026-11-21T12:00:01.123Z\"}", this.clock);

		assertThat(line.problem()).isEqualTo(Problem.TIMESTAMP_LAYOUT);
		assertThat(line.level()).isEqualTo(Level.DEBUG);
		assertThat(line.structured()).isFalse();
	}

	@Test
	void flagsJsonWithoutAnHclogLevel() {
		PluginLogLine line = PluginLogLine.parse("{\"level\":\"INFO\",\"message\":\"hi\"}", this.clock);

		assertThat(line.problem()).isEqualTo(Problem.NO_LEVEL);
		assertThat(line.level()).isEqualTo(Level.DEBUG);
	}

	@Test
	void acceptsANumericOffsetInTheTimestamp() {
		PluginLogLine line = PluginLogLine.parse(
				"{\"@level\":\"error\",\"@message\":\"x\",\"@timestamp\":\"2026-11-21T13:00:01.000000+01:00\"}",
				this.clock);

		assertThat(line.format()).isEqualTo("12:00:01.000 ERROR x");
	}

}
