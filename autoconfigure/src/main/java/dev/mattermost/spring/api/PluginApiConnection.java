package dev.mattermost.spring.api;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

import io.grpc.ManagedChannel;
import io.grpc.netty.NettyChannelBuilder;
import org.jspecify.annotations.Nullable;

/**
 * The one gRPC connection of a plugin process to the PluginAPI server that Mattermost starts for it.
 *
 * <p>The server is Mattermost's per-plugin gRPC server on the loopback interface: plaintext, and with grpc-go's
 * default keepalive policy, which answers pings more often than every five minutes, or pings without calls in flight,
 * by closing the connection. Keepalive is therefore off unless asked for, and never sent without calls.
 */
public final class PluginApiConnection implements AutoCloseable {

	/** The shortest keepalive interval grpc-go servers accept by default. */
	public static final Duration MIN_KEEPALIVE_TIME = Duration.ofMinutes(5);

	private final String target;

	private final ManagedChannel channel;

	private final Duration shutdownTimeout;

	/**
	 * The reason calls fail on a connection made without an address.
	 */
	static final String NO_TARGET = "there is no PluginAPI server to call because MATTERMOST_PLUGIN_API_TARGET is"
			+ " not set (Mattermost sets it when it starts the plugin; outside Mattermost set"
			+ " mattermost.plugin.api.target)";

	/**
	 * Connects lazily to the PluginAPI server; nothing goes over the wire before the first call. The channel is
	 * built on a background thread so that start-up does not wait for it; the first call does, if it comes first.
	 * @param target the server address as Mattermost passes it, for example {@code 127.0.0.1:54321}
	 * @param maxInboundMessageSize the largest response accepted, in bytes
	 * @param keepAliveTime how often to ping the server while calls are in flight, or {@code null} for never
	 * @param shutdownTimeout how long {@link #close()} waits for calls in flight
	 */
	public PluginApiConnection(String target, int maxInboundMessageSize, @Nullable Duration keepAliveTime,
			Duration shutdownTimeout) {
		if (target.isBlank()) {
			throw new IllegalArgumentException("target must not be blank");
		}
		if (keepAliveTime != null && keepAliveTime.compareTo(MIN_KEEPALIVE_TIME) < 0) {
			throw new IllegalArgumentException("keepAliveTime must be at least " + MIN_KEEPALIVE_TIME
					+ " because Mattermost's gRPC server closes connections that ping more often, but was "
					+ keepAliveTime);
		}
		this.target = target;
		this.shutdownTimeout = Objects.requireNonNull(shutdownTimeout, "shutdownTimeout must not be null");
		this.channel = new DeferredChannel(target, () -> build(target, maxInboundMessageSize, keepAliveTime));
	}

	private static ManagedChannel build(String target, int maxInboundMessageSize, @Nullable Duration keepAliveTime) {
		NettyChannelBuilder builder = NettyChannelBuilder.forTarget(target)
			.usePlaintext()
			.maxInboundMessageSize(maxInboundMessageSize);
		if (keepAliveTime != null) {
			builder.keepAliveTime(keepAliveTime.toNanos(), TimeUnit.NANOSECONDS).keepAliveWithoutCalls(false);
		}
		return builder.build();
	}

	/**
	 * A connection for a process that Mattermost did not give a PluginAPI address: every call fails with a
	 * {@link PluginApiTransportException} that says so, and everything else works.
	 * @param shutdownTimeout how long {@link #close()} waits for calls in flight
	 * @return the connection
	 */
	public static PluginApiConnection unconnected(Duration shutdownTimeout) {
		return new PluginApiConnection("(none)", new UnconnectedChannel(NO_TARGET), shutdownTimeout);
	}

	/**
	 * Uses a channel built elsewhere, for example an in-process channel to a test stand-in of Mattermost.
	 * @param target a description of where the channel leads, for messages
	 * @param channel the channel, closed by {@link #close()}
	 * @param shutdownTimeout how long {@link #close()} waits for calls in flight
	 */
	public PluginApiConnection(String target, ManagedChannel channel, Duration shutdownTimeout) {
		this.target = Objects.requireNonNull(target, "target must not be null");
		this.channel = Objects.requireNonNull(channel, "channel must not be null");
		this.shutdownTimeout = Objects.requireNonNull(shutdownTimeout, "shutdownTimeout must not be null");
	}

	/**
	 * Returns the address this connection talks to.
	 * @return the target
	 */
	public String getTarget() {
		return this.target;
	}

	/**
	 * Returns the channel, for building stubs.
	 * @return the channel
	 */
	public ManagedChannel getChannel() {
		return this.channel;
	}

	/**
	 * Creates a caller over this connection.
	 * @param deadline how long each call may take
	 * @return the caller
	 */
	public PluginApiCaller caller(Duration deadline) {
		return new PluginApiCaller(dev.mattermost.spring.protocol.v1.PluginAPIGrpc.newBlockingStub(this.channel),
				deadline);
	}

	/**
	 * Stops accepting calls, lets calls in flight finish for up to the shutdown timeout and then cancels the rest.
	 */
	@Override
	public void close() {
		this.channel.shutdown();
		try {
			if (!this.channel.awaitTermination(this.shutdownTimeout.toNanos(), TimeUnit.NANOSECONDS)) {
				this.channel.shutdownNow();
			}
		}
		catch (InterruptedException ex) {
			this.channel.shutdownNow();
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public String toString() {
		return "PluginApiConnection[" + this.target + "]";
	}

}
