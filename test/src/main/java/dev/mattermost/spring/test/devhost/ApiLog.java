package dev.mattermost.spring.test.devhost;

import java.util.Map;

/**
 * A line the plugin logged through the plugin API ({@code LogDebug}, {@code LogInfo}, {@code LogWarn},
 * {@code LogError}), which the server writes to its own log.
 *
 * @param level {@code debug}, {@code info}, {@code warn} or {@code error}
 * @param message the message
 * @param fields the key/value pairs, in the order sent
 */
public record ApiLog(String level, String message, Map<String, Object> fields) {
}
