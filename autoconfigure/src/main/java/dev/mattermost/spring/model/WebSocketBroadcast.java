package dev.mattermost.spring.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Who receives a WebSocket event published by a plugin, as Mattermost's {@code model.WebsocketBroadcast}; an
 * empty broadcast reaches every connected user.
 *
 * @param omitUsers users who must not receive the event
 * @param userId only this user receives the event
 * @param channelId only members of this channel receive the event
 * @param teamId only members of this team receive the event
 * @param connectionId the WebSocket connection meant by {@code omitConnectionId}
 * @param omitConnectionId whether the connection {@code connectionId} is left out
 * @param reliableClusterSend whether the event is sent reliably to the other cluster nodes
 * @param contentionFreeBroadcast whether the server may broadcast without waiting for slow connections
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record WebSocketBroadcast(@JsonProperty("omit_users") List<String> omitUsers,
		@JsonProperty("user_id") String userId, @JsonProperty("channel_id") String channelId,
		@JsonProperty("team_id") String teamId, @JsonProperty("connection_id") String connectionId,
		@JsonProperty("omit_connection_id") boolean omitConnectionId,
		@JsonProperty("reliable_cluster_send") boolean reliableClusterSend,
		@JsonProperty("contention_free_broadcast") boolean contentionFreeBroadcast) {

	public WebSocketBroadcast {
		userId = Defaults.text(userId);
		channelId = Defaults.text(channelId);
		teamId = Defaults.text(teamId);
		connectionId = Defaults.text(connectionId);
		omitUsers = Defaults.list(omitUsers);
	}

	/**
	 * Returns a broadcast to every connected user.
	 * @return the broadcast
	 */
	public static WebSocketBroadcast toEveryone() {
		return new WebSocketBroadcast(List.of(), "", "", "", "", false, false, false);
	}

	/**
	 * Returns a broadcast to one user's connections.
	 * @param userId the user
	 * @return the broadcast
	 */
	public static WebSocketBroadcast toUser(String userId) {
		return new WebSocketBroadcast(List.of(), userId, "", "", "", false, false, false);
	}

	/**
	 * Returns a broadcast to the members of a channel.
	 * @param channelId the channel
	 * @return the broadcast
	 */
	public static WebSocketBroadcast toChannel(String channelId) {
		return new WebSocketBroadcast(List.of(), "", channelId, "", "", false, false, false);
	}

	/**
	 * Returns a broadcast to the members of a team.
	 * @param teamId the team
	 * @return the broadcast
	 */
	public static WebSocketBroadcast toTeam(String teamId) {
		return new WebSocketBroadcast(List.of(), "", "", teamId, "", false, false, false);
	}

}
