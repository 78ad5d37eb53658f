package dev.mattermost.spring.test.devhost;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.mattermost.spring.model.Channel;
import dev.mattermost.spring.model.Post;
import dev.mattermost.spring.model.Team;
import dev.mattermost.spring.model.User;

/**
 * What the dev host needs from the Mattermost it stands in front of: a plugin API address for the plugin, a few
 * things to seed, and the state its HTTP endpoints show and change. One backend serves one plugin.
 */
public interface MattermostBackend extends AutoCloseable {

	/**
	 * Starts the plugin API server on a loopback TCP port.
	 * @return the address for {@code MATTERMOST_PLUGIN_API_TARGET}, {@code 127.0.0.1:<port>}
	 */
	String startTcp();

	/**
	 * Creates an open team with its {@code town-square} and {@code off-topic} channels, as the server does.
	 * @param name the team's URL name
	 * @return the created team
	 */
	Team createTeam(String name);

	/**
	 * Creates an active user.
	 * @param username the username
	 * @param systemAdmin whether the user is a system admin
	 * @return the created user
	 */
	User createUser(String username, boolean systemAdmin);

	/**
	 * Makes a user a member of a team and of its default channels.
	 * @param teamId the team
	 * @param userId the user
	 */
	void addToTeam(String teamId, String userId);

	/**
	 * Opens a session for a user, as a login would.
	 * @param userId the user
	 * @return the session id the server puts into the plugin context of the user's requests
	 */
	String createSession(String userId);

	/**
	 * Finds a user.
	 * @param username the username
	 * @return the user, if there is one
	 */
	Optional<User> findUserByUsername(String username);

	/**
	 * Finds a channel by id, or else by name.
	 * @param idOrName a channel id or name
	 * @return the channel, if there is one
	 */
	Optional<Channel> findChannel(String idOrName);

	/**
	 * Stores a post as the server does once the message hooks let it through, filling in its id and times.
	 * @param post the post
	 * @return the stored post
	 */
	Post savePost(Post post);

	/**
	 * The posts of a channel, oldest first.
	 * @param channelId the channel
	 * @return the posts
	 */
	List<Post> posts(String channelId);

	/**
	 * The plugin's settings as the plugin reads them.
	 * @return the settings
	 */
	Map<String, Object> pluginSettings();

	/**
	 * Saves the plugin's settings, as the System Console does.
	 * @param settings the new settings
	 */
	void pluginSettings(Map<String, Object> settings);

	/**
	 * Sets the defaults from the manifest's {@code settings_schema}, which apply under saved settings.
	 * @param defaults setting key to default value
	 */
	void pluginSettingDefaults(Map<String, Object> defaults);

	/**
	 * The slash command triggers the plugin registered, without the slash.
	 * @return the triggers
	 */
	List<String> commandTriggers();

	/**
	 * Registers a listener told what the plugin does through the plugin API.
	 * @param listener the listener
	 */
	void addActivityListener(PluginActivity listener);

	/**
	 * Stops the plugin API server.
	 */
	@Override
	void close();

}
