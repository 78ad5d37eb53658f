package dev.mattermost.spring.test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import dev.mattermost.spring.convert.AppErrorConverter;
import dev.mattermost.spring.convert.CommandConverter;
import dev.mattermost.spring.convert.PostConverter;
import dev.mattermost.spring.model.AppError;
import dev.mattermost.spring.model.Channel;
import dev.mattermost.spring.model.CommandResponse;
import dev.mattermost.spring.model.Post;
import dev.mattermost.spring.model.Team;
import dev.mattermost.spring.model.User;
import dev.mattermost.spring.protocol.v1.CommandArgs;
import dev.mattermost.spring.protocol.v1.PluginContext;
import dev.mattermost.spring.test.hooks.CommandOutcome;
import dev.mattermost.spring.test.hooks.HookClient;
import dev.mattermost.spring.test.hooks.HookException;
import dev.mattermost.spring.test.hooks.MessageOutcome;
import dev.mattermost.spring.test.mattermost.ApiCall;
import dev.mattermost.spring.test.mattermost.InMemoryMattermost;
import dev.mattermost.spring.test.mattermost.LogEntry;
import dev.mattermost.spring.test.mattermost.PluginActivityListener;
import dev.mattermost.spring.test.mattermost.RegisteredCommand;

/**
 * Plays the Mattermost server for a plugin under test: seeds users and channels in an {@link InMemoryMattermost},
 * calls the plugin's hooks over gRPC at the points the server calls them, and reads back what the plugin did.
 * <p>
 * Every action returns only when the plugin has answered, including the hooks the server runs in the background
 * afterwards ({@code MessageHasBeenPosted} for a post, {@code OnConfigurationChange} after the plugin saved its
 * settings), so a test can assert right away.
 */
public final class MattermostTestDriver implements AutoCloseable {

	/** The site URL the driver's server claims, as in command arguments. */
	public static final String SITE_URL = "http://localhost:8065";

	private static final Duration SETTLE_TIMEOUT = Duration.ofSeconds(30);

	private static final int MAX_FOLLOW_UP_ROUNDS = 100;

	private final InMemoryMattermost mattermost;

	private final Supplier<? extends io.grpc.Channel> pluginChannel;

	private volatile @Nullable HookClient hooks;

	private final Map<String, String> sessions = new ConcurrentHashMap<>();

	private final FollowUps followUps = new FollowUps();

	private volatile boolean active;

	private volatile boolean settingsChanged;

	/**
	 * Creates a driver for a plugin reachable over the given channel.
	 * @param mattermost the stand-in the plugin's PluginAPI talks to
	 * @param pluginChannel the connection to the plugin's gRPC server
	 */
	public MattermostTestDriver(InMemoryMattermost mattermost, io.grpc.Channel pluginChannel) {
		this(mattermost, () -> pluginChannel);
	}

	/**
	 * Creates a driver that connects to the plugin on first use, for plugins whose address is known only once they
	 * have started.
	 * @param mattermost the stand-in the plugin's PluginAPI talks to
	 * @param pluginChannel supplies the connection to the plugin's gRPC server
	 */
	public MattermostTestDriver(InMemoryMattermost mattermost, Supplier<? extends io.grpc.Channel> pluginChannel) {
		this.mattermost = mattermost;
		this.pluginChannel = pluginChannel;
		mattermost.addListener(new ServerReactions());
	}

	// ---- the world

	/**
	 * The stand-in, for seeding and reading beyond what the driver offers.
	 * @return the in-memory Mattermost
	 */
	public InMemoryMattermost mattermost() {
		return this.mattermost;
	}

	/**
	 * Creates an active user (email {@code <username>@example.com}).
	 * @param username the username
	 * @return the user
	 */
	public User createUser(String username) {
		return this.mattermost.createUser(username);
	}

	/**
	 * Creates a system administrator.
	 * @param username the username
	 * @return the user
	 */
	public User createAdmin(String username) {
		return this.mattermost.createAdmin(username);
	}

