package dev.mattermost.spring.runtime;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * Tests for {@link MagicCookie}.
 */
class MagicCookieTests {

	@Test
	void acceptsTheCookieMattermostSets() {
		Map<String, String> environment = Map.of("MATTERMOST_PLUGIN", "Securely message teams, anywhere.");
		assertThatNoException().isThrownBy(() -> MagicCookie.verify(environment::get));
	}

	@Test
	void missingCookieFailsExplainingHowToRunByHand() {
		assertThatExceptionOfType(MagicCookie.MissingMagicCookieException.class)
			.isThrownBy(() -> MagicCookie.verify(Map.<String, String>of()::get))
			.withMessageContaining("MATTERMOST_PLUGIN")
			.withMessageContaining("it is not set")
			.withMessageContaining("mattermost.plugin.dev-mode=true")
			.satisfies((ex) -> org.assertj.core.api.Assertions.assertThat(ex.isPresent()).isFalse());
	}

	@Test
	void wrongCookieFailsSayingItIsWrong() {
		Map<String, String> environment = Map.of("MATTERMOST_PLUGIN", "securely message teams, anywhere.");
		assertThatExceptionOfType(MagicCookie.MissingMagicCookieException.class)
			.isThrownBy(() -> MagicCookie.verify(environment::get))
			.withMessageContaining("it has the wrong value")
			.satisfies((ex) -> org.assertj.core.api.Assertions.assertThat(ex.isPresent()).isTrue());
	}

}
