package dev.mattermost.spring.test.devhost;

import java.time.Duration;

/**
 * The timings the supervisor keeps, by default the server's.
 *
 * @param handshakeTimeout how long the plugin has to print its handshake line (10 s for gRPC plugins)
 * @param hookTimeout the deadline of each unary hook call (30 s)
 * @param healthCheckInterval how often the plugin is pinged (30 s)
 * @param healthCheckPingLimit how many failed pings in a row make a failed health check (3)
 * @param shutdownGrace how long the process has to exit after {@code Shutdown} before it is killed (2 s)
 */
public record SupervisorSettings(Duration handshakeTimeout, Duration hookTimeout, Duration healthCheckInterval,
		int healthCheckPingLimit, Duration shutdownGrace) {

	/**
	 * The server's timings.
	 * @return the defaults
	 */
	public static SupervisorSettings serverDefaults() {
		return new SupervisorSettings(Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofSeconds(30), 3,
				Duration.ofSeconds(2));
	}

	/**
	 * A copy with another handshake timeout.
	 * @param timeout the new timeout
	 * @return the copy
	 */
	public SupervisorSettings withHandshakeTimeout(Duration timeout) {
		return new SupervisorSettings(timeout, this.hookTimeout, this.healthCheckInterval, this.healthCheckPingLimit,
				this.shutdownGrace);
	}

	/**
	 * A copy with another health check interval.
	 * @param interval the new interval
	 * @return the copy
	 */
	public SupervisorSettings withHealthCheckInterval(Duration interval) {
		return new SupervisorSettings(this.handshakeTimeout, this.hookTimeout, interval, this.healthCheckPingLimit,
				this.shutdownGrace);
	}

}
