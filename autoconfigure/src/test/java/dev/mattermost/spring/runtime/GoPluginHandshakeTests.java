package dev.mattermost.spring.runtime;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.grpc.ManagedChannel;
import io.grpc.Server;
import io.grpc.health.v1.HealthCheckRequest;
import io.grpc.health.v1.HealthCheckResponse.ServingStatus;
import io.grpc.health.v1.HealthGrpc;
import io.grpc.inprocess.InProcessChannelBuilder;
import io.grpc.inprocess.InProcessServerBuilder;
import io.grpc.protobuf.services.HealthStatusManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.grpc.server.lifecycle.GrpcServerLifecycle;
import org.springframework.grpc.server.lifecycle.GrpcServerStartedEvent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.mockito.Mockito.mock;

/**
 * Tests for {@link GoPluginHandshake}.
 */
class GoPluginHandshakeTests {

	private final HealthStatusManager health = new HealthStatusManager();

	private final List<String> stdout = new ArrayList<>();

	private Server server;

	private ManagedChannel channel;

	@BeforeEach
	void startHealthService() throws Exception {
		String name = InProcessServerBuilder.generateName();
		this.server = InProcessServerBuilder.forName(name)
			.directExecutor()
			.addService(this.health.getHealthService())
			.build()
			.start();
		this.channel = InProcessChannelBuilder.forName(name).directExecutor().build();
	}

	@AfterEach
	void stopHealthService() {
		this.channel.shutdownNow();
		this.server.shutdownNow();
	}

	@Test
	void printsTheHandshakeLineOnceAndServesPluginHealthWhenReady() {
		GoPluginHandshake handshake = new GoPluginHandshake(this.health, true, this.stdout::add);
		handshake.onApplicationEvent(started(10042));
		assertThat(this.stdout).isEmpty();
		handshake.onApplicationEvent(ready());
		handshake.onApplicationEvent(ready());
		assertThat(this.stdout).containsExactly("1|1|tcp|127.0.0.1:10042|grpc");
		assertThat(handshake.getPort()).isEqualTo(10042);
		assertThat(status("plugin")).isEqualTo(ServingStatus.SERVING);
		assertThat(status("")).isEqualTo(ServingStatus.SERVING);
	}

	@Test
	void stopsServingWhenTheContextCloses() {
		GoPluginHandshake handshake = new GoPluginHandshake(this.health, true, this.stdout::add);
		handshake.onApplicationEvent(started(10042));
		handshake.onApplicationEvent(ready());
		handshake.onApplicationEvent(new ContextClosedEvent(mock(ConfigurableApplicationContext.class)));
		assertThat(status("plugin")).isEqualTo(ServingStatus.NOT_SERVING);
	}

	@Test
	void printsNothingWhenTheHandshakeIsOff() {
		GoPluginHandshake handshake = new GoPluginHandshake(this.health, false, this.stdout::add);
		handshake.onApplicationEvent(started(10042));
		handshake.onApplicationEvent(ready());
		assertThat(this.stdout).isEmpty();
		assertThat(status("plugin")).isEqualTo(ServingStatus.SERVING);
	}

	@Test
	void refusesToAnnounceWithoutATcpPort() {
		GoPluginHandshake handshake = new GoPluginHandshake(this.health, true, this.stdout::add);
		assertThatIllegalStateException().isThrownBy(() -> handshake.onApplicationEvent(ready()))
			.withMessageContaining("not listening on TCP");
		assertThat(this.stdout).isEmpty();
	}

	private ServingStatus status(String service) {
		return HealthGrpc.newBlockingStub(this.channel)
			.check(HealthCheckRequest.newBuilder().setService(service).build())
			.getStatus();
	}

	private static GrpcServerStartedEvent started(int port) {
		return new GrpcServerStartedEvent(mock(GrpcServerLifecycle.class), mock(Server.class), "127.0.0.1", port);
	}

	private static ApplicationReadyEvent ready() {
		return new ApplicationReadyEvent(new SpringApplication(), new String[0],
				mock(ConfigurableApplicationContext.class), Duration.ofMillis(1));
	}

}
