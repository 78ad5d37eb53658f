package dev.mattermost.spring.autoconfigure.api;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import io.grpc.Context;
import io.grpc.Deadline;
import io.grpc.Server;
import io.grpc.netty.NettyServerBuilder;
import io.grpc.stub.StreamObserver;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import dev.mattermost.spring.api.PluginApi;
import dev.mattermost.spring.api.PluginApiCaller;
import dev.mattermost.spring.api.PluginApiConnection;
import dev.mattermost.spring.api.PluginApiTransportException;
import dev.mattermost.spring.protocol.v1.GetServerVersionRequest;
import dev.mattermost.spring.protocol.v1.GetServerVersionResponse;
import dev.mattermost.spring.protocol.v1.PluginAPIGrpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.Mockito.mock;

class PluginApiAutoConfigurationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner().withConfiguration(
			AutoConfigurations.of(PluginApiAutoConfiguration.class, JacksonAutoConfiguration.class));

	@Test
	void withoutTargetProvidesPluginApiWhoseCallsSayTheTargetIsMissing() {
		this.runner.run((context) -> {
			assertThat(context).hasSingleBean(PluginApi.class);
			assertThatExceptionOfType(PluginApiTransportException.class)
				.isThrownBy(() -> context.getBean(PluginApi.class).system().getServerVersion())
				.withMessageContaining("MATTERMOST_PLUGIN_API_TARGET is not set");
		});
	}

	@Test
	void providesPluginApiWithDefaultDeadlineWhenTargetIsSet() {
		this.runner.withPropertyValues("mattermost.plugin.api.target=127.0.0.1:1").run((context) -> {
			assertThat(context).hasSingleBean(PluginApi.class);
			assertThat(context.getBean(PluginApiConnection.class).getTarget()).isEqualTo("127.0.0.1:1");
			assertThat(context.getBean(PluginApiCaller.class).getDeadline()).isEqualTo(Duration.ofSeconds(10));
		});
	}

	@Test
	void bindsTargetFromMattermostEnvironmentVariableName() {
		Map<String, Object> environment = Map.of("MATTERMOST_PLUGIN_API_TARGET", "127.0.0.1:2");
		this.runner
			.withInitializer((context) -> context.getEnvironment()
				.getPropertySources()
				.addFirst(new SystemEnvironmentPropertySource("environment", environment)))
			.run((context) -> assertThat(context.getBean(PluginApiConnection.class).getTarget())
				.isEqualTo("127.0.0.1:2"));
	}

	@Test
	void appliesDeadlineProperty() {
		this.runner.withPropertyValues("mattermost.plugin.api.target=127.0.0.1:1", "mattermost.plugin.api.deadline=3s")
			.run((context) -> assertThat(context.getBean(PluginApiCaller.class).getDeadline())
				.isEqualTo(Duration.ofSeconds(3)));
	}

	@Test
	void rejectsKeepaliveMattermostWouldPunish() {
		this.runner
			.withPropertyValues("mattermost.plugin.api.target=127.0.0.1:1", "mattermost.plugin.api.keep-alive-time=10s")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("keepAliveTime must be at least PT5M"));
	}

	@Test
	void backsOffForUserPluginApi() {
		PluginApi custom = mock(PluginApi.class);
		this.runner.withPropertyValues("mattermost.plugin.api.target=127.0.0.1:1")
			.withBean(PluginApi.class, () -> custom)
			.run((context) -> assertThat(context.getBean(PluginApi.class)).isSameAs(custom));
	}

	@Test
	void callsServerOverLoopbackWithDeadlineAndShutsChannelDownOnClose() throws IOException {
		AtomicReference<Deadline> deadline = new AtomicReference<>();
		Server server = NettyServerBuilder.forAddress(new InetSocketAddress("127.0.0.1", 0))
			.addService(new PluginAPIGrpc.PluginAPIImplBase() {
				@Override
				public void getServerVersion(GetServerVersionRequest request,
						StreamObserver<GetServerVersionResponse> responses) {
					deadline.set(Context.current().getDeadline());
					responses.onNext(GetServerVersionResponse.newBuilder().setVersion("10.11.0").build());
					responses.onCompleted();
				}
			})
			.build()
			.start();
		AtomicReference<PluginApiConnection> connection = new AtomicReference<>();
		try {
			this.runner
				.withPropertyValues("mattermost.plugin.api.target=127.0.0.1:" + server.getPort(),
						"mattermost.plugin.api.deadline=4s")
				.run((context) -> {
					PluginApiCaller caller = context.getBean(PluginApiCaller.class);
					String version = caller
						.call("GetServerVersion",
								(stub) -> stub.getServerVersion(GetServerVersionRequest.getDefaultInstance()))
						.getVersion();
					assertThat(version).isEqualTo("10.11.0");
					assertThat(deadline.get().timeRemaining(TimeUnit.MILLISECONDS)).isBetween(1_000L, 4_000L);
					connection.set(context.getBean(PluginApiConnection.class));
				});
			assertThat(connection.get().getChannel().isShutdown()).isTrue();
		}
		finally {
			server.shutdownNow();
		}
	}

	@Test
	void reportsMissingServerAsTransportFailure() {
		this.runner.withPropertyValues("mattermost.plugin.api.target=127.0.0.1:1").run((context) -> {
			PluginApiCaller caller = context.getBean(PluginApiCaller.class);
			assertThatExceptionOfType(PluginApiTransportException.class)
				.isThrownBy(() -> caller.call("GetServerVersion",
						(stub) -> stub.getServerVersion(GetServerVersionRequest.getDefaultInstance())));
		});
	}

}
