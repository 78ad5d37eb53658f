package dev.mattermost.spring.sample;

import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import dev.mattermost.spring.hooks.annotation.MessageHasBeenPosted;
import dev.mattermost.spring.hooks.annotation.OnActivate;
import dev.mattermost.spring.hooks.annotation.OnConfigurationChange;
import dev.mattermost.spring.hooks.annotation.OnDeactivate;
import dev.mattermost.spring.hooks.annotation.UserHasJoinedChannel;
import dev.mattermost.spring.model.ChannelMember;
import dev.mattermost.spring.model.Post;
import dev.mattermost.spring.model.User;

/**
 * Logs the plugin's lifecycle and counts the messages it has seen, so the Mattermost log shows what it does.
 */
@Component
public class LifecycleLogger {

	private static final Logger logger = LoggerFactory.getLogger(LifecycleLogger.class);

	private final AtomicLong postsSeen = new AtomicLong();

	@OnConfigurationChange
	public void configurationChanged() {
		logger.info("Configuration loaded");
	}

	@OnActivate
	public void activated() {
		logger.info("Sample plugin activated");
	}

	@OnDeactivate
	public void deactivated() {
		logger.atInfo().addKeyValue("posts_seen", this.postsSeen.get()).log("Sample plugin deactivated");
	}

	@MessageHasBeenPosted
	public void posted(Post post) {
		long count = this.postsSeen.incrementAndGet();
		logger.atDebug().addKeyValue("channel_id", post.channelId()).addKeyValue("count", count).log("Post seen");
	}

	@UserHasJoinedChannel
	public void joined(ChannelMember member, java.util.Optional<User> actor) {
		logger.atInfo()
			.addKeyValue("user_id", member.userId())
			.addKeyValue("channel_id", member.channelId())
			.addKeyValue("added_by", actor.map(User::username).orElse("themselves"))
			.log("User joined a channel");
	}

	/**
	 * How many posts the plugin has seen since it started.
	 * @return the count
	 */
	public long postsSeen() {
		return this.postsSeen.get();
	}

}
