package dev.mattermost.spring.api;

import java.util.Objects;

import tools.jackson.databind.json.JsonMapper;

/**
 * {@link PluginApi} whose groups all call Mattermost through one {@link PluginApiCaller}.
 */
public final class DefaultPluginApi implements PluginApi {

	private final UserApi users;

	private final SessionApi sessions;

	private final TeamApi teams;

	private final KvStore kv;

	private final ChannelApi channels;

	private final PostApi posts;

	private final EmojiApi emoji;

	private final FileApi files;

	private final BotApi bots;

	private final CommandApi commands;

	private final PreferenceApi preferences;

	private final ConfigApi config;

	private final PluginManagementApi plugins;

	private final LogApi log;

	private final SystemApi system;

	private final OAuthApi oauth;

	private final GroupApi groups;

	private final SharedChannelApi sharedChannels;

	private final PropertyApi properties;

	private final AuditApi audit;

	private final ClusterApi cluster;

	private final WebSocketApi webSocket;

	private final NotificationApi notifications;

	private final InteractiveDialogApi dialogs;

	private final InterPluginApi interPlugin;

	/**
	 * Creates the API with Jackson's shared default mapper for JSON values.
	 * @param caller performs the calls
	 */
	public DefaultPluginApi(PluginApiCaller caller) {
		this(caller, JsonMapper.shared());
	}

	/**
	 * Creates the API.
	 * @param caller performs the calls
	 * @param jsonMapper maps the JSON values of the key-value store and the configuration
	 */
	public DefaultPluginApi(PluginApiCaller caller, JsonMapper jsonMapper) {
		Objects.requireNonNull(caller, "caller must not be null");
		Objects.requireNonNull(jsonMapper, "jsonMapper must not be null");
		this.users = new DefaultUserApi(caller);
		this.sessions = new DefaultSessionApi(caller);
		this.teams = new DefaultTeamApi(caller);
		this.kv = new DefaultKvStore(caller, jsonMapper, DefaultKvStore.DEFAULT_UPDATE_ATTEMPTS);
		this.channels = new DefaultChannelApi(caller);
		this.posts = new DefaultPostApi(caller);
		this.emoji = new DefaultEmojiApi(caller);
		this.files = new DefaultFileApi(caller);
		this.bots = new DefaultBotApi(caller);
		this.commands = new DefaultCommandApi(caller);
		this.preferences = new DefaultPreferenceApi(caller);
		this.config = new DefaultConfigApi(caller, jsonMapper);
		this.plugins = new DefaultPluginManagementApi(caller);
		this.log = new DefaultLogApi(caller);
		this.system = new DefaultSystemApi(caller);
		this.oauth = new DefaultOAuthApi(caller);
		this.groups = new DefaultGroupApi(caller);
		this.sharedChannels = new DefaultSharedChannelApi(caller);
		this.properties = new DefaultPropertyApi(caller);
		this.audit = new DefaultAuditApi(caller);
		this.cluster = new DefaultClusterApi(caller);
		this.webSocket = new DefaultWebSocketApi(caller);
		this.notifications = new DefaultNotificationApi(caller);
		this.dialogs = new DefaultInteractiveDialogApi(caller);
		this.interPlugin = new DefaultInterPluginApi(caller);
	}

	@Override
	public UserApi users() {
		return this.users;
	}

	@Override
	public SessionApi sessions() {
		return this.sessions;
	}

	@Override
	public TeamApi teams() {
		return this.teams;
	}

	@Override
	public KvStore kv() {
		return this.kv;
	}

	@Override
	public ChannelApi channels() {
		return this.channels;
	}

	@Override
	public PostApi posts() {
		return this.posts;
	}

	@Override
	public EmojiApi emoji() {
		return this.emoji;
	}

	@Override
	public FileApi files() {
		return this.files;
	}

	@Override
	public BotApi bots() {
		return this.bots;
	}

	@Override
	public CommandApi commands() {
		return this.commands;
	}

	@Override
	public PreferenceApi preferences() {
		return this.preferences;
	}

	@Override
	public ConfigApi config() {
		return this.config;
	}

	@Override
	public PluginManagementApi plugins() {
		return this.plugins;
	}

	@Override
	public LogApi log() {
		return this.log;
	}

	@Override
	public SystemApi system() {
		return this.system;
	}

	@Override
	public OAuthApi oauth() {
		return this.oauth;
	}

	@Override
	public GroupApi groups() {
		return this.groups;
	}

	@Override
	public SharedChannelApi sharedChannels() {
		return this.sharedChannels;
	}

	@Override
	public PropertyApi properties() {
		return this.properties;
	}

	@Override
	public AuditApi audit() {
		return this.audit;
	}

	@Override
	public ClusterApi cluster() {
		return this.cluster;
	}

	@Override
	public WebSocketApi webSocket() {
		return this.webSocket;
	}

	@Override
	public NotificationApi notifications() {
		return this.notifications;
	}

	@Override
	public InteractiveDialogApi dialogs() {
		return this.dialogs;
	}

	@Override
	public InterPluginApi interPlugin() {
		return this.interPlugin;
	}

}
