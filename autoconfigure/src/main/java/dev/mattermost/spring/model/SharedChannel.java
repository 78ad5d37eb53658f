package dev.mattermost.spring.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A channel shared with remote clusters or plugins, as Mattermost's {@code model.SharedChannel}.
 *
 * @param channelId the shared channel
 * @param teamId the channel's team
 * @param home whether the channel was created on this server (rather than shared to it)
 * @param readOnly whether remotes may only read
 * @param shareName the name the channel is shared under
 * @param shareDisplayName the display name the channel is shared under
 * @param sharePurpose the purpose shown to remotes
 * @param shareHeader the header shown to remotes
 * @param creatorId the user who shared the channel
 * @param createAt creation time in epoch milliseconds
 * @param updateAt last update time in epoch milliseconds
 * @param remoteId the remote the channel came from, empty for home channels
 * @param type the channel type ({@code O}, {@code P}, ...)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SharedChannel(@JsonProperty("id") String channelId, @JsonProperty("team_id") String teamId,
		@JsonProperty("home") boolean home, @JsonProperty("readonly") boolean readOnly,
		@JsonProperty("name") String shareName, @JsonProperty("display_name") String shareDisplayName,
		@JsonProperty("purpose") String sharePurpose, @JsonProperty("header") String shareHeader,
		@JsonProperty("creator_id") String creatorId, @JsonProperty("create_at") long createAt,
		@JsonProperty("update_at") long updateAt, @JsonProperty("remote_id") String remoteId,
		@JsonProperty("type") String type) {

	public SharedChannel {
		channelId = Defaults.text(channelId);
		teamId = Defaults.text(teamId);
		shareName = Defaults.text(shareName);
		shareDisplayName = Defaults.text(shareDisplayName);
		sharePurpose = Defaults.text(sharePurpose);
		shareHeader = Defaults.text(shareHeader);
		creatorId = Defaults.text(creatorId);
		remoteId = Defaults.text(remoteId);
		type = Defaults.text(type);
	}

	/**
	 * Returns a new home share of a channel.
	 * @param channelId the channel to share
	 * @param teamId the channel's team
	 * @param shareName the name the channel is shared under
	 * @param creatorId the user sharing it
	 * @return a shared channel to pass to {@code sharedChannels().share(...)}
	 */
	public static SharedChannel of(String channelId, String teamId, String shareName, String creatorId) {
		return new SharedChannel(channelId, teamId, true, false, shareName, shareName, "", "", creatorId, 0, 0, "",
				"");
	}

}