	/**
	 * Creates an open team with its {@code town-square} and {@code off-topic} channels.
	 * @param name the team's name
	 * @return the team
	 */
	public Team createTeam(String name) {
		return this.mattermost.createTeam(name);
	}

	/**
	 * Creates an open channel in a team and makes the given users members of it (and of the team).
	 * @param team the team
	 * @param name the channel's name
	 * @param members users to add
	 * @return the channel
	 */
	public Channel createChannel(Team team, String name, User... members) {
		Channel channel = this.mattermost.createChannel(team.id(), name);
		addToChannel(channel, members);
		return channel;
	}

	/**
	 * Creates a private channel in a team and makes the given users members of it.
	 * @param team the team
	 * @param name the channel's name
	 * @param members users to add
	 * @return the channel
	 */
	public Channel createPrivateChannel(Team team, String name, User... members) {
		Channel channel = this.mattermost.createPrivateChannel(team.id(), name);
		addToChannel(channel, members);
		return channel;
	}

	/**
	 * Makes users members of a channel, joining its team first where needed. No hook runs: this is seeding.
	 * @param channel the channel
	 * @param users the users
	 * @return this driver
	 */
	public MattermostTestDriver addToChannel(Channel channel, User... users) {
		for (User user : users) {
			this.mattermost.addToChannel(channel.id(), user.id());
		}
		return this;
	}

	/**
	 * The direct-message channel of two users, created on first use.
	 * @param user one user
	 * @param other the other user
	 * @return the channel
	 */
	public Channel directChannel(User user, User other) {
		return this.mattermost.directChannel(user.id(), other.id());
	}

	// ---- lifecycle

	/**
	 * Activates the plugin as the server does: {@code Implemented}, then {@code OnActivate}. The server sends no
	 * {@code OnConfigurationChange} first; loading settings at start is the plugin side's job.
	 * @return this driver
	 * @throws HookException if the plugin fails to activate
	 */
	public MattermostTestDriver activate() {
		hooks().implemented();
		hooks().activate();
		this.active = true;
		settle();
		return this;
	}

	/**
	 * Whether {@link #activate()} succeeded and {@link #deactivate()} has not been called since.
	 * @return whether the plugin is active
	 */
	public boolean isActive() {
		return this.active;
	}

	/**
	 * Saves new plugin settings, as an administrator saving the plugin's System Console page does (keys
	 * lower-cased), then calls {@code OnConfigurationChange}.
	 * @param settings the new settings
	 * @return this driver
	 * @throws HookException if the plugin refuses the settings
	 */
	public MattermostTestDriver configurationChange(Map<String, ?> settings) {
		this.mattermost.pluginSettings(settings);
		this.settingsChanged = true;
		hooks().configurationChanged();
		settle();
		return this;
	}

	/**
	 * Deactivates the plugin with {@code OnDeactivate}, as disabling it in the System Console does (the process
	 * keeps running here; the server would then shut it down).
	 * @return this driver
	 * @throws HookException if the plugin reports an error
	 */
	public MattermostTestDriver deactivate() {
		this.active = false;
		hooks().deactivate();
		settle();
		return this;
	}

	/**
	 * The hooks the plugin listed in {@code Implemented}.
	 * @return the Go hook names
	 */
	public Set<String> implementedHooks() {
		return hooks().implemented();
	}

	// ---- messages

	/**
	 * Posts a message as a user, the way the server's CreatePost does: {@code MessageWillBePosted} may change,
	 * reject or dismiss it; a stored post is then announced with {@code MessageHasBeenPosted}.
	 * @param channel where
	 * @param user who posts
	 * @param text the message
	 * @return what happened to the post
	 */
	public PostResult postMessage(Channel channel, User user, String text) {
		return post(user, Post.of(channel.id(), text));
	}

	/**
	 * Replies in a thread as a user, with the same hooks as {@link #postMessage}.
	 * @param root the thread's root post
	 * @param user who replies
	 * @param text the message
	 * @return what happened to the reply
	 */
	public PostResult reply(Post root, User user, String text) {
		String rootId = root.rootId().isEmpty() ? root.id() : root.rootId();
		return post(user, Post.of(root.channelId(), text).withRootId(rootId));
	}

