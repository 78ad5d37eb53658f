package dev.mattermost.spring.test.mattermost;

import java.util.Map;

import dev.mattermost.spring.model.Post;

/**
 * Told what the plugin did through the PluginAPI, so a hook driver or dev host can react as the server would (for
 * example run {@code MessageHasBeenPosted} after the plugin posts, or {@code OnConfigurationChange} after it saves
 * its settings).
 * <p>
 * Callbacks run on the gRPC thread that served the call, after the state has changed and outside the stand-in's
 * lock, so a listener may call back into the stand-in or into the plugin. An exception from a listener is logged and
 * never fails the plugin's call.
 */
public interface PluginActivityListener {

	/**
	 * The plugin created a post with {@code CreatePost}.
	 * @param post the stored post
	 */
	default void pluginCreatedPost(Post post) {
	}

	/**
	 * The plugin showed a user an ephemeral post with {@code SendEphemeralPost}.
	 * @param userId the user
	 * @param post the ephemeral post
	 */
	default void pluginSentEphemeralPost(String userId, Post post) {
	}

	/**
	 * The plugin saved its own settings with {@code SavePluginConfig}.
	 * @param settings the new settings
	 */
	default void pluginSavedConfiguration(Map<String, Object> settings) {
	}

	/**
	 * The plugin logged a line through the API.
	 * @param entry the line
	 */
	default void pluginLogged(LogEntry entry) {
	}

}
