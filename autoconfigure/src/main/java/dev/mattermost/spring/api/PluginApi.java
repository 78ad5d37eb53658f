package dev.mattermost.spring.api;

/**
 * Everything a plugin can ask of the Mattermost server, grouped by subject; inject it as a bean.
 *
 * <p>Each accessor returns the same stateless group object every time. Calls block until the server answers or the
 * configured deadline passes, and failures surface as {@link PluginApiException}s.
 */
public interface PluginApi {

	/**
	 * Users, their statuses, profile images and permissions.
	 * @return the users API
	 */
	UserApi users();

	/**
	 * User sessions and personal access tokens.
	 * @return the sessions API
	 */
	SessionApi sessions();

	/**
	 * Teams, team memberships and team icons.
	 * @return the teams API
	 */
	TeamApi teams();

	/**
	 * The plugin's key-value store.
	 * @return the kv API
	 */
	KvStore kv();

	/**
	 * Channels, channel memberships and sidebar categories.
	 * @return the channels API
	 */
	ChannelApi channels();

	/**
	 * Posts, ephemeral posts, threads, search and reactions.
	 * @return the posts API
	 */
	PostApi posts();

	/**
	 * Custom emoji.
	 * @return the emoji API
	 */
	EmojiApi emoji();

	/**
	 * Files, file metadata and upload sessions.
	 * @return the files API
	 */
	FileApi files();

	/**
	 * Bot accounts, including the plugin's own bot.
	 * @return the bots API
	 */
	BotApi bots();

	/**
	 * Slash commands.
	 * @return the commands API
	 */
	CommandApi commands();

	/**
	 * Users' preferences.
	 * @return the preferences API
	 */
	PreferenceApi preferences();

	/**
	 * The server configuration and the plugin's own settings.
	 * @return the config API
	 */
	ConfigApi config();

	/**
	 * The plugins installed on the server.
	 * @return the plugins API
	 */
	PluginManagementApi plugins();

	/**
	 * The Mattermost server log.
	 * @return the log API
	 */
	LogApi log();

	/**
	 * Server facts such as version and license, and server-wide operations.
	 * @return the system API
	 */
	SystemApi system();

	/**
	 * OAuth 2.0 apps.
	 * @return the oauth API
	 */
	OAuthApi oauth();

	/**
	 * User groups, their members and their synced teams and channels.
	 * @return the groups API
	 */
	GroupApi groups();

	/**
	 * Channels shared with remote clusters.
	 * @return the sharedChannels API
	 */
	SharedChannelApi sharedChannels();

	/**
	 * Custom property fields and their values.
	 * @return the properties API
	 */
	PropertyApi properties();

	/**
	 * The audit log.
	 * @return the audit API
	 */
	AuditApi audit();

	/**
	 * Events to this plugin's instances on other cluster nodes.
	 * @return the cluster API
	 */
	ClusterApi cluster();

	/**
	 * Custom WebSocket events to Mattermost clients.
	 * @return the webSocket API
	 */
	WebSocketApi webSocket();

	/**
	 * Emails and mobile push notifications.
	 * @return the notifications API
	 */
	NotificationApi notifications();

	/**
	 * Interactive dialogs.
	 * @return the dialogs API
	 */
	InteractiveDialogApi dialogs();

	/**
	 * HTTP calls to other plugins.
	 * @return the interPlugin API
	 */
	InterPluginApi interPlugin();

}