	/**
	 * Posts a prepared post (with props, a type or a root) as a user, with the same hooks as {@link #postMessage}.
	 * @param user who posts
	 * @param draft the post; its user id is set to the user's
	 * @return what happened to the post
	 */
	public PostResult post(User user, Post draft) {
		PluginContext context = context(user);
		Post withAuthor = draft.withUserId(user.id());
		MessageOutcome outcome = hooks().messageWillBePosted(context, PostConverter.toProto(withAuthor));
		PostResult result = refused(outcome);
		if (outcome instanceof MessageOutcome.Accepted accepted) {
			Post stored = this.mattermost.savePost(PostConverter.toModel(accepted.post()).withUserId(user.id()));
			hooks().messageHasBeenPosted(context, PostConverter.toProto(stored));
			result = stored(accepted, stored);
		}
		settle();
		return result;
	}

	/**
	 * Edits a post as a user, the way the server's UpdatePost does: {@code MessageWillBeUpdated} may change,
	 * reject or dismiss the edit; a stored edit is announced with {@code MessageHasBeenUpdated}.
	 * @param post the post to edit
	 * @param user who edits
	 * @param newText the new message
	 * @return what happened to the edit; its post is the post as stored afterwards
	 */
	public PostResult updateMessage(Post post, User user, String newText) {
		Post old = this.mattermost.post(post.id())
			.orElseThrow(() -> new IllegalArgumentException("No post with id " + post.id()));
		PluginContext context = context(user);
		MessageOutcome outcome = hooks().messageWillBeUpdated(context, PostConverter.toProto(old.withMessage(newText)),
				PostConverter.toProto(old));
		PostResult result = refused(outcome);
		if (outcome instanceof MessageOutcome.Accepted accepted) {
			Post stored = this.mattermost.updatePost(PostConverter.toModel(accepted.post()));
			hooks().messageHasBeenUpdated(context, PostConverter.toProto(stored), PostConverter.toProto(old));
			result = stored(accepted, stored);
		}
		settle();
		return result;
	}

	// ---- commands

	/**
	 * Runs a slash command as a user in a channel, the way the server does for a plugin's command:
	 * {@code ExecuteCommand} with the command arguments the server sends, and for an {@code in_channel} response a
	 * post made as the user (through the message hooks).
	 * <p>
	 * When the plugin has registered commands, a trigger it did not register fails as on the server
	 * ({@code api.command.execute_command.not_found.app_error}); a plugin that registered none gets every command,
	 * so commands can be tested before registration is written.
	 * @param user who runs it
	 * @param channel where it is typed
	 * @param commandLine the command, for example {@code "/weather berlin"}
	 * @return the plugin's answer
	 */
	public CommandResult executeCommand(User user, Channel channel, String commandLine) {
		String command = commandLine.strip();
		if (!command.startsWith("/")) {
			return new CommandResult(null, error("api.command.execute_command.start.app_error",
					"A command must start with '/': " + command, 400), null);
		}
		String trigger = command.substring(1).split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
		List<String> triggers = this.mattermost.registeredCommands()
			.stream()
			.filter(c -> c.teamId().isEmpty() || c.teamId().equals(channel.teamId()))
			.map(RegisteredCommand::trigger)
			.toList();
		if (!this.mattermost.registeredCommands().isEmpty() && !triggers.contains(trigger)) {
			return new CommandResult(null, error("api.command.execute_command.not_found.app_error",
					"Command with a trigger of '" + trigger + "' not found.", 404), null);
		}
		// The server's gRPC hook client fills these fields of CommandArgs and no others.
		CommandArgs args = CommandArgs.newBuilder()
			.setUserId(user.id())
			.setChannelId(channel.id())
			.setTeamId(channel.teamId())
			.setTriggerId(RequestIds.newId())
			.setCommand(command)
			.setSiteUrl(SITE_URL)
			.build();
		CommandOutcome outcome = hooks().executeCommand(context(user), args);
		settle();
		if (outcome.error() != null) {
			return new CommandResult(null, AppErrorConverter.toModel(outcome.error()), null);
		}
		if (outcome.response() == null) {
			return new CommandResult(null, null, null);
		}
		CommandResponse response = CommandConverter.toModel(outcome.response());
		PostResult post = null;
		if (CommandResponse.IN_CHANNEL.equals(response.responseType()) && !response.text().isEmpty()) {
			String target = response.channelId().isEmpty() ? channel.id() : response.channelId();
			post = post(user, Post.of(target, response.text()));
		}
		return new CommandResult(response, null, post);
	}

