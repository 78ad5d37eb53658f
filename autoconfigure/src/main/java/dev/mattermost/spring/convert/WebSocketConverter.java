package dev.mattermost.spring.convert;

import dev.mattermost.spring.model.WebSocketBroadcast;
import dev.mattermost.spring.protocol.v1.WebsocketBroadcast;

/**
 * Converts WebSocket broadcast targets to their protocol message.
 */
public final class WebSocketConverter {

	private WebSocketConverter() {
	}

	/**
	 * Converts a broadcast target.
	 * @param broadcast the record
	 * @return the message
	 */
	public static WebsocketBroadcast toProto(WebSocketBroadcast broadcast) {
		return WebsocketBroadcast.newBuilder()
			.addAllOmitUsers(broadcast.omitUsers())
			.setUserId(broadcast.userId())
			.setChannelId(broadcast.channelId())
			.setTeamId(broadcast.teamId())
			.setConnectionId(broadcast.connectionId())
			.setOmitConnectionId(broadcast.omitConnectionId())
			.setReliableClusterSend(broadcast.reliableClusterSend())
			.setContentionFreeBroadcast(broadcast.contentionFreeBroadcast())
			.build();
	}

}
