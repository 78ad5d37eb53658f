package dev.mattermost.spring.model;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import org.jspecify.annotations.Nullable;

/**
 * What a slash command answers: a message shown to the caller or posted in the channel.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CommandResponse(
		@JsonProperty("response_type") String responseType,
		@JsonProperty("text") String text,
		@JsonProperty("username") String username,
		@JsonProperty("channel_id") String channelId,
		@JsonProperty("icon_url") String iconUrl,
		@JsonProperty("type") String type,
		@JsonProperty("props") Map<String, @Nullable Object> props,
		@JsonProperty("goto_location") String gotoLocation,
		@JsonProperty("trigger_id") String triggerId,
		@JsonProperty("skip_slack_parsing") @JsonSetter(nulls = Nulls.AS_EMPTY) boolean skipSlackParsing,
		@JsonProperty("attachments") List<CommandResponse> attachments) {

	/** The {@link #responseType()} of a reply only the user who ran the command sees. */
	public static final String EPHEMERAL = "ephemeral";

	/** The {@link #responseType()} of a reply posted in the channel for everyone. */
	public static final String IN_CHANNEL = "in_channel";

	public CommandResponse {
		responseType = Defaults.text(responseType);
		text = Defaults.text(text);
		username = Defaults.text(username);
		channelId = Defaults.text(channelId);
		iconUrl = Defaults.text(iconUrl);
		type = Defaults.text(type);
		props = Defaults.map(props);
		gotoLocation = Defaults.text(gotoLocation);
		triggerId = Defaults.text(triggerId);
		attachments = Defaults.list(attachments);
	}

	/**
	 * Creates a reply that only the user who ran the command sees.
	 * @param text the reply text (Markdown)
	 * @return the response
	 */
	public static CommandResponse ephemeral(String text) {
		return new CommandResponse(EPHEMERAL, text, "", "", "", "", Map.of(), "", "", false, List.of());
	}

	/**
	 * Creates a reply posted in the channel where the command was run.
	 * @param text the reply text (Markdown)
	 * @return the response
	 */
	public static CommandResponse inChannel(String text) {
		return new CommandResponse(IN_CHANNEL, text, "", "", "", "", Map.of(), "", "", false, List.of());
	}

}
