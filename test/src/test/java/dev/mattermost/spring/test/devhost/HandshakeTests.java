package dev.mattermost.spring.test.devhost;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class HandshakeTests {

	@Test
	void readsTheGoPluginHandshakeLine() {
		Handshake handshake = Handshake.parse("1|1|tcp|127.0.0.1:10001|grpc\n");

		assertThat(handshake).isEqualTo(new Handshake(1, 1, "tcp", "127.0.0.1:10001", "grpc"));
	}

	@Test
	void explainsABannerPrintedBeforeTheHandshake() {
		assertThatExceptionOfType(PluginLaunchException.class)
			.isThrownBy(() -> Handshake.parse("  .   ____          _            __ _ _"))
			.withMessageContaining("The plugin printed '.   ____")
			.withMessageContaining("before the handshake line")
			.withMessageContaining("nothing may reach stdout before it");
	}

	@Test
	void refusesAnotherCoreProtocolVersion() {
		assertThatExceptionOfType(PluginLaunchException.class)
			.isThrownBy(() -> Handshake.parse("2|1|tcp|127.0.0.1:10001|grpc"))
			.withMessageContaining("core protocol version 2");
	}

	@Test
	void refusesAnotherApplicationProtocolVersion() {
		assertThatExceptionOfType(PluginLaunchException.class)
			.isThrownBy(() -> Handshake.parse("1|2|tcp|127.0.0.1:10001|grpc"))
			.withMessageContaining("application protocol version 2");
	}

	@Test
	void refusesNetRpcWhichIsAssumedWithoutAProtocolPart() {
		assertThatExceptionOfType(PluginLaunchException.class)
			.isThrownBy(() -> Handshake.parse("1|1|tcp|127.0.0.1:10001"))
			.withMessageContaining("protocol 'netrpc'");
	}

	@Test
	void refusesAnAddressWithoutPort() {
		assertThatExceptionOfType(PluginLaunchException.class)
			.isThrownBy(() -> Handshake.parse("1|1|tcp|localhost|grpc"))
			.withMessageContaining("not host:port");
	}

	@Test
	void refusesUnixSockets() {
		assertThatExceptionOfType(PluginLaunchException.class)
			.isThrownBy(() -> Handshake.parse("1|1|unix|/tmp/plugin.sock|grpc"))
			.withMessageContaining("network 'unix'");
	}

}
