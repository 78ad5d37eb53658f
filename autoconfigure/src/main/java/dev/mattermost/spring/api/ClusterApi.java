package dev.mattermost.spring.api;

import dev.mattermost.spring.model.PluginClusterEvent;
import dev.mattermost.spring.model.PluginClusterEventSendOptions;

/**
 * Sends events to this plugin's instances on the other nodes of a high-availability cluster, which receive them in
 * the {@code OnPluginClusterEvent} hook.
 */
public interface ClusterApi {

	/**
	 * Publishes an event to the plugin's other instances ({@code PublishPluginClusterEvent}).
	 * @param event the event
	 * @param options how and where the event is delivered
	 */
	void publish(PluginClusterEvent event, PluginClusterEventSendOptions options);

	/**
	 * Publishes an event to all of the plugin's other instances, best effort ({@code PublishPluginClusterEvent}).
	 * @param event the event
	 */
	default void publish(PluginClusterEvent event) {
		publish(event, PluginClusterEventSendOptions.bestEffort());
	}

}
