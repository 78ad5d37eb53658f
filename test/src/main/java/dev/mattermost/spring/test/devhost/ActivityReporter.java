package dev.mattermost.spring.test.devhost;

import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import dev.mattermost.spring.model.Post;

/**
 * Shows what the plugin does through the plugin API and, once the plugin is active, does what the server does next:
 * {@code MessageHasBeenPosted} after the plugin posts, {@code OnConfigurationChange} after it saves its settings.
 */
final class ActivityReporter implements PluginActivity {

	private final DevHostConsole console;

	private volatile @Nullable ServerActions actions;

	ActivityReporter(DevHostConsole console) {
		this.console = console;
	}

	/**
	 * Starts reacting to what the plugin does; before this, activity is only shown.
	 * @param actions the server actions of the active plugin
	 */
	void attach(ServerActions actions) {
		this.actions = actions;
	}

	@Override
	public void postCreated(Post post) {
		this.console.info("The plugin posted in channel " + post.channelId() + ": " + abbreviate(post.message()));
		ServerActions active = this.actions;
		if (active != null) {
			active.pluginCreatedPost(post);
		}
	}

	@Override
	public void ephemeralPostSent(String userId, Post post) {
		this.console.info("The plugin showed user " + userId + " an ephemeral post: " + abbreviate(post.message()));
	}

	@Override
	public void settingsSaved(Map<String, Object> settings) {
		this.console.info("The plugin saved its settings " + settings + "; the server answers with "
				+ "OnConfigurationChange.");
		ServerActions active = this.actions;
		if (active != null) {
			active.pluginSavedSettings();
		}
	}

	@Override
	public void logged(ApiLog line) {
		Map<String, String> fields = new LinkedHashMap<>();
		line.fields().forEach((key, value) -> fields.put(key, String.valueOf(value)));
		this.console.apiLog(new PluginLogLine(LocalTime.now(), level(line.level()), line.message(), fields, true, null));
	}

	private static PluginLogLine.Level level(String level) {
		return switch (level.toLowerCase(Locale.ROOT)) {
			case "info" -> PluginLogLine.Level.INFO;
			case "warn" -> PluginLogLine.Level.WARN;
			case "error" -> PluginLogLine.Level.ERROR;
			default -> PluginLogLine.Level.DEBUG;
		};
	}

	private static String abbreviate(String text) {
		String line = text.replace('\n', ' ');
		return (line.length() <= 100) ? line : line.substring(0, 97) + "...";
	}

}
