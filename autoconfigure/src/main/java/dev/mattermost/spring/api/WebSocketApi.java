package dev.mattermost.spring.api;

import java.util.Map;

import dev.mattermost.spring.model.WebSocketBroadcast;

/**
 * Sends custom events to Mattermost clients over their WebSocket connections, typically to a plugin's web app.
 */
public interface WebSocketApi {

	/**
	 * Publishes an event ({@code PublishWebSocketEvent}); clients receive it as {@code custom_<plugin id>_<event>}.
	 * @param event the event name, without the {@code custom_<plugin id>_} prefix the server adds
	 * @param payload the event data: strings, numbers, booleans, lists and maps
	 * @param broadcast who receives the event, for example {@link WebSocketBroadcast#toUser}
	 * @throws IllegalArgumentException if a payload value has no JSON form
	 */
	void publish(String event, Map<String, ?> payload, WebSocketBroadcast broadcast);

}
