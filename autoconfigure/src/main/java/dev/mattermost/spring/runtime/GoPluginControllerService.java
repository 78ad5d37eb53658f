package dev.mattermost.spring.runtime;

import io.grpc.stub.StreamObserver;

import dev.mattermost.spring.protocol.goplugin.Empty;
import dev.mattermost.spring.protocol.goplugin.GRPCControllerGrpc;

/**
 * Serves go-plugin's {@code plugin.GRPCController}: Mattermost calls {@code Shutdown} when it stops the plugin.
 */
public final class GoPluginControllerService extends GRPCControllerGrpc.GRPCControllerImplBase {

	private final PluginShutdown shutdown;

	/**
	 * Creates the service.
	 * @param shutdown what a Shutdown call starts
	 */
	public GoPluginControllerService(PluginShutdown shutdown) {
		this.shutdown = shutdown;
	}

	@Override
	public void shutdown(Empty request, StreamObserver<Empty> responseObserver) {
		responseObserver.onNext(Empty.getDefaultInstance());
		responseObserver.onCompleted();
		this.shutdown.request();
	}

}
