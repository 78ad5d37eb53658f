package dev.mattermost.spring.test.mattermost;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import com.google.protobuf.Message;
import io.grpc.Server;
import io.grpc.ServerInterceptors;
import io.grpc.ServerServiceDefinition;
import io.grpc.inprocess.InProcessServerBuilder;
import io.grpc.netty.NettyServerBuilder;

import dev.mattermost.spring.convert.ChannelConverter;
import dev.mattermost.spring.convert.PostConverter;
import dev.mattermost.spring.convert.StructConverter;
import dev.mattermost.spring.convert.TeamConverter;
import dev.mattermost.spring.convert.UserConverter;
import dev.mattermost.spring.model.Channel;
import dev.mattermost.spring.model.Post;
import dev.mattermost.spring.model.Team;
import dev.mattermost.spring.model.User;

/**
 * A Mattermost server reduced to what a plugin talks to: a real {@code PluginAPI} gRPC service over in-memory users,
 * teams, channels, posts, KV store, commands, bots, settings, files and logs, answering successes and errors the way
 * the server does. Tests seed it, start it on TCP or in-process, point the plugin at it and then read what the plugin
 * did.
 * <p>
 * Thread-safe: every RPC and every accessor holds one lock, so a test observes whole RPCs only.
 */
public final class InMemoryMattermost implements AutoCloseable {

	/** Largest message the server accepts; the plugin side sends large KV values and files. */
	public static final int MAX_MESSAGE_SIZE = 64 * 1024 * 1024;

	/** The plugin id used when none is given. */
	public static final String DEFAULT_PLUGIN_ID = "com.example.plugin";

	/** The password {@link #createUser(String)} gives seeded users. */
	public static final String SEEDED_PASSWORD = "Password-1";

	private final World world;

	private final PluginApiService service;

	private final ServerServiceDefinition definition;

	private final List<Server> servers = new CopyOnWriteArrayList<>();

	/** How many API calls are remembered; older ones are forgotten so a long-running dev host stays small. */
	public static final int MAX_RECORDED_CALLS = 10_000;

	/** Raw requests, rendered to JSON only when a test asks. */
	private final Deque<RecordedCall> calls = new ArrayDeque<>();

	/** Restores the state of the last checkpoint; guarded by the world's lock. */
	private Runnable checkpoint = () -> {
	};

	/**
	 * Creates a stand-in for a plugin with id {@value #DEFAULT_PLUGIN_ID}.
	 */
	public InMemoryMattermost() {
		this(DEFAULT_PLUGIN_ID);
	}

	/**
	 * Creates a stand-in for the plugin with the given id.
	 * @param pluginId the plugin's manifest id
	 */
	public InMemoryMattermost(String pluginId) {
		this(pluginId, Clock.systemUTC());
	}

	/**
	 * Creates a stand-in for the plugin with the given id whose timestamps and KV expiry follow the given clock.
	 * @param pluginId the plugin's manifest id
	 * @param clock the clock
	 */
	public InMemoryMattermost(String pluginId, Clock clock) {
		this.world = new World(pluginId, clock);
		this.service = new PluginApiService(this.world);
		this.definition = ServerInterceptors.intercept(this.service,
				new ApiCallInterceptor(PluginApiService.modelledMethods(), this::record));
		checkpoint();
	}

	private void record(String method, Message request) {
		RecordedCall call = new RecordedCall(method, RecordedRequests.abbreviate(request));
		synchronized (this.world) {
			if (this.calls.size() == MAX_RECORDED_CALLS) {
				this.calls.removeFirst();
			}
			this.calls.addLast(call);
		}
	}

	/**
	 * The id of the plugin this stand-in serves.
	 * @return the plugin's manifest id
	 */
	public String pluginId() {
		return this.world.plugin.pluginId();
	}

	// ---- lifecycle

	/**
	 * The PluginAPI service (with call recording) for hosting on a server of your own.
	 * @return the service definition
	 */
	public ServerServiceDefinition serviceDefinition() {
		return this.definition;
	}

