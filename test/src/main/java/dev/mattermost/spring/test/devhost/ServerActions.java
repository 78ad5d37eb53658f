package dev.mattermost.spring.test.devhost;

import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

import org.jspecify.annotations.Nullable;

import dev.mattermost.spring.convert.PostConverter;
import dev.mattermost.spring.model.Channel;
import dev.mattermost.spring.model.Post;
import dev.mattermost.spring.model.User;
import dev.mattermost.spring.protocol.v1.AppError;
import dev.mattermost.spring.protocol.v1.CommandArgs;
import dev.mattermost.spring.protocol.v1.CommandResponse;
import dev.mattermost.spring.protocol.v1.PluginContext;
import dev.mattermost.spring.test.hooks.CommandOutcome;
import dev.mattermost.spring.test.hooks.HookClient;
import dev.mattermost.spring.test.hooks.HookException;
import dev.mattermost.spring.test.hooks.MessageOutcome;

/**
 * What happens on the server when someone posts, runs a slash command or saves plugin settings, with the plugin's
 * hooks called at the points the server calls them.
 */
public final class ServerActions {

	private static final char[] ID_ALPHABET = "ybndrfg8ejkmcpqxot1uwisza345h769".toCharArray();

	private static final SecureRandom RANDOM = new SecureRandom();

	private final MattermostBackend mattermost;

	private final HookClient hooks;

	private final String siteUrl;

	private final DevHostConsole console;

	private final Executor afterPost;

	private final Map<String, String> sessions = new ConcurrentHashMap<>();

	/**
	 * Creates the actions.
	 * @param mattermost the backing Mattermost
	 * @param hooks the plugin's hooks
	 * @param siteUrl the site URL sent in command arguments
	 * @param console where hook failures are reported
	 * @param afterPost runs {@code MessageHasBeenPosted}, which the server calls without waiting
	 */
	public ServerActions(MattermostBackend mattermost, HookClient hooks, String siteUrl,
			DevHostConsole console, Executor afterPost) {
		this.mattermost = mattermost;
		this.hooks = hooks;
		this.siteUrl = siteUrl;
		this.console = console;
		this.afterPost = afterPost;
	}

	/**
	 * The result of creating a post.
	 *
	 * @param outcome what {@code MessageWillBePosted} decided
	 * @param stored the stored post, unless it was rejected or dismissed
	 */
	public record PostResult(MessageOutcome outcome, @Nullable Post stored) {
	}

	/**
	 * Creates a post the way the server's CreatePost does: {@code MessageWillBePosted} may change, reject or dismiss
	 * it; a stored post is then announced with {@code MessageHasBeenPosted}.
	 * @param user who posts
	 * @param channel where
	 * @param message the text
	 * @param rootId the thread root, or empty
	 * @return what happened
	 */
	public PostResult createPost(User user, Channel channel, String message, String rootId) {
		return createPost(user, Post.of(channel.id(), message).withUserId(user.id()).withRootId(rootId));
	}

	private PostResult createPost(User user, Post draft) {
		MessageOutcome outcome = this.hooks.messageWillBePosted(context(user), PostConverter.toProto(draft));
		if (!(outcome instanceof MessageOutcome.Accepted accepted)) {
			return new PostResult(outcome, null);
		}
		if (accepted.hookFailure() != null) {
			this.console.problem(accepted.hookFailure() + " The server fails open and keeps the post unchanged.");
		}
		Post stored = this.mattermost.savePost(PostConverter.toModel(accepted.post()));
		later(() -> {
			try {
				this.hooks.messageHasBeenPosted(context(user), PostConverter.toProto(stored));
			}
			catch (HookException ex) {
				this.console.problem(ex.getMessage());
			}
		});
		return new PostResult(outcome, stored);
	}

	/**
	 * Announces a post the plugin created through the API with {@code MessageHasBeenPosted}, as the server does for
	 * every stored post.
	 * @param post the stored post
	 */
	public void pluginCreatedPost(Post post) {
		later(() -> {
			try {
				this.hooks.messageHasBeenPosted(context(null), PostConverter.toProto(post));
			}
			catch (HookException ex) {
				this.console.problem(ex.getMessage());
			}
		});
	}

	/**
	 * Calls {@code OnConfigurationChange} after the plugin saved its own settings, without holding up the plugin's
	 * API call.
	 */
	public void pluginSavedSettings() {
		later(() -> {
			try {
				this.hooks.configurationChanged();
			}
			catch (HookException ex) {
				this.console.problem("OnConfigurationChange failed: " + ex.getMessage());
			}
		});
	}

