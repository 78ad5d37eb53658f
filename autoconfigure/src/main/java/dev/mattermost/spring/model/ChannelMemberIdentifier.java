package dev.mattermost.spring.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Names one channel membership: a user in a channel.
 *
 * @param channelId the channel
 * @param userId the member
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ChannelMemberIdentifier(
		@JsonProperty("channel_id") String channelId,
		@JsonProperty("user_id") String userId) {

	public ChannelMemberIdentifier {
		channelId = Defaults.text(channelId);
		userId = Defaults.text(userId);
	}

}
