package dev.mattermost.spring.hooks;

import io.grpc.stub.StreamObserver;

import dev.mattermost.spring.protocol.v1.ServeHTTPRequest;
import dev.mattermost.spring.protocol.v1.ServeHTTPResponse;

/**
 * Serves Mattermost's bidirectional {@code ServeHTTP} stream on behalf of the hook service.
 */
public interface ServeHttpHandler {

	/**
	 * Whether the plugin has HTTP endpoints, which decides if {@code ServeHTTP} is reported as implemented.
	 * @return {@code true} when requests can be served
	 */
	boolean hasEndpoints();

	/**
	 * Starts serving one HTTP request stream.
	 * @param responses where the response init, body chunks and completion are sent
	 * @return the observer that receives the request init, body chunks and completion
	 */
	StreamObserver<ServeHTTPRequest> serve(StreamObserver<ServeHTTPResponse> responses);

}
