package dev.mattermost.spring.autoconfigure;

import java.util.List;

import io.grpc.BindableService;
import io.grpc.protobuf.services.HealthStatusManager;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.grpc.server.autoconfigure.GrpcServerAutoConfiguration;
import org.springframework.boot.grpc.server.autoconfigure.health.GrpcServerHealthAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Role;
import org.springframework.core.env.Environment;

import dev.mattermost.spring.hooks.HookAnnotationBeanPostProcessor;
import dev.mattermost.spring.hooks.HookHandlerMethodFactory;
import dev.mattermost.spring.hooks.HookHandlerRegistry;
import dev.mattermost.spring.hooks.HookServiceLifecycle;
import dev.mattermost.spring.hooks.PluginHooksService;
import dev.mattermost.spring.hooks.ServeHttpHandler;
import dev.mattermost.spring.hooks.support.DecisionReturnValueHandler;
import dev.mattermost.spring.hooks.support.HookPayloadArgumentResolver;
import dev.mattermost.spring.hooks.support.HookValueReturnValueHandler;
import dev.mattermost.spring.hooks.support.PluginContextArgumentResolver;
import dev.mattermost.spring.hooks.support.VoidReturnValueHandler;
import dev.mattermost.spring.runtime.GoPluginControllerService;
import dev.mattermost.spring.runtime.GoPluginHandshake;
import dev.mattermost.spring.runtime.MagicCookie;
import dev.mattermost.spring.runtime.PluginShutdown;

/**
 * Makes a Spring Boot application a Mattermost plugin process: serves {@code PluginHooks} from annotated bean
 * methods, serves go-plugin's controller, and announces the plugin with the handshake line once it is ready.
 */
@AutoConfiguration(before = { GrpcServerAutoConfiguration.class, GrpcServerHealthAutoConfiguration.class })
@EnableConfigurationProperties(MattermostPluginProperties.class)
public final class MattermostPluginAutoConfiguration {

	@Bean
	@Role(BeanDefinition.ROLE_INFRASTRUCTURE)
	@ConditionalOnMissingBean
	static HookHandlerRegistry hookHandlerRegistry() {
		return new HookHandlerRegistry();
	}

	@Bean
	@Role(BeanDefinition.ROLE_INFRASTRUCTURE)
	@ConditionalOnMissingBean
	static HookHandlerMethodFactory hookHandlerMethodFactory() {
		return new HookHandlerMethodFactory(
				List.of(new PluginContextArgumentResolver(), new HookPayloadArgumentResolver()),
				List.of(new VoidReturnValueHandler(), new DecisionReturnValueHandler(),
						new HookValueReturnValueHandler()));
	}

	@Bean
	@Role(BeanDefinition.ROLE_INFRASTRUCTURE)
	static HookAnnotationBeanPostProcessor hookAnnotationBeanPostProcessor(HookHandlerRegistry registry,
			HookHandlerMethodFactory factory) {
		return new HookAnnotationBeanPostProcessor(registry, factory);
	}

	@Bean
	@ConditionalOnMissingBean
	PluginHooksService pluginHooksService(HookHandlerRegistry registry, MattermostPluginProperties properties,
			ObjectProvider<ServeHttpHandler> serveHttpHandler) {
		return new PluginHooksService(registry, properties.getHooks().getMessageErrorPolicy(),
				serveHttpHandler.getIfAvailable());
	}

	@Bean
	@ConditionalOnMissingBean
	HookServiceLifecycle hookServiceLifecycle(PluginHooksService pluginHooksService) {
		return new HookServiceLifecycle(pluginHooksService);
	}

	@Bean
	@ConditionalOnMissingBean
	PluginShutdown pluginShutdown(ConfigurableApplicationContext context, MattermostPluginProperties properties) {
		return new PluginShutdown(context, properties.isExitOnShutdown());
	}

	@Bean
	@ConditionalOnMissingBean
	GoPluginControllerService goPluginControllerService(PluginShutdown pluginShutdown) {
		return new GoPluginControllerService(pluginShutdown);
	}

	@Bean
	@ConditionalOnMissingBean
	GoPluginHandshake goPluginHandshake(ObjectProvider<HealthStatusManager> health,
			MattermostPluginProperties properties, Environment environment) {
		if (!properties.isDevMode()) {
			MagicCookie.verify(environment::getProperty);
		}
		HealthStatusManager manager = health.getIfAvailable();
		if (manager == null) {
			throw new IllegalStateException("Mattermost pings the plugin through the gRPC health service, but it is "
					+ "disabled; remove spring.grpc.server.health.enabled=false");
		}
		return new GoPluginHandshake(manager, properties.getHandshake().isEnabled());
	}

}