	/**
	 * Starts serving on a free TCP port of 127.0.0.1, as the server's per-plugin API server does.
	 * @return the target to hand the plugin, e.g. {@code "127.0.0.1:54321"}
	 */
	public String startTcp() {
		Server server = start(NettyServerBuilder.forAddress(new InetSocketAddress("127.0.0.1", 0))
			.maxInboundMessageSize(MAX_MESSAGE_SIZE)
			.addService(this.definition)
			.build());
		return "127.0.0.1:" + server.getPort();
	}

	/**
	 * Starts serving on an in-process transport.
	 * @param name the in-process server name clients connect to
	 */
	public void startInProcess(String name) {
		start(InProcessServerBuilder.forName(name)
			.maxInboundMessageSize(MAX_MESSAGE_SIZE)
			.addService(this.definition)
			.build());
	}

	private Server start(Server server) {
		try {
			server.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the in-memory Mattermost", ex);
		}
		this.servers.add(server);
		return server;
	}

	/**
	 * Stops every server started by this instance, letting calls in flight finish for up to five seconds.
	 */
	@Override
	public void close() {
		this.servers.forEach(Server::shutdown);
		for (Server server : this.servers) {
			try {
				if (!server.awaitTermination(5, TimeUnit.SECONDS)) {
					server.shutdownNow();
				}
			}
			catch (InterruptedException ex) {
				server.shutdownNow();
				Thread.currentThread().interrupt();
			}
		}
		this.servers.clear();
	}

