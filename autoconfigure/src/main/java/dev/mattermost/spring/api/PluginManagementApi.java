package dev.mattermost.spring.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import dev.mattermost.spring.model.PluginManifest;
import dev.mattermost.spring.model.PluginStatus;

/**
 * Inspects and manages the plugins installed on the server, this one included.
 */
public interface PluginManagementApi {

	/**
	 * Returns the absolute path on the server where this plugin's bundle is unpacked ({@code GetBundlePath}).
	 * @return the bundle path
	 */
	String getBundlePath();

	/**
	 * Returns the manifests of the active plugins ({@code GetPlugins}).
	 * @return the manifests
	 */
	List<PluginManifest> getPlugins();

	/**
	 * Enables an installed plugin ({@code EnablePlugin}).
	 * @param pluginId the plugin id
	 */
	void enable(String pluginId);

	/**
	 * Disables an enabled plugin ({@code DisablePlugin}).
	 * @param pluginId the plugin id
	 */
	void disable(String pluginId);

	/**
	 * Disables and deletes a plugin ({@code RemovePlugin}).
	 * @param pluginId the plugin id
	 */
	void remove(String pluginId);

	/**
	 * Returns whether and how a plugin runs ({@code GetPluginStatus}).
	 * @param pluginId the plugin id
	 * @return the status
	 * @throws NotFoundException if no such plugin is installed
	 */
	PluginStatus getStatus(String pluginId);

	/**
	 * Installs a plugin bundle ({@code InstallPlugin}).
	 * @param bundle the plugin's {@code .tar.gz} bundle
	 * @param replace whether an installed version of the plugin is replaced
	 * @return the installed plugin's manifest
	 */
	PluginManifest install(byte[] bundle, boolean replace);

	/**
	 * Installs a plugin bundle read from a stream, which is not closed ({@code InstallPlugin}).
	 * @param bundle the plugin's {@code .tar.gz} bundle
	 * @param replace whether an installed version of the plugin is replaced
	 * @return the installed plugin's manifest
	 * @throws UncheckedIOException if the stream cannot be read
	 */
	default PluginManifest install(InputStream bundle, boolean replace) {
		byte[] bytes;
		try {
			bytes = bundle.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Failed to read the plugin bundle", ex);
		}
		return install(bytes, replace);
	}

	/**
	 * Returns this plugin's id as the server knows it ({@code GetPluginID}).
	 * @return the plugin id
	 */
	String getPluginId();

}
