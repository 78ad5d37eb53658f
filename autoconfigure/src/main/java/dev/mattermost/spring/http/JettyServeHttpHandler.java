package dev.mattermost.spring.http;

import java.nio.charset.StandardCharsets;
import java.util.function.BooleanSupplier;

import com.google.protobuf.ByteString;
import io.grpc.stub.ServerCallStreamObserver;
import io.grpc.stub.StreamObserver;
import org.jspecify.annotations.Nullable;

import dev.mattermost.spring.hooks.ServeHttpHandler;
import dev.mattermost.spring.protocol.v1.ServeHTTPRequest;
import dev.mattermost.spring.protocol.v1.ServeHTTPResponse;
import dev.mattermost.spring.protocol.v1.ServeHTTPResponseInit;

/**
 * Serves {@code ServeHTTP} streams with the application's embedded Jetty server, through a
 * {@link ServeHttpConnector} that {@link ServeHttpConnectorInstaller} puts in place of its network connectors.
 */
public class JettyServeHttpHandler implements ServeHttpHandler {

	private final BooleanSupplier endpoints;

	private volatile @Nullable ServeHttpConnector connector;

	/**
	 * Creates a handler.
	 * @param endpoints tells whether the application maps any request, see {@link #hasEndpoints()}
	 */
	public JettyServeHttpHandler(BooleanSupplier endpoints) {
		this.endpoints = endpoints;
	}

	/**
	 * Sets the connector that requests are handed to.
	 * @param connector the connector of the embedded server
	 */
	public void setConnector(ServeHttpConnector connector) {
		this.connector = connector;
	}

	@Override
	public boolean hasEndpoints() {
		return this.connector != null && this.endpoints.getAsBoolean();
	}

	@Override
	public StreamObserver<ServeHTTPRequest> serve(StreamObserver<ServeHTTPResponse> responses) {
		if (!(responses instanceof ServerCallStreamObserver<ServeHTTPResponse> call)) {
			throw new IllegalArgumentException("ServeHTTP must be served from a gRPC service method");
		}
		ServeHttpConnector current = this.connector;
		if (current == null) {
			return unavailable(call);
		}
		return ServeHttpExchange.start(current, call);
	}

	private StreamObserver<ServeHTTPRequest> unavailable(ServerCallStreamObserver<ServeHTTPResponse> call) {
		call.onNext(ServeHTTPResponse.newBuilder()
			.setInit(ServeHTTPResponseInit.newBuilder().setStatusCode(503))
			.setBodyChunk(ByteString.copyFrom("The plugin serves no HTTP requests", StandardCharsets.UTF_8))
			.setBodyComplete(true)
			.build());
		call.onCompleted();
		return new StreamObserver<>() {

			@Override
			public void onNext(ServeHTTPRequest value) {
			}

			@Override
			public void onError(Throwable t) {
			}

			@Override
			public void onCompleted() {
			}

		};
	}

}
