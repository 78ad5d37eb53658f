package dev.mattermost.spring.convert;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Applies an element converter to the repeated and map fields of a message.
 */
final class Conversions {

	private Conversions() {
	}

	static <S, T> List<T> list(List<? extends S> source, Function<? super S, ? extends T> converter) {
		if (source.isEmpty()) {
			return List.of();
		}
		List<T> target = new ArrayList<>(source.size());
		for (S element : source) {
			target.add(converter.apply(element));
		}
		return Collections.unmodifiableList(target);
	}

	static <S, T> Map<String, T> mapValues(Map<String, ? extends S> source, Function<? super S, ? extends T> converter) {
		if (source.isEmpty()) {
			return Map.of();
		}
		Map<String, T> target = new LinkedHashMap<>(source.size() * 2);
		source.forEach((key, value) -> target.put(key, converter.apply(value)));
		return Collections.unmodifiableMap(target);
	}

}
