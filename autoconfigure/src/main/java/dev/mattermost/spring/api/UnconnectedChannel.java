package dev.mattermost.spring.api;

import java.util.concurrent.TimeUnit;

import io.grpc.CallOptions;
import io.grpc.ClientCall;
import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.Status;

/**
 * A channel that fails every call with the reason there is no PluginAPI server, used when Mattermost did not pass
 * one (the process was started outside Mattermost), so the application still starts and says why calls fail.
 */
final class UnconnectedChannel extends ManagedChannel {

	private final String reason;

	private volatile boolean shutdown;

	UnconnectedChannel(String reason) {
		this.reason = reason;
	}

	@Override
	public <Q, R> ClientCall<Q, R> newCall(MethodDescriptor<Q, R> method, CallOptions options) {
		Status status = Status.UNAVAILABLE.withDescription(this.reason)
			.withCause(new IllegalStateException(this.reason));
		return new ClientCall<>() {

			@Override
			public void start(Listener<R> listener, Metadata headers) {
				listener.onClose(status, new Metadata());
			}

			@Override
			public void request(int numMessages) {
			}

			@Override
			public void cancel(String message, Throwable cause) {
			}

			@Override
			public void halfClose() {
			}

			@Override
			public void sendMessage(Q message) {
			}

		};
	}

	@Override
	public String authority() {
		return "unconnected";
	}

	@Override
	public ManagedChannel shutdown() {
		this.shutdown = true;
		return this;
	}

	@Override
	public ManagedChannel shutdownNow() {
		return shutdown();
	}

	@Override
	public boolean isShutdown() {
		return this.shutdown;
	}

	@Override
	public boolean isTerminated() {
		return this.shutdown;
	}

	@Override
	public boolean awaitTermination(long timeout, TimeUnit unit) {
		return this.shutdown;
	}

}
