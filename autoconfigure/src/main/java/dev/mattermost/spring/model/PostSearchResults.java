package dev.mattermost.spring.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The posts a search found, best match first, with the words that matched in each.
 *
 * @param order the ids of the posts found, best match first
 * @param posts the posts found, by id
 * @param matches the words that matched, by post id
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PostSearchResults(
		@JsonProperty("order") List<String> order,
		@JsonProperty("posts") Map<String, Post> posts,
		@JsonProperty("matches") Map<String, List<String>> matches) {

	public PostSearchResults {
		order = Defaults.list(order);
		posts = Defaults.map(posts);
		matches = copyMatches(matches);
	}

	// The word lists are copied too, so that results read from JSON are as immutable as the record.
	private static Map<String, List<String>> copyMatches(@Nullable Map<String, List<String>> matches) {
		if (matches == null || matches.isEmpty()) {
			return Map.of();
		}
		Map<String, List<String>> copy = new LinkedHashMap<>(matches.size() * 2);
		matches.forEach((postId, words) -> copy.put(postId, Defaults.list(words)));
		return Defaults.map(copy);
	}

	/**
	 * Returns the posts found, best match first.
	 * @return the posts in {@link #order()}
	 */
	@JsonIgnore
	public List<Post> orderedPosts() {
		return this.order.stream().map(this.posts::get).filter(Objects::nonNull).toList();
	}

}
