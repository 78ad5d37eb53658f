package dev.mattermost.spring.model;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;

/**
 * Posts keyed by id, with their display order and paging hints.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PostList(
		@JsonProperty("order") List<String> order,
		@JsonProperty("posts") Map<String, Post> posts,
		@JsonProperty("next_post_id") String nextPostId,
		@JsonProperty("prev_post_id") String prevPostId,
		@JsonProperty("first_inaccessible_post_time") @JsonSetter(nulls = Nulls.AS_EMPTY) boolean firstInaccessiblePostTime,
		@JsonProperty("has_next") @JsonSetter(nulls = Nulls.AS_EMPTY) boolean hasNext) {

	public PostList {
		order = Defaults.list(order);
		posts = Defaults.map(posts);
		nextPostId = Defaults.text(nextPostId);
		prevPostId = Defaults.text(prevPostId);
	}

}
