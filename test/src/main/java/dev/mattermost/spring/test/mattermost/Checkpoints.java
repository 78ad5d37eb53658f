package dev.mattermost.spring.test.mattermost;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Copies of the stores' mutable containers for checkpoints. The values themselves (protobuf messages, records,
 * byte arrays the stores never change in place) are immutable, so copying the containers is enough.
 */
final class Checkpoints {

	private Checkpoints() {
	}

	static <K, V> Map<String, Map<K, V>> copyNested(Map<String, Map<K, V>> source) {
		Map<String, Map<K, V>> copy = new LinkedHashMap<>();
		source.forEach((key, inner) -> copy.put(key, new LinkedHashMap<>(inner)));
		return copy;
	}

	static <V> Map<String, List<V>> copyLists(Map<String, List<V>> source) {
		Map<String, List<V>> copy = new LinkedHashMap<>();
		source.forEach((key, inner) -> copy.put(key, new ArrayList<>(inner)));
		return copy;
	}

	static <K, V> void replace(Map<K, V> target, Map<K, V> source) {
		target.clear();
		target.putAll(source);
	}

}
