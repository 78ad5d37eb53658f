package dev.mattermost.spring.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The point up to which a shared channel has been synchronised to a remote, as Mattermost's
 * {@code model.GetPostsSinceForSyncCursor}.
 *
 * @param lastPostUpdateAt update time of the last synchronised post, in epoch milliseconds
 * @param lastPostId id of the last synchronised post
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SyncCursor(@JsonProperty("last_post_update_at") long lastPostUpdateAt,
		@JsonProperty("last_post_id") String lastPostId) {

	public SyncCursor {
		lastPostId = Defaults.text(lastPostId);
	}

}
