package dev.mattermost.spring.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import org.jspecify.annotations.Nullable;

/**
 * An emoji reaction by one user to one post.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Reaction(
		@JsonProperty("user_id") String userId,
		@JsonProperty("post_id") String postId,
		@JsonProperty("emoji_name") String emojiName,
		@JsonProperty("create_at") @JsonSetter(nulls = Nulls.AS_EMPTY) long createAt,
		@JsonProperty("update_at") @JsonSetter(nulls = Nulls.AS_EMPTY) long updateAt,
		@JsonProperty("delete_at") @JsonSetter(nulls = Nulls.AS_EMPTY) long deleteAt,
		@JsonProperty("remote_id") @Nullable String remoteId,
		@JsonProperty("channel_id") @Nullable String channelId) {

	public Reaction {
		userId = Defaults.text(userId);
		postId = Defaults.text(postId);
		emojiName = Defaults.text(emojiName);
	}

	/**
	 * Creates a reaction to add to a post.
	 * @param userId the user reacting
	 * @param postId the post reacted to
	 * @param emojiName the emoji name, without colons (for example {@code "thumbsup"})
	 * @return the reaction
	 */
	public static Reaction of(String userId, String postId, String emojiName) {
		return new Reaction(userId, postId, emojiName, 0, 0, 0, null, null);
	}

}
