package dev.mattermost.spring.api;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Writes to the Mattermost server log, where entries carry the plugin's id without the plugin adding it.
 *
 * <p>Like the Go plugin API's logging methods, these do not fail when the server does: an entry the server cannot take
 * is written to the plugin's standard error instead, which the server also collects.
 */
public interface LogApi {

	/** The key Mattermost uses for a trailing value that has no key. */
	String EXTRA_VALUE_KEY = "EXTRA_VALUE_AT_END";

	/**
	 * Writes an entry at the given level with structured fields.
	 * @param level the level
	 * @param message the message
	 * @param fields the fields; values are sent as JSON-like values, other objects as their {@code toString()}
	 */
	void log(Level level, String message, Map<String, ?> fields);

	/**
	 * Writes a debug entry ({@code LogDebug}).
	 * @param message the message
	 * @param keyValuePairs alternating keys and values, for example {@code "user_id", userId}
	 */
	default void debug(String message, @Nullable Object... keyValuePairs) {
		log(Level.DEBUG, message, fields(keyValuePairs));
	}

	/**
	 * Writes an info entry ({@code LogInfo}).
	 * @param message the message
	 * @param keyValuePairs alternating keys and values, for example {@code "user_id", userId}
	 */
	default void info(String message, @Nullable Object... keyValuePairs) {
		log(Level.INFO, message, fields(keyValuePairs));
	}

	/**
	 * Writes a warning entry ({@code LogWarn}).
	 * @param message the message
	 * @param keyValuePairs alternating keys and values, for example {@code "user_id", userId}
	 */
	default void warn(String message, @Nullable Object... keyValuePairs) {
		log(Level.WARN, message, fields(keyValuePairs));
	}

	/**
	 * Writes an error entry ({@code LogError}).
	 * @param message the message
	 * @param keyValuePairs alternating keys and values, for example {@code "error", ex.getMessage()}
	 */
	default void error(String message, @Nullable Object... keyValuePairs) {
		log(Level.ERROR, message, fields(keyValuePairs));
	}

	private static Map<String, @Nullable Object> fields(@Nullable Object @Nullable [] keyValuePairs) {
		if (keyValuePairs == null || keyValuePairs.length == 0) {
			return Map.of();
		}
		Map<String, @Nullable Object> fields = new LinkedHashMap<>();
		int paired = keyValuePairs.length - (keyValuePairs.length % 2);
		for (int i = 0; i < paired; i += 2) {
			fields.put(String.valueOf(keyValuePairs[i]), keyValuePairs[i + 1]);
		}
		if (paired < keyValuePairs.length) {
			fields.put(EXTRA_VALUE_KEY, keyValuePairs[paired]);
		}
		return fields;
	}

	/**
	 * The levels of the Mattermost server log a plugin can write at.
	 */
	enum Level {

		/** Detail for troubleshooting. */
		DEBUG,

		/** Normal operation. */
		INFO,

		/** Something unexpected that the plugin handled. */
		WARN,

		/** A failure. */
		ERROR

	}

}
