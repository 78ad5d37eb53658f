package dev.mattermost.spring.autoconfigure;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.util.ClassUtils;

import dev.mattermost.spring.runtime.PluginPortSelector;

/**
 * Gives Spring Boot the defaults a plugin process needs: no banner, hclog JSON logs, and a gRPC server on the
 * loopback address within go-plugin's port range that accepts Mattermost's large messages. Every default yields to
 * the application's own configuration.
 */
public final class MattermostPluginEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

	static final String PROPERTY_SOURCE_NAME = "mattermostPluginDefaults";

	static final String HCLOG_FORMATTER = "dev.mattermost.spring.logging.HclogStructuredLogFormatter";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (environment.getPropertySources().contains(PROPERTY_SOURCE_NAME)) {
			return;
		}
		Map<String, Object> defaults = new LinkedHashMap<>();
		defaults.put("spring.main.banner-mode", "off");
		if (ClassUtils.isPresent("ch.qos.logback.classic.spi.ILoggingEvent", application.getClassLoader())) {
			defaults.put("logging.structured.format.console", HCLOG_FORMATTER);
		}
		// Jetty serves only the in-memory ServeHTTP connector; its start-up lines (ports 8080 and 0) would mislead.
		defaults.put("logging.level.org.eclipse.jetty", "warn");
		defaults.put("logging.level.org.springframework.boot.jetty", "warn");
		defaults.put("spring.grpc.server.address", "127.0.0.1");
		defaults.put("spring.grpc.server.inbound.message.max-size", "64MB");
		// Mattermost kills the process two seconds after asking it to stop.
		defaults.put("spring.grpc.server.shutdown.grace-period", "1s");
		// The gRPC server must stay on its own Netty transport even when Spring MVC is present.
		defaults.put("spring.grpc.server.servlet.enabled", "false");
		defaults.put("spring.grpc.server.reflection.enabled", "false");
		environment.getPropertySources().addLast(new MapPropertySource(PROPERTY_SOURCE_NAME, defaults));
		environment.getPropertySources().addLast(new PluginPortPropertySource(environment));
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

	/**
	 * Supplies {@code spring.grpc.server.port} from go-plugin's range, probing for a free port only when asked.
	 */
	static final class PluginPortPropertySource extends PropertySource<Object> {

		static final String PORT_PROPERTY = "spring.grpc.server.port";

		// Not the property source's source: Boot's binder would walk into an environment source and loop.
		private final ConfigurableEnvironment environment;

		private volatile Integer port;

		PluginPortPropertySource(ConfigurableEnvironment environment) {
			super(PROPERTY_SOURCE_NAME + ".port", new Object());
			this.environment = environment;
		}

		@Override
		public Object getProperty(String name) {
			if (!PORT_PROPERTY.equals(name)) {
				return null;
			}
			Integer selected = this.port;
			if (selected == null) {
				synchronized (this) {
					if (this.port == null) {
						this.port = new PluginPortSelector().select(intValue("PLUGIN_MIN_PORT"),
								intValue("PLUGIN_MAX_PORT"));
					}
					selected = this.port;
				}
			}
			return selected;
		}

		private Integer intValue(String name) {
			String value = this.environment.getProperty(name);
			if (value == null || value.isBlank()) {
				return null;
			}
			try {
				return Integer.valueOf(value.trim());
			}
			catch (NumberFormatException ex) {
				throw new IllegalArgumentException(name + " is not a port number: '" + value + "'", ex);
			}
		}

	}

}
