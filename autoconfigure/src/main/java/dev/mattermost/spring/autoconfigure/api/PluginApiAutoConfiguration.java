package dev.mattermost.spring.autoconfigure.api;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.context.annotation.Bean;

import dev.mattermost.spring.api.DefaultPluginApi;
import dev.mattermost.spring.api.PluginApi;
import dev.mattermost.spring.api.PluginApiCaller;
import dev.mattermost.spring.api.PluginApiConnection;

/**
 * Connects the plugin to Mattermost's PluginAPI server and provides {@link PluginApi}.
 *
 * <p>Active when Mattermost has told the process where its API server is (MATTERMOST_PLUGIN_API_TARGET, bound to
 * {@code mattermost.plugin.api.target}).
 */
@AutoConfiguration(after = JacksonAutoConfiguration.class)
@ConditionalOnProperty(prefix = "mattermost.plugin.api", name = "target")
@EnableConfigurationProperties(PluginApiProperties.class)
public final class PluginApiAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	PluginApiConnection pluginApiConnection(PluginApiProperties properties) {
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
