package dev.mattermost.spring.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;

/**
 * Member, guest, pinned-post and file counts of a channel.
 *
 * @param channelId the channel the figures belong to
 * @param memberCount the number of members
 * @param guestCount the number of guest members
 * @param pinnedPostCount the number of pinned posts
 * @param filesCount the number of files posted
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ChannelStats(
		@JsonProperty("channel_id") String channelId,
		@JsonProperty("member_count") @JsonSetter(nulls = Nulls.AS_EMPTY) long memberCount,
		@JsonProperty("guest_count") @JsonSetter(nulls = Nulls.AS_EMPTY) long guestCount,
		@JsonProperty("pinnedpost_count") @JsonSetter(nulls = Nulls.AS_EMPTY) long pinnedPostCount,
		@JsonProperty("files_count") @JsonSetter(nulls = Nulls.AS_EMPTY) long filesCount) {

	public ChannelStats {
		channelId = Defaults.text(channelId);
	}

}
