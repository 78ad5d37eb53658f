package dev.mattermost.spring.convert;

import dev.mattermost.spring.model.PluginManifest;
import dev.mattermost.spring.model.PluginState;
import dev.mattermost.spring.model.PluginStatus;
import dev.mattermost.spring.protocol.v1.Manifest;

/**
 * Converts plugin manifests and statuses between their protocol messages and model records.
 */
public final class PluginConverter {

	private PluginConverter() {
	}

	/**
	 * Converts a manifest message.
	 * @param manifest the message
	 * @return the record
	 */
	public static PluginManifest toModel(Manifest manifest) {
		return new PluginManifest(manifest.getId(), manifest.getName(), manifest.getDescription(),
				manifest.getHomepageUrl(), manifest.getSupportUrl(), manifest.getReleaseNotesUrl(),
				manifest.getIconPath(), manifest.getVersion(), manifest.getMinServerVersion());
	}

	/**
	 * Converts a plugin status message.
	 * @param status the message
	 * @return the record
	 */
	public static PluginStatus toModel(dev.mattermost.spring.protocol.v1.PluginStatus status) {
		return new PluginStatus(status.getPluginId(), status.getPluginPath(), PluginState.fromCode(status.getState()),
				status.getName(), status.getDescription(), status.getVersion());
	}

}
