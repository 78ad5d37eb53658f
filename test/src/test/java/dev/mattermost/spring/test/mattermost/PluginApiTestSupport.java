package dev.mattermost.spring.test.mattermost;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;

import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.inprocess.InProcessChannelBuilder;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import dev.mattermost.spring.protocol.v1.PluginAPIGrpc;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Starts an {@link InMemoryMattermost} on an in-process transport and gives each test a real gRPC client to it.
 */
abstract class PluginApiTestSupport {

	static final String PLUGIN_ID = "com.example.standin";

	final MutableClock clock = new MutableClock(Instant.parse("2026-01-15T10:00:00Z"));

	InMemoryMattermost mattermost;

	ManagedChannel channel;

	PluginAPIGrpc.PluginAPIBlockingStub api;

	@BeforeEach
	void startMattermost() {
		this.mattermost = new InMemoryMattermost(PLUGIN_ID, this.clock);
		String name = "standin-" + UUID.randomUUID();
		this.mattermost.startInProcess(name);
		this.channel = InProcessChannelBuilder.forName(name).directExecutor().build();
		this.api = PluginAPIGrpc.newBlockingStub(this.channel);
	}

	@AfterEach
	void stopMattermost() {
		this.channel.shutdownNow();
		this.mattermost.close();
	}

	static void assertStatus(ThrowingCallable call, Status.Code code, String errorId) {
		assertThatExceptionOfType(StatusRuntimeException.class).isThrownBy(call)
			.satisfies(ex -> {
				org.assertj.core.api.Assertions.assertThat(ex.getStatus().getCode()).isEqualTo(code);
				org.assertj.core.api.Assertions.assertThat(ex.getStatus().getDescription()).startsWith(errorId + ": ");
			});
	}

	/** A clock tests move by hand, for expiry. */
	static final class MutableClock extends Clock {

		private Instant now;

		MutableClock(Instant start) {
			this.now = start;
		}

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
