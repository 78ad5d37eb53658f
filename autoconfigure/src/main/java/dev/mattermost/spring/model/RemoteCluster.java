package dev.mattermost.spring.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;

/**
 * A remote Mattermost server, or a plugin acting as one, that shares channels with this one.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RemoteCluster(
		@JsonProperty("remote_id") String remoteId,
		@JsonProperty("remote_team_id") String remoteTeamId,
		@JsonProperty("name") String name,
		@JsonProperty("display_name") String displayName,
		@JsonProperty("site_url") String siteUrl,
		@JsonProperty("default_team_id") String defaultTeamId,
		@JsonProperty("create_at") @JsonSetter(nulls = Nulls.AS_EMPTY) long createAt,
		@JsonProperty("delete_at") @JsonSetter(nulls = Nulls.AS_EMPTY) long deleteAt,
		@JsonProperty("last_ping_at") @JsonSetter(nulls = Nulls.AS_EMPTY) long lastPingAt,
		@JsonProperty("last_global_user_sync_at") @JsonSetter(nulls = Nulls.AS_EMPTY) long lastGlobalUserSyncAt,
		@JsonProperty("token") String token,
		@JsonProperty("remote_token") String remoteToken,
		@JsonProperty("topics") String topics,
		@JsonProperty("creator_id") String creatorId,
		@JsonProperty("plugin_id") String pluginId,
		@JsonProperty("options") @JsonSetter(nulls = Nulls.AS_EMPTY) long options) {

	public RemoteCluster {
		remoteId = Defaults.text(remoteId);
		remoteTeamId = Defaults.text(remoteTeamId);
		name = Defaults.text(name);
		displayName = Defaults.text(displayName);
		siteUrl = Defaults.text(siteUrl);
		defaultTeamId = Defaults.text(defaultTeamId);
		token = Defaults.text(token);
		remoteToken = Defaults.text(remoteToken);
		topics = Defaults.text(topics);
		creatorId = Defaults.text(creatorId);
		pluginId = Defaults.text(pluginId);
	}

}
