package dev.mattermost.spring.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Where and by whom a slash command was run, with the full command text.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CommandArgs(
		@JsonProperty("user_id") String userId,
		@JsonProperty("channel_id") String channelId,
		@JsonProperty("team_id") String teamId,
		@JsonProperty("root_id") String rootId,
		@JsonProperty("parent_id") String parentId,
		@JsonProperty("trigger_id") String triggerId,
		@JsonProperty("command") String command,
		@JsonProperty("site_url") String siteUrl,
		@JsonProperty("t") String t,
		@JsonProperty("user_mention") String userMention,
		@JsonProperty("channel_mention") String channelMention) {

	public CommandArgs {
		userId = Defaults.text(userId);
		channelId = Defaults.text(channelId);
		teamId = Defaults.text(teamId);
		rootId = Defaults.text(rootId);
		parentId = Defaults.text(parentId);
		triggerId = Defaults.text(triggerId);
		command = Defaults.text(command);
		siteUrl = Defaults.text(siteUrl);
		t = Defaults.text(t);
		userMention = Defaults.text(userMention);
		channelMention = Defaults.text(channelMention);
	}

}
