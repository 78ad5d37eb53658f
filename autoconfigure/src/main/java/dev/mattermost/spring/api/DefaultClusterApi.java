package dev.mattermost.spring.api;

import java.util.Objects;

import dev.mattermost.spring.convert.ClusterConverter;
import dev.mattermost.spring.convert.HookModelConverter;
import dev.mattermost.spring.model.PluginClusterEvent;
import dev.mattermost.spring.model.PluginClusterEventSendOptions;
import dev.mattermost.spring.protocol.v1.PublishPluginClusterEventRequest;

/**
 * {@link ClusterApi} over the PluginAPI gRPC service.
 */
public final class DefaultClusterApi implements ClusterApi {

	private final PluginApiCaller caller;

	/**
	 * Creates the API.
	 * @param caller performs the calls
	 */
	public DefaultClusterApi(PluginApiCaller caller) {
		this.caller = Objects.requireNonNull(caller, "caller must not be null");
	}

	@Override
	public void publish(PluginClusterEvent event, PluginClusterEventSendOptions options) {
		Objects.requireNonNull(event, "event must not be null");
		PublishPluginClusterEventRequest request = PublishPluginClusterEventRequest.newBuilder()
			.setEvent(HookModelConverter.toProto(event))
			.setOpts(ClusterConverter.toProto(options))
			.build();
		this.caller.call("PublishPluginClusterEvent", (stub) -> stub.publishPluginClusterEvent(request));
	}

}
