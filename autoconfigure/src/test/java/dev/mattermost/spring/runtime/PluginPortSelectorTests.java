package dev.mattermost.spring.runtime;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Tests for {@link PluginPortSelector}.
 */
class PluginPortSelectorTests {

	@Test
	void withoutRangeAsksForAnyFreePort() {
		PluginPortSelector selector = new PluginPortSelector((port) -> {
			throw new AssertionError("no port should be probed");
		});
		assertThat(selector.select(null, null)).isZero();
		assertThat(selector.select(10000, null)).isZero();
		assertThat(selector.select(null, 25000)).isZero();
	}

	@Test
	void picksAFreePortWithinTheRange() {
		for (int i = 0; i < 50; i++) {
			assertThat(new PluginPortSelector((port) -> true).select(10000, 10009)).isBetween(10000, 10009);
		}
	}

	@Test
	void skipsTakenPortsUntilItFindsTheFreeOne() {
		PluginPortSelector selector = new PluginPortSelector((port) -> port == 10007);
		for (int i = 0; i < 20; i++) {
			assertThat(selector.select(10000, 10009)).isEqualTo(10007);
		}
	}

	@Test
	void probesEveryPortOnceBeforeGivingUp() {
		Set<Integer> probed = new HashSet<>();
		PluginPortSelector selector = new PluginPortSelector((port) -> {
			assertThat(probed.add(port)).as("port %d probed twice", port).isTrue();
			return false;
		});
		assertThatIllegalStateException().isThrownBy(() -> selector.select(20000, 20004))
			.withMessage("No free port between PLUGIN_MIN_PORT=20000 and PLUGIN_MAX_PORT=20004");
		assertThat(probed).containsExactlyInAnyOrder(20000, 20001, 20002, 20003, 20004);
	}

	@Test
	void singlePortRangeWorks() {
		assertThat(new PluginPortSelector((port) -> true).select(15000, 15000)).isEqualTo(15000);
	}

	@Test
	void rejectsRangesThatAreNotRanges() {
		PluginPortSelector selector = new PluginPortSelector((port) -> true);
		assertThatIllegalArgumentException().isThrownBy(() -> selector.select(25000, 10000))
			.withMessageContaining("25000..10000");
		assertThatIllegalArgumentException().isThrownBy(() -> selector.select(0, 10));
		assertThatIllegalArgumentException().isThrownBy(() -> selector.select(60000, 70000));
	}

	@Test
	void realProbeSkipsAPortThatIsBound() throws IOException {
		try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			int port = taken.getLocalPort();
			assertThatIllegalStateException().isThrownBy(() -> new PluginPortSelector().select(port, port))
				.withMessageContaining(String.valueOf(port));
		}
	}

}
