package dev.mattermost.spring.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How a plugin cluster event is delivered, as Mattermost's {@code model.PluginClusterEventSendOptions}.
 *
 * @param sendType {@link #SEND_TYPE_RELIABLE} or {@link #SEND_TYPE_BEST_EFFORT}
 * @param targetId the cluster node to deliver to; empty for every other node
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PluginClusterEventSendOptions(@JsonProperty("send_type") String sendType,
		@JsonProperty("target_id") String targetId) {

	/** Delivery that is retried until the other nodes received the event. */
	public static final String SEND_TYPE_RELIABLE = "reliable";

	/** Delivery that may drop the event. */
	public static final String SEND_TYPE_BEST_EFFORT = "best_effort";

	public PluginClusterEventSendOptions {
		sendType = Defaults.text(sendType);
		targetId = Defaults.text(targetId);
	}

	/**
	 * Returns best-effort delivery to every other node.
	 * @return the options
	 */
	public static PluginClusterEventSendOptions bestEffort() {
		return new PluginClusterEventSendOptions(SEND_TYPE_BEST_EFFORT, "");
	}

	/**
	 * Returns reliable delivery to every other node.
	 * @return the options
	 */
	public static PluginClusterEventSendOptions reliable() {
		return new PluginClusterEventSendOptions(SEND_TYPE_RELIABLE, "");
	}

}
