package dev.mattermost.spring.maven;

import java.nio.file.Path;
import java.util.List;

/**
 * Decides the plugin id when the goals are not given one, the same way for the bundle and the deploy goal.
 */
final class PluginIdDefault {

	private PluginIdDefault() {
	}

	/**
	 * The id: the configured one, else {@code mattermost.plugin.id} from the application's properties, else the
	 * artifactId.
	 * @param configured the goal's {@code pluginId}, or {@code null}
	 * @param resourceDirectories the application's resource directories
	 * @param artifactId the project's artifactId
	 * @return the id (not yet validated)
	 */
	static String resolve(String configured, List<Path> resourceDirectories, String artifactId) {
		if (configured != null && !configured.isBlank()) {
			return configured.trim();
		}
		return ApplicationProperties.find(resourceDirectories, ApplicationProperties.PLUGIN_ID).orElse(artifactId);
	}

}