	/**
	 * Waits until every PluginAPI call that has arrived has been answered and its listeners told, so that what the
	 * plugin did in a hook it has returned from is fully visible, follow-up notifications included.
	 * @param timeout how long to wait at most
	 * @return whether the stand-in became idle in time (a plugin calling the API nonstop may keep it busy)
	 */
	public boolean awaitIdle(Duration timeout) {
		try {
			return this.world.calls.awaitIdle(timeout);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	// ---- seeding

	/**
	 * Sets the version {@code GetServerVersion} reports.
	 * @param version a Mattermost version such as {@code "10.11.0"}
	 */
	public void serverVersion(String version) {
		this.service.serverVersion(version);
	}

	/**
	 * Sets the plugin's settings as an administrator saving the plugin's System Console page would; like the
	 * console, this lower-cases the setting keys ({@code GetPluginConfig} then shows them lower-cased).
	 * @param settings the settings; values are JSON-like (strings, numbers, booleans, lists, maps)
	 */
	public void pluginSettings(Map<String, ?> settings) {
		Map<String, Object> lowerCased = new LinkedHashMap<>();
		settings.forEach((key, value) -> lowerCased.put(key.toLowerCase(Locale.ROOT), value));
		locked(w -> {
			w.plugin.settings(StructConverter.toProto(lowerCased));
			return null;
		});
	}

	/**
	 * Sets the defaults of the plugin manifest's {@code settings_schema}, which {@code LoadPluginConfiguration}
	 * applies under the saved settings.
	 * @param defaults setting key to default value
	 */
	public void pluginSettingDefaults(Map<String, ?> defaults) {
		Map<String, Object> copy = new LinkedHashMap<>(defaults);
		locked(w -> {
			w.plugin.settingDefaults(copy);
			return null;
		});
	}

	/**
	 * Registers a listener told what the plugin does through the API.
	 * @param listener the listener
	 */
	public void addListener(PluginActivityListener listener) {
		this.world.listeners.add(listener);
	}

	/**
	 * Removes a listener added with {@link #addListener}.
	 * @param listener the listener
	 */
	public void removeListener(PluginActivityListener listener) {
		this.world.listeners.remove(listener);
	}

	/**
	 * The plugin's current settings, including what the plugin saved with {@code SavePluginConfig}.
	 * @return the settings, empty if none were ever set
	 */
	public Map<String, Object> pluginSettings() {
		return locked(w -> (w.plugin.settings() != null) ? StructConverter.toModel(w.plugin.settings()) : Map.of());
	}

	/**
	 * Sets the {@code ServiceSettings.SiteURL} that {@code GetConfig} reports.
	 * @param siteUrl the site URL
	 */
	public void siteUrl(String siteUrl) {
		locked(w -> {
			w.plugin.siteUrl(siteUrl);
			return null;
		});
	}

	/**
	 * Sets the directory {@code GetBundlePath} reports (by default {@code plugins/<plugin id>} under the working
	 * directory, which need not exist).
	 * @param bundlePath where the plugin's bundle was unpacked
	 */
	public void bundlePath(Path bundlePath) {
		String absolute = bundlePath.toAbsolutePath().toString();
		locked(w -> {
			w.plugin.bundlePath(absolute);
			return null;
		});
	}

	/**
	 * Adds or overrides settings of one section of the configuration {@code GetConfig} reports.
	 * @param section a {@code model.Config} section such as {@code "ServiceSettings"}
	 * @param values the settings to merge into it
	 */
	public void configSection(String section, Map<String, Object> values) {
		locked(w -> {
			w.plugin.configSection(section, values);
			return null;
		});
	}

	/**
	 * Creates an active user with the system_user role, email {@code <username>@example.com} and password
	 * {@value #SEEDED_PASSWORD}.
	 * @param username the username
	 * @return the user
	 */
	public User createUser(String username) {
		return createUser(username, "system_user");
	}

	/**
	 * Creates a system administrator.
	 * @param username the username
	 * @return the user
	 */
	public User createAdmin(String username) {
		return createUser(username, "system_admin system_user");
	}

	private User createUser(String username, String roles) {
		return locked(w -> UserConverter.toModel(w.accounts.seedUser(username, SEEDED_PASSWORD, roles)));
	}

	/**
	 * Creates an open team (with its town-square and off-topic channels, as the server does).
	 * @param name the team's URL name, which is also its display name
	 * @return the team
	 */
	public Team createTeam(String name) {
		return locked(w -> TeamConverter.toModel(w.directory.seedTeam(name)));
	}

	/**
	 * Creates an open channel.
	 * @param teamId the team
	 * @param name the channel's URL name, which is also its display name
	 * @return the channel
	 */
	public Channel createChannel(String teamId, String name) {
		return locked(w -> ChannelConverter.toModel(w.directory.seedChannel(teamId, name, false)));
	}

	/**
	 * Creates a private channel.
	 * @param teamId the team
	 * @param name the channel's URL name, which is also its display name
	 * @return the channel
	 */
	public Channel createPrivateChannel(String teamId, String name) {
		return locked(w -> ChannelConverter.toModel(w.directory.seedChannel(teamId, name, true)));
	}

	/**
	 * Makes a user a member of a team (and of its town-square and off-topic channels).
	 * @param teamId the team
	 * @param userId the user
	 */
	public void addToTeam(String teamId, String userId) {
		locked(w -> w.directory.joinTeam(teamId, userId));
	}

	/**
	 * Makes a user a member of a channel, joining the channel's team first if needed.
	 * @param channelId the channel
	 * @param userId the user
	 */
	public void addToChannel(String channelId, String userId) {
		locked(w -> {
			String teamId = w.directory.channel(channelId).getTeamId();
			if (!teamId.isEmpty()) {
				w.directory.joinTeam(teamId, userId);
			}
			return w.directory.addChannelMember(channelId, userId);
		});
	}

	/**
	 * The direct-message channel between two users, created if it does not exist yet.
	 * @param userId1 one user
	 * @param userId2 the other user (may be the same, for a self DM)
	 * @return the channel, named {@code "<smaller id>__<larger id>"}
	 */
	public Channel directChannel(String userId1, String userId2) {
		return locked(w -> ChannelConverter.toModel(w.directory.directChannel(userId1, userId2)));
	}

	/**
	 * Opens a session for a user, as a login would.
	 * @param userId the user
	 * @return the session id (what the server puts into {@code PluginContext.session_id})
	 */
	public String createSession(String userId) {
		return locked(w -> w.accounts.seedSession(userId).getId());
	}

	/**
	 * Stores a post as the server does after the message hooks have run.
	 * @param channelId the channel
	 * @param userId the author
	 * @param message the text
	 * @param rootId the thread root, or empty
	 * @param props the post's props
	 * @return the stored post with its id and timestamps
	 */
	public Post createPost(String channelId, String userId, String message, String rootId,
			Map<String, ?> props) {
		return locked(w -> PostConverter.toModel(w.posts.seedPost(channelId, userId, message, rootId,
				StructConverter.toProto(props))));
	}

	/**
	 * Stores a post as the server does after the message hooks have run, with every field the post carries (type,
	 * props, file ids); the id and timestamps are filled in as {@code CreatePost} fills them.
	 * @param post the post to store
	 * @return the stored post
	 */
	public Post savePost(Post post) {
		return locked(w -> PostConverter.toModel(w.posts.create(PostConverter.toProto(post))));
	}

	/**
	 * Stores an edit of a post as the server does after the edit hooks have run: the message, props, file ids and
	 * pinned flag change, {@code edit_at} is set when the message changes.
	 * @param post the post with its new content
	 * @return the stored post
	 */
	public Post updatePost(Post post) {
		return locked(w -> PostConverter.toModel(w.posts.update(PostConverter.toProto(post))));
	}

	/**
	 * Stores a KV entry as if the plugin had set it.
	 * @param key the key
	 * @param value the value
	 */
	public void kvSet(String key, byte[] value) {
		locked(w -> {
			w.kv.set(key, value, 0);
			return null;
		});
	}

	// ---- reading what the plugin did

	/**
	 * The channel's posts (not deleted ones), oldest first.
	 * @param channelId the channel
	 * @return the posts
	 */
	public List<Post> posts(String channelId) {
		return locked(w -> w.posts.channelPosts(channelId).stream()
			.filter(p -> p.getDeleteAt() == 0)
			.map(PostConverter::toModel)
			.sorted(Comparator.comparingLong(Post::createAt))
			.toList());
	}

	/**
	 * A post by id, including a deleted one.
	 * @param postId the post
	 * @return the post, if it exists
	 */
	public Optional<Post> post(String postId) {
		return locked(w -> w.directory.allChannels().stream()
			.flatMap(c -> w.posts.channelPosts(c.getId()).stream())
			.filter(p -> p.getId().equals(postId))
			.findFirst()
			.map(PostConverter::toModel));
	}

	/**
	 * The ephemeral posts the plugin showed a user and has not deleted, in the order sent.
	 * @param userId the user
	 * @return the posts
	 */
	public List<Post> ephemeralPosts(String userId) {
		return locked(w -> w.posts.ephemeralFor(userId).stream().map(PostConverter::toModel).toList());
	}

	/**
	 * The plugin's live (unexpired) KV entries in key order.
	 * @return key to value
	 */
	public Map<String, byte[]> kv() {
		return locked(w -> w.kv.snapshot());
	}

	/**
	 * One KV value decoded as UTF-8.
	 * @param key the key
	 * @return the value, if the key is set and unexpired
	 */
	public Optional<String> kvString(String key) {
		return Optional.ofNullable(kv().get(key)).map(v -> new String(v, StandardCharsets.UTF_8));
	}

	/**
	 * The slash commands the plugin has registered and not unregistered.
	 * @return the commands in registration order
	 */
	public List<RegisteredCommand> registeredCommands() {
		return locked(w -> w.plugin.allCommands().stream().map(Records::command).toList());
	}

	/**
	 * The lines the plugin logged through the API, in order.
	 * @return the log lines
	 */
	public List<LogEntry> logs() {
		return locked(w -> w.plugin.logs());
	}

	/**
	 * The WebSocket events the plugin published, in order.
	 * @return the events
	 */
	public List<WebSocketEvent> webSocketEvents() {
		return locked(w -> w.plugin.events());
	}

	/**
	 * The PluginAPI calls the plugin made, in arrival order, including calls to methods that are not modelled. The
	 * last {@value #MAX_RECORDED_CALLS} are kept, and a {@code bytes} field above 1 KiB (a file, a large KV value) is
	 * kept as its first KiB.
	 * @return the calls
	 */
	public List<ApiCall> apiCalls() {
		List<RecordedCall> snapshot = locked(w -> List.copyOf(this.calls));
		return snapshot.stream().map(c -> Records.call(c.method(), c.request())).toList();
	}

	/**
	 * Forgets recorded API calls, log lines and WebSocket events (the state itself stays).
	 */
	public void clearRecords() {
		locked(w -> {
			this.calls.clear();
			w.plugin.clearRecords();
			return null;
		});
	}

	/**
	 * Remembers the current state as the one {@link #reset()} returns to: users, teams, channels, memberships,
	 * sessions, preferences, bots, posts, reactions, ephemeral posts, KV entries, files, plugin settings,
	 * configuration and registered commands. Until this is called, {@link #reset()} returns to the empty state the
	 * stand-in was created with.
	 */
	public void checkpoint() {
		locked(w -> {
			List<Runnable> restores = List.of(w.accounts.checkpoint(), w.directory.checkpoint(), w.posts.checkpoint(),
					w.kv.checkpoint(), w.files.checkpoint(), w.plugin.checkpoint());
			this.checkpoint = () -> restores.forEach(Runnable::run);
			return null;
		});
	}

	/**
	 * Returns to the state of the last {@link #checkpoint()} and forgets recorded API calls, log lines and
	 * WebSocket events. The server version and listeners stay as they are.
	 */
	public void reset() {
		locked(w -> {
			this.checkpoint.run();
			this.calls.clear();
			w.plugin.clearRecords();
			return null;
		});
	}

	/**
	 * A user by id.
	 * @param userId the user
	 * @return the user, if it exists
	 */
	public Optional<User> user(String userId) {
		return locked(w -> w.accounts.findUser(u -> u.getId().equals(userId)).map(UserConverter::toModel));
	}

	/**
	 * A user by username.
	 * @param username the username
	 * @return the user, if it exists
	 */
	public Optional<User> userByUsername(String username) {
		return locked(w -> w.accounts.findUser(u -> u.getUsername().equals(username)).map(UserConverter::toModel));
	}

	/**
	 * Every user, bots included, in creation order.
	 * @return the users
	 */
	public List<User> users() {
		return locked(w -> w.accounts.allUsers().stream().map(UserConverter::toModel).toList());
	}

	/**
	 * Every team in creation order.
	 * @return the teams
	 */
	public List<Team> teams() {
		return locked(w -> w.directory.teams().stream().map(TeamConverter::toModel).toList());
	}

	/**
	 * A channel by id.
	 * @param channelId the channel
	 * @return the channel, if it exists
	 */
	public Optional<Channel> channel(String channelId) {
		return locked(w -> w.directory.findChannel(channelId).map(ChannelConverter::toModel));
	}

	/**
	 * A team's channel by name.
	 * @param teamId the team
	 * @param name the channel's URL name
	 * @return the channel, if it exists
	 */
	public Optional<Channel> channelByName(String teamId, String name) {
		return locked(w -> w.directory.allChannels().stream()
			.filter(c -> c.getTeamId().equals(teamId) && c.getName().equals(name))
			.findFirst()
			.map(ChannelConverter::toModel));
	}

	/**
	 * Every channel, direct and group messages included, in creation order.
	 * @return the channels
	 */
	public List<Channel> channels() {
		return locked(w -> w.directory.allChannels().stream().map(ChannelConverter::toModel).toList());
	}

	/**
	 * Whether a user is a member of a channel.
	 * @param channelId the channel
	 * @param userId the user
	 * @return whether the membership exists
	 */
	public boolean isChannelMember(String channelId, String userId) {
		return locked(w -> w.directory.isChannelMember(channelId, userId));
	}

	/**
	 * The bytes of a file the plugin uploaded.
	 * @param fileId the file
	 * @return the content, if the file exists
	 */
	public Optional<byte[]> fileContent(String fileId) {
		return locked(w -> Optional.ofNullable(w.files.pathOf(fileId)).map(w.files::read));
	}

	private <T> T locked(Function<World, T> action) {
		synchronized (this.world) {
			try {
				return action.apply(this.world);
			}
			catch (AppErrorException ex) {
				throw new IllegalArgumentException(ex.id() + ": " + ex.getMessage(), ex);
			}
		}
	}

	private record RecordedCall(String method, Message request) {
	}

}
