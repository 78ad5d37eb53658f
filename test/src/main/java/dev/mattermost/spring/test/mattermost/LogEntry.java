package dev.mattermost.spring.test.mattermost;

import java.util.Map;

/**
 * A line the plugin logged through {@code LogDebug}, {@code LogInfo}, {@code LogWarn} or {@code LogError}.
 *
 * @param level {@code "debug"}, {@code "info"}, {@code "warn"} or {@code "error"}
 * @param message the message
 * @param fields the key-value pairs, in the order sent
 */
public record LogEntry(String level, String message, Map<String, Object> fields) {
}
