package dev.mattermost.spring.test.mattermost;

import java.util.List;
import java.util.Map;

/**
 * A post (or an ephemeral post) as the in-memory Mattermost holds it.
 *
 * @param id the 26-character id
 * @param channelId the channel
 * @param userId the author
 * @param rootId the thread root, or empty
 * @param message the text
 * @param type the post type, empty for a normal post, {@code "system_ephemeral"} for an ephemeral one
 * @param props the post's props
 * @param fileIds attached files
 * @param createAt creation time in epoch milliseconds
 * @param updateAt last update time
 * @param editAt last edit of the message, or 0
 * @param deleteAt deletion time, or 0
 */
public record StoredPost(String id, String channelId, String userId, String rootId, String message, String type,
		Map<String, Object> props, List<String> fileIds, long createAt, long updateAt, long editAt, long deleteAt) {
}
