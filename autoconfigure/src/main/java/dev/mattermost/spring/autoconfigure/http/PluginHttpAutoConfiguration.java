package dev.mattermost.spring.autoconfigure.http;

import java.util.List;

import io.grpc.stub.ServerCallStreamObserver;
import jakarta.servlet.DispatcherType;
import org.eclipse.jetty.server.Server;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jetty.JettyServerCustomizer;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.server.servlet.ConfigurableServletWebServerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.ClassUtils;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.function.support.RouterFunctionMapping;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import dev.mattermost.spring.hooks.ServeHttpHandler;
import dev.mattermost.spring.http.JettyServeHttpHandler;
import dev.mattermost.spring.http.MattermostArgumentResolver;
import dev.mattermost.spring.http.MattermostUserRequiredFilter;
import dev.mattermost.spring.http.PluginPathPrefixFilter;
import dev.mattermost.spring.http.RequestMappingEndpoints;
import dev.mattermost.spring.http.ServeHttpConnectorInstaller;

/**
 * Auto-configuration that serves the plugin's Spring MVC endpoints through Mattermost's {@code ServeHTTP} stream,
 * with the embedded Jetty server reachable only through it.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = Type.SERVLET)
@ConditionalOnClass(DispatcherServlet.class)
@EnableConfigurationProperties(PluginHttpProperties.class)
public final class PluginHttpAutoConfiguration {

	private static final String JETTY_FACTORY = "org.springframework.boot.jetty.servlet.JettyServletWebServerFactory";

	/**
	 * Refuses to start a web server other than Jetty, which would listen on a port where any local process could
	 * send requests with a forged {@code Mattermost-User-Id}.
	 */
	@Bean
	static WebServerFactoryCustomizer<ConfigurableServletWebServerFactory> serveHttpOnlyWebServer() {
		return (factory) -> {
			if (!isJetty(factory)) {
				throw new IllegalStateException("Plugin endpoints are served through Mattermost by Jetty, but "
						+ factory.getClass().getName() + " would open a network port. Use the starter's Jetty instead "
						+ "(remove Tomcat or Undertow), or set spring.main.web-application-type=none to serve no HTTP.");
			}
		};
	}

	private static boolean isJetty(Object factory) {
		ClassLoader classLoader = factory.getClass().getClassLoader();
		return ClassUtils.isPresent(JETTY_FACTORY, classLoader)
				&& ClassUtils.resolveClassName(JETTY_FACTORY, classLoader).isInstance(factory);
	}

	@Bean
	WebMvcConfigurer mattermostArgumentResolverConfigurer() {
		return new WebMvcConfigurer() {

			@Override
			public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
				resolvers.add(new MattermostArgumentResolver());
			}

		};
	}

	@Bean
	@ConditionalOnMissingBean(name = "pluginPathPrefixFilter")
	FilterRegistrationBean<PluginPathPrefixFilter> pluginPathPrefixFilter() {
		FilterRegistrationBean<PluginPathPrefixFilter> registration = new FilterRegistrationBean<>(
				new PluginPathPrefixFilter());
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC, DispatcherType.ERROR,
				DispatcherType.FORWARD, DispatcherType.INCLUDE);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	@Bean
	@ConditionalOnMissingBean(name = "mattermostUserRequiredFilter")
	@ConditionalOnProperty(prefix = "mattermost.plugin.http", name = "user-required-paths")
	FilterRegistrationBean<MattermostUserRequiredFilter> mattermostUserRequiredFilter(PluginHttpProperties properties) {
		FilterRegistrationBean<MattermostUserRequiredFilter> registration = new FilterRegistrationBean<>(
				new MattermostUserRequiredFilter(properties.getUserRequiredPaths()));
		registration.setEnabled(!properties.getUserRequiredPaths().isEmpty());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass({ Server.class, JettyServerCustomizer.class, ServerCallStreamObserver.class })
	static class JettyBridgeConfiguration {

		@Bean
		@ConditionalOnMissingBean(ServeHttpHandler.class)
		JettyServeHttpHandler serveHttpHandler(ObjectProvider<RequestMappingHandlerMapping> handlerMappings,
				ObjectProvider<RouterFunctionMapping> routerFunctionMappings) {
			return new JettyServeHttpHandler(() -> new RequestMappingEndpoints(
					handlerMappings.orderedStream().toList(), routerFunctionMappings.orderedStream().toList())
				.getAsBoolean());
		}

		@Bean
		static ServeHttpConnectorInstaller serveHttpConnectorInstaller(ObjectProvider<JettyServeHttpHandler> handlers) {
			return new ServeHttpConnectorInstaller(
					(connector) -> handlers.ifAvailable((handler) -> handler.setConnector(connector)));
		}

	}

}
