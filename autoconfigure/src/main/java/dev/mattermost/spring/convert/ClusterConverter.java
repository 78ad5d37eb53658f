package dev.mattermost.spring.convert;

import dev.mattermost.spring.model.PluginClusterEventSendOptions;

/**
 * Converts plugin cluster event delivery options to their protocol message.
 */
public final class ClusterConverter {

	private ClusterConverter() {
	}

	/**
	 * Converts delivery options.
	 * @param options the record
	 * @return the message
	 */
	public static dev.mattermost.spring.protocol.v1.PluginClusterEventSendOptions toProto(
			PluginClusterEventSendOptions options) {
		return dev.mattermost.spring.protocol.v1.PluginClusterEventSendOptions.newBuilder()
			.setSendType(options.sendType())
			.setTargetId(options.targetId())
			.build();
	}

}
