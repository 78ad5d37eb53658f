package dev.mattermost.spring.api;

import java.util.Map;
import java.util.Objects;

import dev.mattermost.spring.convert.StructConverter;
import dev.mattermost.spring.convert.WebSocketConverter;
import dev.mattermost.spring.model.WebSocketBroadcast;
import dev.mattermost.spring.protocol.v1.PublishWebSocketEventRequest;

/**
 * {@link WebSocketApi} over the PluginAPI gRPC service.
 */
public final class DefaultWebSocketApi implements WebSocketApi {

	private final PluginApiCaller caller;

	/**
	 * Creates the API.
	 * @param caller performs the calls
	 */
	public DefaultWebSocketApi(PluginApiCaller caller) {
		this.caller = Objects.requireNonNull(caller, "caller must not be null");
	}

	@Override
	public void publish(String event, Map<String, ?> payload, WebSocketBroadcast broadcast) {
		Objects.requireNonNull(broadcast, "broadcast must not be null");
		PublishWebSocketEventRequest request = PublishWebSocketEventRequest.newBuilder()
			.setEvent(event)
			.setPayload(StructConverter.toProto(payload))
			.setBroadcast(WebSocketConverter.toProto(broadcast))
			.build();
		this.caller.call("PublishWebSocketEvent", (stub) -> stub.publishWebSocketEvent(request));
	}

}
