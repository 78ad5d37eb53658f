package dev.mattermost.spring.model;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import org.jspecify.annotations.Nullable;

/**
 * A message in a channel, or a reply in a thread when it has a root id.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Post(
		@JsonProperty("id") String id,
		@JsonProperty("create_at") @JsonSetter(nulls = Nulls.AS_EMPTY) long createAt,
		@JsonProperty("update_at") @JsonSetter(nulls = Nulls.AS_EMPTY) long updateAt,
		@JsonProperty("edit_at") @JsonSetter(nulls = Nulls.AS_EMPTY) long editAt,
		@JsonProperty("delete_at") @JsonSetter(nulls = Nulls.AS_EMPTY) long deleteAt,
		@JsonProperty("is_pinned") @JsonSetter(nulls = Nulls.AS_EMPTY) boolean isPinned,
		@JsonProperty("user_id") String userId,
		@JsonProperty("channel_id") String channelId,
		@JsonProperty("root_id") String rootId,
		@JsonProperty("original_id") String originalId,
		@JsonProperty("message") String message,
		@JsonProperty("message_source") String messageSource,
		@JsonProperty("type") String type,
		@JsonProperty("props") Map<String, @Nullable Object> props,
		@JsonProperty("hashtags") String hashtags,
		@JsonProperty("file_ids") List<String> fileIds,
		@JsonProperty("pending_post_id") String pendingPostId,
		@JsonProperty("has_reactions") @JsonSetter(nulls = Nulls.AS_EMPTY) boolean hasReactions,
		@JsonProperty("remote_id") @Nullable String remoteId,
		@JsonProperty("reply_count") @JsonSetter(nulls = Nulls.AS_EMPTY) long replyCount,
		@JsonProperty("last_reply_at") @JsonSetter(nulls = Nulls.AS_EMPTY) long lastReplyAt,
		@JsonProperty("participants") List<User> participants,
		@JsonProperty("is_following") @Nullable Boolean isFollowing,
		@JsonProperty("metadata") @Nullable PostMetadata metadata) {

	public Post {
		id = Defaults.text(id);
		userId = Defaults.text(userId);
		channelId = Defaults.text(channelId);
		rootId = Defaults.text(rootId);
		originalId = Defaults.text(originalId);
		message = Defaults.text(message);
		messageSource = Defaults.text(messageSource);
		type = Defaults.text(type);
		props = Defaults.map(props);
		hashtags = Defaults.text(hashtags);
		fileIds = Defaults.list(fileIds);
		pendingPostId = Defaults.text(pendingPostId);
		participants = Defaults.list(participants);
	}

	/**
	 * Creates a post with the given message in a channel; the server fills in ids and timestamps.
	 * @param channelId the channel to post in
	 * @param message the message text (Markdown)
	 * @return the post
	 */
	public static Post of(String channelId, String message) {
		return new Post("", 0, 0, 0, 0, false, "", channelId, "", "", message, "", "", Map.of(), "", List.of(), "",
				false, null, 0, 0, List.of(), null, null);
	}

	/**
	 * Returns a copy of this post with another message text.
	 * @param message the new value
	 * @return the changed copy
	 */
	public Post withMessage(String message) {
		return new Post(this.id, this.createAt, this.updateAt, this.editAt, this.deleteAt, this.isPinned,
				this.userId, this.channelId, this.rootId, this.originalId, message, this.messageSource, this.type,
				this.props, this.hashtags, this.fileIds, this.pendingPostId, this.hasReactions, this.remoteId,
				this.replyCount, this.lastReplyAt, this.participants, this.isFollowing, this.metadata);
	}

	/**
	 * Returns a copy of this post with other props (attachments, override username, custom values).
	 * @param props the new value
	 * @return the changed copy
	 */
	public Post withProps(Map<String, ?> props) {
		return new Post(this.id, this.createAt, this.updateAt, this.editAt, this.deleteAt, this.isPinned,
				this.userId, this.channelId, this.rootId, this.originalId, this.message, this.messageSource,
				this.type, Defaults.map(props), this.hashtags, this.fileIds, this.pendingPostId, this.hasReactions,
				this.remoteId, this.replyCount, this.lastReplyAt, this.participants, this.isFollowing, this.metadata);
	}

	/**
	 * Returns a copy of this post with another author.
	 * @param userId the new value
	 * @return the changed copy
	 */
	public Post withUserId(String userId) {
		return new Post(this.id, this.createAt, this.updateAt, this.editAt, this.deleteAt, this.isPinned, userId,
				this.channelId, this.rootId, this.originalId, this.message, this.messageSource, this.type,
				this.props, this.hashtags, this.fileIds, this.pendingPostId, this.hasReactions, this.remoteId,
				this.replyCount, this.lastReplyAt, this.participants, this.isFollowing, this.metadata);
	}

	/**
	 * Returns a copy of this post with another thread root, making it a reply in that thread.
	 * @param rootId the new value
	 * @return the changed copy
	 */
	public Post withRootId(String rootId) {
		return new Post(this.id, this.createAt, this.updateAt, this.editAt, this.deleteAt, this.isPinned,
				this.userId, this.channelId, rootId, this.originalId, this.message, this.messageSource, this.type,
				this.props, this.hashtags, this.fileIds, this.pendingPostId, this.hasReactions, this.remoteId,
				this.replyCount, this.lastReplyAt, this.participants, this.isFollowing, this.metadata);
	}

}
