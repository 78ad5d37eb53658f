package dev.mattermost.spring.api;

import io.grpc.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.mattermost.spring.model.PluginClusterEvent;
import dev.mattermost.spring.model.PluginClusterEventSendOptions;
import dev.mattermost.spring.protocol.v1.PublishPluginClusterEventRequest;
import dev.mattermost.spring.protocol.v1.PublishPluginClusterEventResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ClusterApiTests {

	@RegisterExtension
	final ApiTestServer server = new ApiTestServer();

	private ClusterApi cluster() {
		return new DefaultClusterApi(this.server.caller());
	}

	@Test
	void sendsEventAndOptions() {
		cluster().publish(new PluginClusterEvent("cache-evict", new byte[] { 1, 2 }),
				new PluginClusterEventSendOptions(PluginClusterEventSendOptions.SEND_TYPE_RELIABLE, "node-2"));
		PublishPluginClusterEventRequest request = this.server.request("PublishPluginClusterEvent",
				PublishPluginClusterEventRequest.class);
		assertThat(request.getEvent().getId()).isEqualTo("cache-evict");
		assertThat(request.getEvent().getData().toByteArray()).containsExactly(1, 2);
		assertThat(request.getOpts().getSendType()).isEqualTo("reliable");
		assertThat(request.getOpts().getTargetId()).isEqualTo("node-2");
	}

	@Test
	void publishesBestEffortToEveryNodeByDefault() {
		cluster().publish(new PluginClusterEvent("tick", new byte[0]));
		PublishPluginClusterEventRequest request = this.server.request("PublishPluginClusterEvent",
				PublishPluginClusterEventRequest.class);
		assertThat(request.getOpts().getSendType()).isEqualTo("best_effort");
		assertThat(request.getOpts().getTargetId()).isEmpty();
	}

	@Test
	void mapsPublishFailure() {
		this.server.fail("PublishPluginClusterEvent", Status.INTERNAL.withDescription("internal error: no cluster"));
		assertThatExceptionOfType(PluginApiException.class)
			.isThrownBy(() -> cluster().publish(new PluginClusterEvent("tick", new byte[0])))
			.satisfies((ex) -> assertThat(ex.getErrorMessage()).contains("no cluster"));
	}

	@Test
	void mapsResponseAppError() {
		this.server.respond("PublishPluginClusterEvent", PublishPluginClusterEventResponse.newBuilder()
			.setError(ApiTestServer.appError("app.cluster.publish", "Cluster unavailable", 503))
			.build());
		assertThatExceptionOfType(UnavailableException.class)
			.isThrownBy(() -> cluster().publish(new PluginClusterEvent("tick", new byte[0])));
	}
}
