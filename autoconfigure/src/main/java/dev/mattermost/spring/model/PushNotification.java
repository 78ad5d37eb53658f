package dev.mattermost.spring.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;

/**
 * A notification about to be pushed to a mobile device.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PushNotification(
		@JsonProperty("ack_id") String ackId,
		@JsonProperty("platform") String platform,
		@JsonProperty("server_id") String serverId,
		@JsonProperty("device_id") String deviceId,
		@JsonProperty("post_id") String postId,
		@JsonProperty("category") String category,
		@JsonProperty("sound") String sound,
		@JsonProperty("message") String message,
		@JsonProperty("badge") String badge,
		@JsonProperty("cont_ava") String contAva,
		@JsonProperty("team_id") String teamId,
		@JsonProperty("channel_id") String channelId,
		@JsonProperty("root_id") String rootId,
		@JsonProperty("sender_id") String senderId,
		@JsonProperty("sender_name") String senderName,
		@JsonProperty("override_username") String overrideUsername,
		@JsonProperty("override_icon_url") String overrideIconUrl,
		@JsonProperty("from_webhook") String fromWebhook,
		@JsonProperty("version") String version,
		@JsonProperty("is_crt") @JsonSetter(nulls = Nulls.AS_EMPTY) boolean isCrt,
		@JsonProperty("channel_name") String channelName,
		@JsonProperty("type") String type,
		@JsonProperty("sub_type") String subType) {

	public PushNotification {
		ackId = Defaults.text(ackId);
		platform = Defaults.text(platform);
		serverId = Defaults.text(serverId);
		deviceId = Defaults.text(deviceId);
		postId = Defaults.text(postId);
		category = Defaults.text(category);
		sound = Defaults.text(sound);
		message = Defaults.text(message);
		badge = Defaults.text(badge);
		contAva = Defaults.text(contAva);
		teamId = Defaults.text(teamId);
		channelId = Defaults.text(channelId);
		rootId = Defaults.text(rootId);
		senderId = Defaults.text(senderId);
		senderName = Defaults.text(senderName);
		overrideUsername = Defaults.text(overrideUsername);
		overrideIconUrl = Defaults.text(overrideIconUrl);
		fromWebhook = Defaults.text(fromWebhook);
		version = Defaults.text(version);
		channelName = Defaults.text(channelName);
		type = Defaults.text(type);
		subType = Defaults.text(subType);
	}

}
