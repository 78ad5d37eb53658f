package dev.mattermost.spring.autoconfigure.http;

import java.util.List;

import io.grpc.stub.StreamObserver;
import org.eclipse.jetty.server.Server;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.jetty.servlet.JettyServletWebServerFactory;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.server.servlet.ConfigurableServletWebServerFactory;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import dev.mattermost.spring.hooks.ServeHttpHandler;
import dev.mattermost.spring.http.JettyServeHttpHandler;
import dev.mattermost.spring.http.RequestMappingEndpoints;
import dev.mattermost.spring.http.ServeHttpConnectorInstaller;
import dev.mattermost.spring.protocol.v1.ServeHTTPRequest;
import dev.mattermost.spring.protocol.v1.ServeHTTPResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.mockito.Mockito.mock;

/**
 * Tests for {@link PluginHttpAutoConfiguration}.
 */
class PluginHttpAutoConfigurationTests {

	private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(PluginHttpAutoConfiguration.class, WebMvcAutoConfiguration.class,
				DispatcherServletAutoConfiguration.class));

	@Test
	void providesBridgeAndConnectorInstaller() {
		this.runner.run((context) -> {
			assertThat(context).hasSingleBean(JettyServeHttpHandler.class);
			assertThat(context).hasSingleBean(ServeHttpConnectorInstaller.class);
		});
	}

	@Test
	void backsOffWhenApplicationDefinesItsOwnHandler() {
		this.runner.withUserConfiguration(CustomHandler.class).run((context) -> {
			assertThat(context).hasSingleBean(ServeHttpHandler.class);
			assertThat(context).doesNotHaveBean(JettyServeHttpHandler.class);
			// The network connectors are replaced all the same.
			assertThat(context).hasSingleBean(ServeHttpConnectorInstaller.class);
		});
	}

	@Test
	void providesNoBridgeWithoutJetty() {
		this.runner.withClassLoader(new FilteredClassLoader(Server.class))
			.run((context) -> assertThat(context).doesNotHaveBean(ServeHttpHandler.class));
	}

	@Test
	void refusesWebServersThatWouldOpenAPort() {
		this.runner.run((context) -> {
			WebServerFactoryCustomizer<ConfigurableServletWebServerFactory> guard = context
				.getBean("serveHttpOnlyWebServer", WebServerFactoryCustomizer.class);
			assertThatIllegalStateException().isThrownBy(() -> guard.customize(mock(ConfigurableServletWebServerFactory.class)))
				.withMessageContaining("would open a network port");
			guard.customize(new JettyServletWebServerFactory());
		});
	}

	@Test
	void countsApplicationMappingsAsEndpoints() {
		this.runner.withUserConfiguration(Endpoint.class).run((context) -> assertThat(endpoints(context)).isTrue());
		this.runner.run((context) -> assertThat(endpoints(context)).isFalse());
	}

	private static boolean endpoints(ApplicationContext context) {
		return new RequestMappingEndpoints(
				context.getBeanProvider(RequestMappingHandlerMapping.class).orderedStream().toList(), List.of())
			.getAsBoolean();
	}

	@Configuration(proxyBeanMethods = false)
	static class CustomHandler {

		@Bean
		ServeHttpHandler customHandler() {
			return new ServeHttpHandler() {

				@Override
				public boolean hasEndpoints() {
					return false;
				}

				@Override
				public StreamObserver<ServeHTTPRequest> serve(StreamObserver<ServeHTTPResponse> responses) {
					throw new UnsupportedOperationException();
				}

			};
		}

	}

	@RestController
	static class Endpoint {

		@GetMapping("/ping")
		String ping() {
			return "pong";
		}

	}

}
