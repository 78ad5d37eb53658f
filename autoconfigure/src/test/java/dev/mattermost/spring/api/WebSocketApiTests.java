package dev.mattermost.spring.api;

import java.util.List;
import java.util.Map;

import io.grpc.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.mattermost.spring.convert.StructConverter;
import dev.mattermost.spring.model.WebSocketBroadcast;
import dev.mattermost.spring.protocol.v1.PublishWebSocketEventRequest;
import dev.mattermost.spring.protocol.v1.WebsocketBroadcast;
import dev.mattermost.spring.protocol.v1.PublishWebSocketEventResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class WebSocketApiTests {

	@RegisterExtension
	final ApiTestServer server = new ApiTestServer();

	private WebSocketApi webSocket() {
		return new DefaultWebSocketApi(this.server.caller());
	}

	@Test
	void sendsEventPayloadAndEveryBroadcastField() {
		WebSocketBroadcast broadcast = new WebSocketBroadcast(List.of("u2", "u3"), "u1", "c1", "t1", "conn1", true,
				true, true);
		webSocket().publish("refresh", Map.of("count", 2, "items", List.of("a")), broadcast);
		PublishWebSocketEventRequest request = this.server.request("PublishWebSocketEvent",
				PublishWebSocketEventRequest.class);
		assertThat(request.getEvent()).isEqualTo("refresh");
		assertThat(StructConverter.toModel(request.getPayload())).containsEntry("count", 2L)
			.containsEntry("items", List.of("a"));
		assertThat(request.getBroadcast()).isEqualTo(WebsocketBroadcast.newBuilder()
			.addOmitUsers("u2")
			.addOmitUsers("u3")
			.setUserId("u1")
			.setChannelId("c1")
			.setTeamId("t1")
			.setConnectionId("conn1")
			.setOmitConnectionId(true)
			.setReliableClusterSend(true)
			.setContentionFreeBroadcast(true)
			.build());
	}

	@Test
	void targetsOneUserWithFactory() {
		webSocket().publish("ping", Map.of(), WebSocketBroadcast.toUser("u1"));
		WebsocketBroadcast sent = this.server.request("PublishWebSocketEvent", PublishWebSocketEventRequest.class)
			.getBroadcast();
		assertThat(sent).isEqualTo(WebsocketBroadcast.newBuilder().setUserId("u1").build());
	}

	@Test
	void rejectsPayloadWithoutJsonFormWithoutCallingServer() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> webSocket().publish("x", Map.of("thread", Thread.currentThread()),
					WebSocketBroadcast.toEveryone()));
		assertThat(this.server.calledMethods()).isEmpty();
	}

	@Test
	void reportsGoneServerAsTransportFailure() {
		this.server.fail("PublishWebSocketEvent", Status.UNAVAILABLE.withDescription("connection reset"));
		assertThatExceptionOfType(PluginApiTransportException.class)
			.isThrownBy(() -> webSocket().publish("x", Map.of(), WebSocketBroadcast.toTeam("t1")));
	}

	@Test
	void mapsResponseAppError() {
		this.server.respond("PublishWebSocketEvent", PublishWebSocketEventResponse.newBuilder()
			.setError(ApiTestServer.appError("app.websocket.publish", "Too many events", 429))
			.build());
		assertThatExceptionOfType(UnavailableException.class)
			.isThrownBy(() -> webSocket().publish("x", Map.of(), WebSocketBroadcast.toEveryone()));
	}
}
