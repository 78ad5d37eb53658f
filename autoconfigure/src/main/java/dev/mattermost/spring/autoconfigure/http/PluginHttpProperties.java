package dev.mattermost.spring.autoconfigure.http;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the plugin's HTTP endpoints, served through Mattermost's {@code ServeHTTP}.
 */
@ConfigurationProperties("mattermost.plugin.http")
public class PluginHttpProperties {

	/**
	 * Path patterns, relative to the plugin's root (such as "/api/**"), under which requests without a Mattermost
	 * user session are answered with 401 Unauthorized.
	 */
	private List<String> userRequiredPaths = new ArrayList<>();

	public List<String> getUserRequiredPaths() {
		return this.userRequiredPaths;
	}

	public void setUserRequiredPaths(List<String> userRequiredPaths) {
		this.userRequiredPaths = userRequiredPaths;
	}

}
