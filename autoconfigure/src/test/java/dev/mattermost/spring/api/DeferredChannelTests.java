package dev.mattermost.spring.api;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import io.grpc.ManagedChannel;
import io.grpc.inprocess.InProcessChannelBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class DeferredChannelTests {

	@Test
	void buildsTheChannelOnAnotherThreadWithoutBlockingTheCaller() throws Exception {
		CountDownLatch release = new CountDownLatch(1);
		AtomicReference<Thread> builtOn = new AtomicReference<>();
		ManagedChannel real = InProcessChannelBuilder.forName("deferred-test").build();
		DeferredChannel channel = new DeferredChannel("deferred-test", () -> {
			builtOn.set(Thread.currentThread());
			await(release);
			return real;
		});
		// the constructor returned although the factory is still blocked
		release.countDown();
		assertThat(channel.authority()).isEqualTo(real.authority());
		assertThat(builtOn.get()).isNotSameAs(Thread.currentThread());
		assertThat(builtOn.get().getName()).isEqualTo("mattermost-plugin-api-connect");
		channel.shutdownNow();
		assertThat(channel.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
		assertThat(real.isTerminated()).isTrue();
	}

	@Test
	void failureToBuildIsReportedOnUseNamingTheTarget() {
		DeferredChannel channel = new DeferredChannel("127.0.0.1:9", () -> {
			throw new IllegalArgumentException("no event loop");
		});
		assertThatIllegalStateException().isThrownBy(channel::authority)
			.withMessageContaining("127.0.0.1:9")
			.withRootCauseInstanceOf(IllegalArgumentException.class);
		assertThat(channel.shutdown().isTerminated()).isTrue();
	}

	@Test
	void unconnectedConnectionFailsCallsSayingWhyAndClosesQuietly() {
		PluginApiConnection connection = PluginApiConnection.unconnected(Duration.ofSeconds(1));
		PluginApiCaller caller = connection.caller(Duration.ofSeconds(1));
		org.assertj.core.api.Assertions.assertThatExceptionOfType(PluginApiTransportException.class)
			.isThrownBy(() -> caller.call("GetServerVersion",
					(stub) -> stub.getServerVersion(
							dev.mattermost.spring.protocol.v1.GetServerVersionRequest.getDefaultInstance())))
			.withMessageContaining("GetServerVersion")
			.withMessageContaining("MATTERMOST_PLUGIN_API_TARGET is not set");
		connection.close();
		assertThat(connection.getChannel().isTerminated()).isTrue();
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(5, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
