package dev.mattermost.spring.test.devhost;

import java.util.Map;

import dev.mattermost.spring.model.Post;

/**
 * Told what the plugin did through the plugin API, so the dev host can do what the server does next and show it.
 */
public interface PluginActivity {

	/**
	 * The plugin created a post.
	 * @param post the stored post
	 */
	default void postCreated(Post post) {
	}

	/**
	 * The plugin showed a user an ephemeral post.
	 * @param userId the user
	 * @param post the post
	 */
	default void ephemeralPostSent(String userId, Post post) {
	}

	/**
	 * The plugin saved its own settings.
	 * @param settings the new settings
	 */
	default void settingsSaved(Map<String, Object> settings) {
	}

	/**
	 * The plugin logged a line through the API.
	 * @param line the line
	 */
	default void logged(ApiLog line) {
	}

}
