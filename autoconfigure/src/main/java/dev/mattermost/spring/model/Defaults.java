package dev.mattermost.spring.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Normalizes record components the way Mattermost's Go zero values read: absent text is empty, absent collections
 * are empty, and every collection is an unmodifiable copy so records stay immutable.
 */
final class Defaults {

	private static final byte[] NO_BYTES = new byte[0];

	private Defaults() {
	}

	static String text(@Nullable String text) {
		return (text != null) ? text : "";
	}

	static <T> List<T> list(@Nullable List<? extends T> list) {
		return (list != null) ? List.copyOf(list) : List.of();
	}

	// Insertion order is kept so that JSON and toString output follow the order the values arrived in.
	static <V> Map<String, V> map(@Nullable Map<String, ? extends V> map) {
		if (map == null || map.isEmpty()) {
			return Map.of();
		}
		return Collections.unmodifiableMap(new LinkedHashMap<>(map));
	}

	// A Go map[string]string cannot hold nil, so a null value reads as the empty string.
	static Map<String, String> textMap(@Nullable Map<String, ? extends @Nullable String> map) {
		if (map == null || map.isEmpty()) {
			return Map.of();
		}
		Map<String, String> copy = new LinkedHashMap<>(map.size() * 2);
		map.forEach((key, value) -> copy.put(key, text(value)));
		return Collections.unmodifiableMap(copy);
	}

	static byte[] bytes(byte @Nullable [] bytes) {
		return (bytes != null && bytes.length > 0) ? bytes.clone() : NO_BYTES;
	}

	static byte @Nullable [] nullableBytes(byte @Nullable [] bytes) {
		return (bytes != null) ? bytes.clone() : null;
	}

}
