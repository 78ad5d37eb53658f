package dev.mattermost.spring.api;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import io.grpc.CallOptions;
import io.grpc.ClientCall;
import io.grpc.ManagedChannel;
import io.grpc.MethodDescriptor;
import org.jspecify.annotations.Nullable;

/**
 * A channel built on a background thread, so that building it (Netty's event loops, its classes) overlaps with the
 * rest of the plugin's start-up instead of delaying the handshake; the first use waits for it.
 */
final class DeferredChannel extends ManagedChannel {

	private final String target;

	private final CompletableFuture<ManagedChannel> channel = new CompletableFuture<>();

	DeferredChannel(String target, Supplier<ManagedChannel> factory) {
		this.target = target;
		Thread builder = new Thread(() -> {
			try {
				this.channel.complete(factory.get());
			}
			catch (Throwable ex) {
				this.channel.completeExceptionally(ex);
			}
		}, "mattermost-plugin-api-connect");
		builder.setDaemon(true);
		builder.start();
	}

	private ManagedChannel channel() {
		try {
			return this.channel.join();
		}
		catch (CompletionException ex) {
			throw new IllegalStateException(
					"Could not create the connection to Mattermost's PluginAPI server at " + this.target,
					ex.getCause());
		}
	}

	@Override
	public <Q, R> ClientCall<Q, R> newCall(MethodDescriptor<Q, R> method, CallOptions options) {
		return channel().newCall(method, options);
	}

	@Override
	public String authority() {
		return channel().authority();
	}

	@Override
	public ManagedChannel shutdown() {
		ManagedChannel built = builtOrNull();
		if (built != null) {
			built.shutdown();
		}
		return this;
	}

	@Override
	public ManagedChannel shutdownNow() {
		ManagedChannel built = builtOrNull();
		if (built != null) {
			built.shutdownNow();
		}
		return this;
	}

	@Override
	public boolean isShutdown() {
		ManagedChannel built = builtOrNull();
		return built == null || built.isShutdown();
	}

	@Override
	public boolean isTerminated() {
		ManagedChannel built = builtOrNull();
		return built == null || built.isTerminated();
	}

	@Override
	public boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
		ManagedChannel built = builtOrNull();
		return built == null || built.awaitTermination(timeout, unit);
	}

	// A channel that could not be built has nothing to shut down: it counts as terminated.
	private @Nullable ManagedChannel builtOrNull() {
		try {
			return this.channel.join();
		}
		catch (CompletionException ex) {
			return null;
		}
	}

	@Override
	public String toString() {
		return "DeferredChannel[" + this.target + "]";
	}

}
