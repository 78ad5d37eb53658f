package dev.mattermost.spring.api;

import java.util.Objects;

import com.google.protobuf.ByteString;

import dev.mattermost.spring.protocol.v1.PluginHTTPRequest;
import dev.mattermost.spring.protocol.v1.PluginHTTPResponse;

/**
 * {@link InterPluginApi} over the PluginAPI gRPC service.
 */
public final class DefaultInterPluginApi implements InterPluginApi {

	private final PluginApiCaller caller;

	/**
	 * Creates the API.
	 * @param caller performs the calls
	 */
	public DefaultInterPluginApi(PluginApiCaller caller) {
		this.caller = Objects.requireNonNull(caller, "caller must not be null");
	}

	@Override
	public PluginHttpResponse call(PluginHttpRequest request) {
		Objects.requireNonNull(request, "request must not be null");
		PluginHTTPRequest message = PluginHTTPRequest.newBuilder()
			.setMethod(request.method())
			.setUrl(request.url())
			.putAllHeaders(request.headers())
			.setBody(ByteString.copyFrom(request.body()))
			.build();
		PluginHTTPResponse response = this.caller.call("PluginHTTP", (stub) -> stub.pluginHTTP(message));
		return new PluginHttpResponse(response.getStatusCode(), response.getHeadersMap(),
				response.getBody().toByteArray());
	}

}
