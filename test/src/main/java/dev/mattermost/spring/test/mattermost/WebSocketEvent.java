package dev.mattermost.spring.test.mattermost;

import java.util.List;
import java.util.Map;

/**
 * An event the plugin published with {@code PublishWebSocketEvent}; clients receive it as
 * {@code custom_<plugin id>_<event>}.
 *
 * @param event the event name as the plugin sent it
 * @param payload the payload
 * @param userId the user it is broadcast to, or empty
 * @param channelId the channel it is broadcast to, or empty
 * @param teamId the team it is broadcast to, or empty
 * @param omitUsers users left out of the broadcast
 */
public record WebSocketEvent(String event, Map<String, Object> payload, String userId, String channelId,
		String teamId, List<String> omitUsers) {
}
