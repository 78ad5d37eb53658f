package dev.mattermost.spring.sample;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import dev.mattermost.spring.api.PluginApi;
import dev.mattermost.spring.hooks.annotation.MessageHasBeenPosted;
import dev.mattermost.spring.hooks.annotation.OnActivate;
import dev.mattermost.spring.hooks.annotation.UserHasJoinedChannel;
import dev.mattermost.spring.model.ChannelMember;
import dev.mattermost.spring.model.Command;
import dev.mattermost.spring.model.Post;

/**
 * The plugin's bot: created on activation together with the {@code /sample} command, it answers "ping" in the
 * channel, welcomes people who join a channel and counts each channel's posts in the KV store.
 */
@Component
public class SampleBot {

	/** The bot's username. */
	public static final String USERNAME = "sample-bot";

	private static final Logger logger = LoggerFactory.getLogger(SampleBot.class);

	private final PluginApi api;

	private volatile String botUserId = "";

	public SampleBot(PluginApi api) {
		this.api = api;
	}

	@OnActivate
	@Order(0)
	public void setUp() {
		this.botUserId = this.api.bots().ensureBot(USERNAME, "Sample Bot", "Answers pings and welcomes newcomers");
		this.api.commands()
			.register(Command.builder(SampleCommand.TRIGGER)
				.displayName("Sample")
				.description("Try the sample plugin")
				.autoComplete("Echo text or show statistics", "echo <text> | stats")
				.build());
		logger.atInfo().addKeyValue("bot_user_id", this.botUserId).log("Bot and /sample command ready");
	}

	@MessageHasBeenPosted
	public void answer(Post post) {
		if (post.userId().equals(this.botUserId)) {
			return;
		}
		this.api.kv().update(postCountKey(post.channelId()), Long.class, (count) -> (count == null) ? 1 : count + 1);
		if (post.message().trim().equalsIgnoreCase("ping")) {
			String thread = post.rootId().isEmpty() ? post.id() : post.rootId();
			this.api.posts().create(Post.of(post.channelId(), "pong").withUserId(this.botUserId).withRootId(thread));
		}
	}

	@UserHasJoinedChannel
	public void welcome(ChannelMember member) {
		this.api.posts()
			.sendEphemeral(member.userId(), Post.of(member.channelId(), "Welcome! Type `/sample` to see what I can do.")
				.withUserId(this.botUserId));
	}

	/**
	 * How many posts the bot has counted in a channel.
	 * @param channelId the channel
	 * @return the count, 0 when none
	 */
	public long postCount(String channelId) {
		return this.api.kv().getJson(postCountKey(channelId), Long.class).orElse(0L);
	}

	/**
	 * The bot's user id, once activated.
	 * @return the id, empty before activation
	 */
	public String botUserId() {
		return this.botUserId;
	}

	private static String postCountKey(String channelId) {
		return "post-count:" + channelId;
	}

}
