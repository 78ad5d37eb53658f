package dev.mattermost.spring.test.mattermost;

import java.util.List;
import java.util.stream.Stream;

/**
 * Pages a listing the way the store's LIMIT/OFFSET queries do.
 */
final class Pages {

	private Pages() {
	}

	static <T> List<T> page(Stream<T> items, int page, int perPage) {
		// Like the store's LIMIT/OFFSET: a zero page size yields nothing rather than everything.
		if (page < 0 || perPage <= 0) {
			return List.of();
		}
		return items.skip((long) page * perPage).limit(perPage).toList();
	}

}