	// ---- HTTP

	/**
	 * Requests to the plugin's HTTP endpoints through {@code ServeHTTP}.
	 * @return the HTTP entry point
	 */
	public PluginHttp http() {
		return new PluginHttp(hooks(), this.mattermost.pluginId(), this::sessionId);
	}

	// ---- reading what the plugin did

	/**
	 * The channel's posts, oldest first.
	 * @param channel the channel
	 * @return the posts
	 */
	public List<Post> posts(Channel channel) {
		settle();
		return this.mattermost.posts(channel.id());
	}

	/**
	 * The ephemeral posts the plugin showed a user.
	 * @param user the user
	 * @return the posts, in the order sent
	 */
	public List<Post> ephemeralPosts(User user) {
		settle();
		return this.mattermost.ephemeralPosts(user.id());
	}

	/**
	 * The plugin's KV store.
	 * @return key to value, in key order
	 */
	public Map<String, byte[]> kv() {
		settle();
		return this.mattermost.kv();
	}

	/**
	 * One KV value as UTF-8 text.
	 * @param key the key
	 * @return the value, if set
	 */
	public Optional<String> kvString(String key) {
		settle();
		return this.mattermost.kvString(key);
	}

	/**
	 * The slash commands the plugin registered.
	 * @return the commands
	 */
	public List<RegisteredCommand> registeredCommands() {
		settle();
		return this.mattermost.registeredCommands();
	}

	/**
	 * Every PluginAPI call the plugin made since the test started.
	 * @return the calls in order
	 */
	public List<ApiCall> apiCalls() {
		settle();
		return this.mattermost.apiCalls();
	}

	/**
	 * The PluginAPI calls of one method the plugin made since the test started.
	 * @param method the RPC name, such as {@code "KVSet"}
	 * @return the calls in order
	 */
	public List<ApiCall> apiCalls(String method) {
		return apiCalls().stream().filter(c -> c.method().equals(method)).toList();
	}

	/**
	 * The lines the plugin logged through the PluginAPI since the test started.
	 * @return the lines in order
	 */
	public List<LogEntry> logs() {
		settle();
		return this.mattermost.logs();
	}

	// ---- between tests

	/**
	 * Returns the stand-in to its checkpoint (see {@link InMemoryMattermost#reset()}) and forgets the users'
	 * sessions. If a test changed the plugin's settings, the plugin is told with {@code OnConfigurationChange} so it
	 * reloads the checkpoint's settings; the calls it makes doing so are forgotten too.
	 */
	public void reset() {
		settle();
		this.mattermost.reset();
		this.sessions.clear();
		boolean settingsChanged = this.settingsChanged;
		this.settingsChanged = false;
		// An inactive plugin reloads its settings when it is activated again.
		if (settingsChanged && this.active) {
			hooks().configurationChanged();
			settle();
			this.mattermost.clearRecords();
		}
	}

	/**
	 * Stops the thread that runs follow-up hooks.
	 */
	@Override
	public void close() {
		this.followUps.close();
	}

	// ---- internals

	/**
	 * Waits until the plugin's API calls have been answered and announced and the follow-up hooks they caused have
	 * run, repeating while follow-ups cause more follow-ups.
	 */
	private void settle() {
		for (int round = 0; round < MAX_FOLLOW_UP_ROUNDS; round++) {
			this.mattermost.awaitIdle(SETTLE_TIMEOUT);
			long submitted = this.followUps.submitted();
			this.followUps.await();
			this.mattermost.awaitIdle(SETTLE_TIMEOUT);
			if (this.followUps.submitted() == submitted) {
				return;
			}
		}
		throw new IllegalStateException("The plugin kept reacting to its own actions for " + MAX_FOLLOW_UP_ROUNDS
				+ " rounds of follow-up hooks (does it answer its own posts?)");
	}