	private void later(Runnable hook) {
		try {
			this.afterPost.execute(hook);
		}
		catch (RejectedExecutionException ex) {
			// The dev host is stopping the plugin; the server would not dispatch new hooks either.
		}
	}

	/**
	 * The result of a slash command.
	 *
	 * @param outcome the plugin's answer
	 * @param error an error raised before the plugin was asked (unknown command), if any
	 * @param post the post made for an {@code in_channel} response, if any
	 */
	public record CommandResult(@Nullable CommandOutcome outcome, @Nullable AppError error, @Nullable PostResult post) {
	}

	/**
	 * Runs a slash command the way the server does for a plugin command: {@code ExecuteCommand} with the server's
	 * command arguments, and for an {@code in_channel} response a post made as the user.
	 * @param user who runs it
	 * @param channel where it is typed
	 * @param command the command line, for example {@code /hello world}
	 * @return what happened
	 */
	public CommandResult executeCommand(User user, Channel channel, String command) {
		String trimmed = command.strip();
		if (!trimmed.startsWith("/")) {
			return new CommandResult(null, error("api.command.execute_command.start.app_error",
					"A command must start with '/': " + trimmed, 400), null);
		}
		String trigger = trimmed.substring(1).split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
		// The server hands a plugin only the triggers it registered; anything else never reaches ExecuteCommand.
		List<String> triggers = this.mattermost.commandTriggers();
		if (!triggers.contains(trigger)) {
			String registered = triggers.isEmpty()
					? "The plugin registered no slash command: call RegisterCommand (for example in OnActivate), "
							+ "the server only routes registered triggers to a plugin."
					: "The plugin registered /" + String.join(", /", triggers) + ".";
			return new CommandResult(null, error("api.command.execute_command.not_found.app_error",
					"Command with a trigger of '" + trigger + "' not found. " + registered, 404), null);
		}
		// The server's gRPC hook client sends only these eight fields.
		CommandArgs args = CommandArgs.newBuilder()
			.setUserId(user.id())
			.setChannelId(channel.id())
			.setTeamId(channel.teamId())
			.setTriggerId(newId())
			.setCommand(trimmed)
			.setSiteUrl(this.siteUrl)
			.build();
		CommandOutcome outcome = this.hooks.executeCommand(context(user), args);
		CommandResponse response = outcome.response();
		PostResult post = null;
		if (outcome.error() == null && response != null && "in_channel".equals(response.getResponseType())
				&& !response.getText().isEmpty()) {
			Channel target = channel;
			if (!response.getChannelId().isEmpty()) {
				target = this.mattermost.findChannel(response.getChannelId()).orElse(channel);
			}
			post = createPost(user, Post.of(target.id(), response.getText()).withUserId(user.id()));
		}
		return new CommandResult(outcome, null, post);
	}

	/**
	 * Replaces the plugin's settings and tells the plugin, as saving the System Console page does.
	 * @param settings the new settings
	 * @return whether the plugin took them without error
	 */
	public boolean updateSettings(Map<String, Object> settings) {
		this.mattermost.pluginSettings(new LinkedHashMap<>(settings));
		try {
			this.hooks.configurationChanged();
			return true;
		}
		catch (HookException ex) {
			this.console.problem("OnConfigurationChange failed: " + ex.getMessage());
			return false;
		}
	}

	/**
	 * The plugin context the server builds for a request made by a user.
	 * @param user the user, or {@code null} for an anonymous request
	 * @return the context
	 */
	PluginContext context(@Nullable User user) {
		PluginContext.Builder context = PluginContext.newBuilder()
			.setRequestId(newId())
			.setIpAddress("127.0.0.1")
			.setUserAgent("mattermost-devhost");
		if (user != null) {
			context.setSessionId(sessionId(user));
		}
		return context.build();
	}

	/**
	 * The session the user's requests carry, opened on first use as a login would.
	 * @param user the user
	 * @return the session id
	 */
	public String sessionId(User user) {
		return this.sessions.computeIfAbsent(user.id(), this.mattermost::createSession);
	}

	/**
	 * A new id in Mattermost's form: 26 characters of base32.
	 * @return the id
	 */
	public static String newId() {
		char[] id = new char[26];
		for (int i = 0; i < id.length; i++) {
			id[i] = ID_ALPHABET[RANDOM.nextInt(ID_ALPHABET.length)];
		}
		return new String(id);
	}

	private static AppError error(String id, String detail, int status) {
		return AppError.newBuilder().setId(id).setMessage(detail).setDetailedError(detail).setStatusCode(status).build();
	}

}
