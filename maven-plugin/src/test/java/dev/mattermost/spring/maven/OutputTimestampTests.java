package dev.mattermost.spring.maven;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class OutputTimestampTests {

	@Test
	void readsSecondsSinceTheEpoch() {
		assertThat(OutputTimestamp.parse("1767225600")).contains(Instant.parse("2026-01-01T00:00:00Z"));
	}

	@Test
	void readsIsoDateTimesWithAnOffset() {
		assertThat(OutputTimestamp.parse("2026-01-01T02:00:00+02:00")).contains(Instant.parse("2026-01-01T00:00:00Z"));
		assertThat(OutputTimestamp.parse("2026-01-01T00:00:00Z")).contains(Instant.parse("2026-01-01T00:00:00Z"));
	}

	@Test
	void treatsEmptyAndSingleCharactersAsNotSet() {
		assertThat(OutputTimestamp.parse(null)).isEmpty();
		assertThat(OutputTimestamp.parse("")).isEmpty();
		assertThat(OutputTimestamp.parse("x")).isEmpty();
	}

	@Test
	void refusesAnythingElse() {
		assertThatExceptionOfType(BundleException.class).isThrownBy(() -> OutputTimestamp.parse("yesterday"))
			.withMessageContaining("project.build.outputTimestamp 'yesterday'");
	}

}
