package dev.mattermost.spring.autoconfigure;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link MattermostPluginEnvironmentPostProcessor}.
 */
class MattermostPluginEnvironmentPostProcessorTests {

	private final MattermostPluginEnvironmentPostProcessor postProcessor =
			new MattermostPluginEnvironmentPostProcessor();

	@Test
	void setsThePluginProcessDefaults() {
		ConfigurableEnvironment environment = environment(Map.of());
		this.postProcessor.postProcessEnvironment(environment, new SpringApplication());
		assertThat(environment.getProperty("spring.main.banner-mode")).isEqualTo("off");
		assertThat(environment.getProperty("logging.structured.format.console"))
			.isEqualTo("dev.mattermost.spring.logging.HclogStructuredLogFormatter");
		assertThat(environment.getProperty("spring.grpc.server.address")).isEqualTo("127.0.0.1");
		assertThat(environment.getProperty("spring.grpc.server.inbound.message.max-size")).isEqualTo("64MB");
		assertThat(environment.getProperty("spring.grpc.server.servlet.enabled")).isEqualTo("false");
		assertThat(environment.getProperty("logging.level.org.eclipse.jetty")).isEqualTo("warn");
		assertThat(environment.getProperty("logging.level.org.springframework.boot.jetty")).isEqualTo("warn");
	}

	@Test
	void userSettingsWin() {
		ConfigurableEnvironment environment = environment(Map.of("spring.main.banner-mode", "console",
				"spring.grpc.server.inbound.message.max-size", "128MB", "spring.grpc.server.port", "9999",
				"PLUGIN_MIN_PORT", "10000", "PLUGIN_MAX_PORT", "10010"));
		this.postProcessor.postProcessEnvironment(environment, new SpringApplication());
		assertThat(environment.getProperty("spring.main.banner-mode")).isEqualTo("console");
		assertThat(environment.getProperty("spring.grpc.server.inbound.message.max-size")).isEqualTo("128MB");
		assertThat(environment.getProperty("spring.grpc.server.port", Integer.class)).isEqualTo(9999);
	}

	@Test
	void portIsWithinGoPluginsRangeAndStaysTheSame() {
		ConfigurableEnvironment environment = environment(
				Map.of("PLUGIN_MIN_PORT", "20000", "PLUGIN_MAX_PORT", "20100"));
		this.postProcessor.postProcessEnvironment(environment, new SpringApplication());
		Integer port = environment.getProperty("spring.grpc.server.port", Integer.class);
		assertThat(port).isBetween(20000, 20100);
		assertThat(environment.getProperty("spring.grpc.server.port", Integer.class)).isEqualTo(port);
	}

	@Test
	void portBindsThroughBootsBinder() {
		ConfigurableEnvironment environment = environment(
				Map.of("PLUGIN_MIN_PORT", "20000", "PLUGIN_MAX_PORT", "20100"));
		this.postProcessor.postProcessEnvironment(environment, new SpringApplication());
		ConfigurationPropertySources.attach(environment);
		assertThat(Binder.get(environment).bind("spring.grpc.server.port", Integer.class).get()).isBetween(20000,
				20100);
	}

	@Test
	void withoutRangeThePortIsAnyFreePort() {
		ConfigurableEnvironment environment = environment(Map.of());
		this.postProcessor.postProcessEnvironment(environment, new SpringApplication());
		assertThat(environment.getProperty("spring.grpc.server.port", Integer.class)).isZero();
	}

	@Test
	void malformedRangeFailsNamingTheVariable() {
		ConfigurableEnvironment environment = environment(
				Map.of("PLUGIN_MIN_PORT", "ten thousand", "PLUGIN_MAX_PORT", "25000"));
		this.postProcessor.postProcessEnvironment(environment, new SpringApplication());
		assertThatIllegalArgumentException()
			.isThrownBy(() -> environment.getProperty("spring.grpc.server.port", Integer.class))
			.withMessageContaining("PLUGIN_MIN_PORT")
			.withMessageContaining("ten thousand");
	}

	@Test
	void runningTwiceAddsTheDefaultsOnce() {
		ConfigurableEnvironment environment = environment(Map.of());
		this.postProcessor.postProcessEnvironment(environment, new SpringApplication());
		int sources = environment.getPropertySources().size();
		this.postProcessor.postProcessEnvironment(environment, new SpringApplication());
		assertThat(environment.getPropertySources().size()).isEqualTo(sources);
	}

	private static ConfigurableEnvironment environment(Map<String, Object> properties) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
		return environment;
	}

}