	HookClient hooks() {
		HookClient client = this.hooks;
		if (client == null) {
			synchronized (this) {
				client = this.hooks;
				if (client == null) {
					client = new HookClient(this.pluginChannel.get());
					this.hooks = client;
				}
			}
		}
		return client;
	}

	private PluginContext context(@Nullable User user) {
		PluginContext.Builder context = PluginContext.newBuilder()
			.setRequestId(RequestIds.newId())
			.setIpAddress("127.0.0.1")
			.setUserAgent("mattermost-plugin-test");
		if (user != null) {
			context.setSessionId(sessionId(user));
		}
		return context.build();
	}

	private String sessionId(User user) {
		return this.sessions.computeIfAbsent(user.id(), this.mattermost::createSession);
	}

	private static PostResult refused(MessageOutcome outcome) {
		if (outcome instanceof MessageOutcome.Rejected rejected) {
			return new PostResult(PostResult.Status.REJECTED, null, rejected.reason(), null);
		}
		return new PostResult(PostResult.Status.DISMISSED, null, null, null);
	}

	private static PostResult stored(MessageOutcome.Accepted accepted, Post stored) {
		return new PostResult(accepted.modified() ? PostResult.Status.MODIFIED : PostResult.Status.POSTED, stored,
				null, accepted.hookFailure());
	}

	private static AppError error(String id, String detail, int status) {
		return AppErrorConverter.toModel(dev.mattermost.spring.protocol.v1.AppError.newBuilder()
			.setId(id)
			.setMessage(detail)
			.setDetailedError(detail)
			.setStatusCode(status)
			.setWhere("ExecuteCommand")
			.build());
	}

	/**
	 * Runs the hooks the server calls in the background after the plugin acted through the API.
	 */
	private final class ServerReactions implements PluginActivityListener {

		@Override
		public void pluginCreatedPost(Post post) {
			MattermostTestDriver.this.followUps
				.run(() -> hooks().messageHasBeenPosted(context(null), PostConverter.toProto(post)));
		}

		@Override
		public void pluginSavedConfiguration(Map<String, Object> settings) {
			MattermostTestDriver.this.settingsChanged = true;
			MattermostTestDriver.this.followUps.run(() -> hooks().configurationChanged());
		}

	}

	/**
	 * One background thread for follow-up hooks, with a way to wait until none is queued or running.
	 */
	private static final class FollowUps {

		private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
			Thread thread = new Thread(r, "mattermost-test-follow-up-hooks");
			thread.setDaemon(true);
			return thread;
		});

		private final List<RuntimeException> failures = new ArrayList<>();

		private int pending;

		private long submitted;

		synchronized void run(Runnable hook) {
			this.pending++;
			this.submitted++;
			this.executor.execute(() -> {
				try {
					hook.run();
				}
				catch (RuntimeException ex) {
					synchronized (this) {
						this.failures.add(ex);
					}
				}
				finally {
					done();
				}
			});
		}

		synchronized long submitted() {
			return this.submitted;
		}

		private synchronized void done() {
			this.pending--;
			notifyAll();
		}

		synchronized void await() {
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
			while (this.pending > 0) {
				long left = deadline - System.nanoTime();
				if (left <= 0) {
					throw new IllegalStateException("Follow-up hooks still running after 30 seconds");
				}
				try {
					TimeUnit.NANOSECONDS.timedWait(this, left);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					throw new IllegalStateException("Interrupted while waiting for follow-up hooks", ex);
				}
			}
			if (!this.failures.isEmpty()) {
				RuntimeException first = this.failures.get(0);
				this.failures.clear();
				throw new IllegalStateException("A hook the server runs in the background failed: "
						+ first.getMessage(), first);
			}
		}

		void close() {
			this.executor.shutdownNow();
		}

	}

}
