package dev.mattermost.spring.maven;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Reads Maven's {@code project.build.outputTimestamp}, the fixed time reproducible builds give their archive entries.
 */
final class OutputTimestamp {

	private OutputTimestamp() {
	}

	/**
	 * Parses the property as Maven does: seconds since the epoch or an ISO-8601 date-time with an offset; empty or a
	 * single character means not set.
	 * @param value the property value, or {@code null}
	 * @return the instant, if set
	 * @throws BundleException if the value is neither form
	 */
	static Optional<Instant> parse(String value) {
		if (value == null || value.trim().length() < 2) {
			return Optional.empty();
		}
		String text = value.trim();
		if (text.chars().allMatch(Character::isDigit)) {
			return Optional.of(Instant.ofEpochSecond(Long.parseLong(text)));
		}
		try {
			return Optional.of(OffsetDateTime.parse(text).toInstant());
		}
		catch (DateTimeParseException ex) {
			throw new BundleException("project.build.outputTimestamp '" + value + "' is neither seconds since the "
					+ "epoch nor an ISO-8601 date-time with an offset (e.g. 2026-01-01T00:00:00Z).", ex);
		}
	}

}
