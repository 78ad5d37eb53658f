package dev.mattermost.spring.test.hooks;

import org.jspecify.annotations.Nullable;

import dev.mattermost.spring.protocol.v1.Post;

/**
 * What {@code MessageWillBePosted} decided about a post, read the way the server reads the hook's answer.
 */
public sealed interface MessageOutcome {

	/**
	 * The rejection reason that makes the server drop a post silently instead of reporting an error.
	 */
	String DISMISS_POST = "plugin.message_will_be_posted.dismiss_post";

	/**
	 * The post goes ahead, possibly changed by the plugin.
	 * @param post the post to store
	 * @param modified whether the plugin returned a modified post
	 * @param hookFailure why the hook call failed when the server kept the post only because it fails open
	 */
	record Accepted(Post post, boolean modified, @Nullable String hookFailure) implements MessageOutcome {
	}

	/**
	 * The plugin rejected the post; the server answers the poster with an error carrying the reason.
	 * @param reason the plugin's rejection reason
	 */
	record Rejected(String reason) implements MessageOutcome {
	}

	/**
	 * The plugin dismissed the post: it is dropped without an error.
	 */
	record Dismissed() implements MessageOutcome {
	}

}
