package dev.mattermost.spring.model;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A user's membership in a channel, with read state and notification settings.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ChannelMember(
		@JsonProperty("channel_id") String channelId,
		@JsonProperty("user_id") String userId,
		@JsonProperty("roles") String roles,
		@JsonProperty("last_viewed_at") long lastViewedAt,
		@JsonProperty("msg_count") long msgCount,
		@JsonProperty("mention_count") long mentionCount,
		@JsonProperty("mention_count_root") long mentionCountRoot,
		@JsonProperty("msg_count_root") long msgCountRoot,
		@JsonProperty("notify_props") Map<String, String> notifyProps,
		@JsonProperty("last_update_at") long lastUpdateAt,
		@JsonProperty("scheme_guest") boolean schemeGuest,
		@JsonProperty("scheme_user") boolean schemeUser,
		@JsonProperty("scheme_admin") boolean schemeAdmin,
		@JsonProperty("urgent_mention_count") long urgentMentionCount) {

	public ChannelMember {
		channelId = Defaults.text(channelId);
		userId = Defaults.text(userId);
		roles = Defaults.text(roles);
		notifyProps = Defaults.textMap(notifyProps);
	}

}
