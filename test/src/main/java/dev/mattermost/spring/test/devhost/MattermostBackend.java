package dev.mattermost.spring.test.devhost;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.mattermost.spring.protocol.v1.Channel;
import dev.mattermost.spring.protocol.v1.Post;
import dev.mattermost.spring.protocol.v1.Team;
import dev.mattermost.spring.protocol.v1.User;

/**
 * What the dev host needs from the Mattermost it stands in front of: a plugin API address for the plugin, a few
 * things to seed, and the state its HTTP endpoints show and change.
 */
public interface MattermostBackend extends AutoCloseable {

	/**
	 * Starts the plugin API server on a loopback TCP port.
	 * @return the address for {@code MATTERMOST_PLUGIN_API_TARGET}, {@code 127.0.0.1:<port>}
	 */
	String startTcp();

	/**
	 * Creates a team.
	 * @param name the URL name
	 * @param displayName the display name
	 * @return the created team
	 */
	Team createTeam(String name, String displayName);

	/**
	 * Creates a user and makes them a member of a team.
	 * @param username the username
	 * @param systemAdmin whether the user is a system admin
	 * @param teamId the team to join
	 * @return the created user
	 */
	User createUser(String username, boolean systemAdmin, String teamId);

	/**
	 * Creates an open channel.
	 * @param teamId the team
	 * @param name the URL name
	 * @param displayName the display name
	 * @return the created channel
	 */
	Channel createChannel(String teamId, String name, String displayName);

	/**
	 * Adds a user to a channel.
	 * @param channelId the channel
	 * @param userId the user
	 */
	void addChannelMember(String channelId, String userId);

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
	 * Stores a post as the server does once hooks let it through, filling in its id and times.
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
	 * The plugin's settings, as {@code GetPluginConfig} answers them.
	 * @param pluginId the plugin
	 * @return the settings
	 */
	Map<String, Object> pluginSettings(String pluginId);

	/**
	 * Replaces the plugin's settings.
	 * @param pluginId the plugin
	 * @param settings the new settings
	 */
	void setPluginSettings(String pluginId, Map<String, Object> settings);

	/**
	 * The slash command triggers plugins registered, without the slash.
	 * @return the triggers
	 */
	List<String> commandTriggers();

	/**
	 * Everything the plugin logged through the plugin API so far, oldest first.
	 * @return the log lines
	 */
	List<ApiLog> apiLogs();

	/**
	 * Stops the plugin API server.
	 */
	@Override
	void close();

}
