package dev.mattermost.spring.autoconfigure.api;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.util.StringUtils;

import dev.mattermost.spring.api.DefaultPluginApi;
import dev.mattermost.spring.api.PluginApi;
import dev.mattermost.spring.api.PluginApiCaller;
import dev.mattermost.spring.api.PluginApiConnection;

/**
 * Connects the plugin to Mattermost's PluginAPI server and provides {@link PluginApi}.
 *
 * <p>Mattermost tells the process where its API server is in MATTERMOST_PLUGIN_API_TARGET (bound to
 * {@code mattermost.plugin.api.target}). Without it the beans still exist and calls fail saying why: whether the
 * address is set is only known when the process starts, and deciding it in a condition would bake the build
 * machine's answer into an application processed ahead of time.
 */
@AutoConfiguration(after = JacksonAutoConfiguration.class)
@EnableConfigurationProperties(PluginApiProperties.class)
public final class PluginApiAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	PluginApiConnection pluginApiConnection(PluginApiProperties properties) {
		if (!StringUtils.hasText(properties.getTarget())) {
			return PluginApiConnection.unconnected(properties.getShutdownTimeout());
		}
		return new PluginApiConnection(properties.getTarget(),
				Math.toIntExact(properties.getMaxInboundMessageSize().toBytes()), properties.getKeepAliveTime(),
				properties.getShutdownTimeout());
	}

	@Bean
	@ConditionalOnMissingBean
	PluginApiCaller pluginApiCaller(PluginApiConnection connection, PluginApiProperties properties) {
		return connection.caller(properties.getDeadline());
	}

	@Bean
	@ConditionalOnMissingBean
	PluginApi pluginApi(PluginApiCaller caller, ObjectProvider<JsonMapper> jsonMapper) {
		return new DefaultPluginApi(caller, jsonMapper.getIfAvailable(JsonMapper::shared));
	}

}
