package dev.mattermost.spring.sample;

import org.springframework.stereotype.Component;

import dev.mattermost.spring.hooks.annotation.ExecuteCommand;
import dev.mattermost.spring.model.CommandArgs;
import dev.mattermost.spring.model.CommandResponse;

/**
 * Answers the {@code /sample} slash command.
 */
@Component
public class SampleCommand {

	/** The command's trigger word. */
	public static final String TRIGGER = "sample";

	private final LifecycleLogger lifecycle;

	private final SampleBot bot;

	public SampleCommand(LifecycleLogger lifecycle, SampleBot bot) {
		this.lifecycle = lifecycle;
		this.bot = bot;
	}

	@ExecuteCommand
	public CommandResponse execute(CommandArgs args) {
		String[] words = args.command().trim().split("\\s+", 3);
		String action = (words.length > 1) ? words[1] : "help";
		return switch (action) {
			case "echo" -> CommandResponse.ephemeral((words.length > 2) ? words[2] : "(nothing to echo)");
			case "stats" -> CommandResponse.ephemeral("Posts seen since start: " + this.lifecycle.postsSeen()
					+ ", in this channel: " + this.bot.postCount(args.channelId()));
			default -> CommandResponse.ephemeral("Usage: /" + TRIGGER + " echo <text> | stats");
		};
	}

}
