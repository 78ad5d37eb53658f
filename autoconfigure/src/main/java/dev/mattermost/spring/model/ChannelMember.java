package dev.mattermost.spring.model;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;

/**
 * A user's membership in a channel, with read state and notification settings.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ChannelMember(
		@JsonProperty("channel_id") String channelId,
		@JsonProperty("user_id") String userId,
		@JsonProperty("roles") String roles,
		@JsonProperty("last_viewed_at") @JsonSetter(nulls = Nulls.AS_EMPTY) long lastViewedAt,
		@JsonProperty("msg_count") @JsonSetter(nulls = Nulls.AS_EMPTY) long msgCount,
		@JsonProperty("mention_count") @JsonSetter(nulls = Nulls.AS_EMPTY) long mentionCount,
		@JsonProperty("mention_count_root") @JsonSetter(nulls = Nulls.AS_EMPTY) long mentionCountRoot,
		@JsonProperty("msg_count_root") @JsonSetter(nulls = Nulls.AS_EMPTY) long msgCountRoot,
		@JsonProperty("notify_props") Map<String, String> notifyProps,
		@JsonProperty("last_update_at") @JsonSetter(nulls = Nulls.AS_EMPTY) long lastUpdateAt,
		@JsonProperty("scheme_guest") @JsonSetter(nulls = Nulls.AS_EMPTY) boolean schemeGuest,
		@JsonProperty("scheme_user") @JsonSetter(nulls = Nulls.AS_EMPTY) boolean schemeUser,
		@JsonProperty("scheme_admin") @JsonSetter(nulls = Nulls.AS_EMPTY) boolean schemeAdmin,
		@JsonProperty("urgent_mention_count") @JsonSetter(nulls = Nulls.AS_EMPTY) long urgentMentionCount) {

	public ChannelMember {
		channelId = Defaults.text(channelId);
		userId = Defaults.text(userId);
		roles = Defaults.text(roles);
		notifyProps = Defaults.textMap(notifyProps);
	}

}
