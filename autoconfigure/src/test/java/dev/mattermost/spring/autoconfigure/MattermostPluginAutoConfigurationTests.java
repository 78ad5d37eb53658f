package dev.mattermost.spring.autoconfigure;

import io.grpc.protobuf.services.HealthStatusManager;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import dev.mattermost.spring.hooks.PluginHooksService;
import dev.mattermost.spring.runtime.GoPluginControllerService;
import dev.mattermost.spring.runtime.GoPluginHandshake;
import dev.mattermost.spring.runtime.MagicCookie;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link MattermostPluginAutoConfiguration}: what a plugin application gets, and when it refuses to start.
 */
class MattermostPluginAutoConfigurationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(MattermostPluginAutoConfiguration.class))
		.withPropertyValues("mattermost.plugin.handshake.enabled=false")
		.withBean(HealthStatusManager.class, HealthStatusManager::new);

	@Test
	void refusesToStartWithoutMattermostsMagicCookie() {
		this.runner.run((context) -> assertThat(context).hasFailed()
			.getFailure()
			.rootCause()
			.isInstanceOf(MagicCookie.MissingMagicCookieException.class)
			.hasMessageContaining("MATTERMOST_PLUGIN environment variable (it is not set)"));
	}

	@Test
	void refusesToStartWithAWrongMagicCookie() {
		this.runner.withPropertyValues("MATTERMOST_PLUGIN=let me in")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("it has the wrong value"));
	}

	@Test
	void startsWithTheMagicCookieMattermostSets() {
		this.runner.withPropertyValues("MATTERMOST_PLUGIN=" + MagicCookie.VALUE)
			.run((context) -> assertThat(context).hasNotFailed()
				.hasSingleBean(PluginHooksService.class)
				.hasSingleBean(GoPluginControllerService.class)
				.hasSingleBean(GoPluginHandshake.class));
	}

	@Test
	void devModeStartsWithoutTheMagicCookie() {
		this.runner.withPropertyValues("mattermost.plugin.dev-mode=true")
			.run((context) -> assertThat(context).hasNotFailed().hasSingleBean(GoPluginHandshake.class));
	}

	@Test
	void refusesToStartWhenTheHealthServiceMattermostPingsIsDisabled() {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(MattermostPluginAutoConfiguration.class))
			.withPropertyValues("mattermost.plugin.dev-mode=true")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("gRPC health service"));
	}

}
