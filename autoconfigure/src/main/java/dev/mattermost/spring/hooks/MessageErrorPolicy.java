package dev.mattermost.spring.hooks;

/**
 * What happens to a post when a {@code MessageWillBePosted} or {@code MessageWillBeUpdated} handler fails.
 */
public enum MessageErrorPolicy {

	/**
	 * Skip the failing handler and let the post through, as Mattermost itself does when a plugin's hook fails.
	 */
	ALLOW,

	/**
	 * Reject the post, so that a failing content filter never lets through what it was meant to stop.
	 */
	REJECT

}
