package dev.mattermost.spring.api;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PluginApiConnectionTests {

	private static final int MAX_INBOUND = 64 * 1024 * 1024;

	@Test
	void rejectsBlankTarget() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new PluginApiConnection(" ", MAX_INBOUND, null, Duration.ofSeconds(1)))
			.withMessageContaining("target");
	}

	@Test
	void rejectsKeepaliveMoreFrequentThanGrpcGoServersAllow() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new PluginApiConnection("127.0.0.1:1", MAX_INBOUND, Duration.ofSeconds(299),
					Duration.ofSeconds(1)))
			.withMessageContaining("PT5M");
	}

	@Test
	void acceptsKeepaliveAtTheServerMinimum() {
		try (PluginApiConnection connection = new PluginApiConnection("127.0.0.1:1", MAX_INBOUND,
				PluginApiConnection.MIN_KEEPALIVE_TIME, Duration.ofSeconds(1))) {
			assertThat(connection.getTarget()).isEqualTo("127.0.0.1:1");
		}
	}

	@Test
	void closeTerminatesIdleChannelWithoutWaitingForTimeout() {
		PluginApiConnection connection = new PluginApiConnection("127.0.0.1:1", MAX_INBOUND, null,
				Duration.ofSeconds(30));
		long started = System.nanoTime();
		connection.close();
		assertThat(connection.getChannel().isTerminated()).isTrue();
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
	}

	@Test
	void createsCallerWithDeadline() {
		try (PluginApiConnection connection = new PluginApiConnection("127.0.0.1:1", MAX_INBOUND, null,
				Duration.ofSeconds(1))) {
			assertThat(connection.caller(Duration.ofSeconds(7)).getDeadline()).isEqualTo(Duration.ofSeconds(7));
		}
	}

}
