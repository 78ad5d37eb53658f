package dev.mattermost.spring.autoconfigure.api;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the plugin's connection to Mattermost's PluginAPI server.
 */
@ConfigurationProperties("mattermost.plugin.api")
public class PluginApiProperties {

	/**
	 * Address of Mattermost's PluginAPI server. Mattermost passes it to the plugin process as
	 * MATTERMOST_PLUGIN_API_TARGET, which sets this property.
	 */
	private String target;

	/**
	 * How long each call to Mattermost may take.
	 */
	private Duration deadline = Duration.ofSeconds(10);

	/**
	 * Largest response accepted from Mattermost.
	 */
	private DataSize maxInboundMessageSize = DataSize.ofMegabytes(64);

	/**
	 * How often to ping Mattermost while calls are in flight; at least 5 minutes. Off when not set.
	 */
	private Duration keepAliveTime;

	/**
	 * How long closing the connection waits for calls in flight.
	 */
	private Duration shutdownTimeout = Duration.ofSeconds(1);

	public String getTarget() {
		return this.target;
	}

	public void setTarget(String target) {
		this.target = target;
	}

	public Duration getDeadline() {
		return this.deadline;
	}

	public void setDeadline(Duration deadline) {
		this.deadline = deadline;
	}

	public DataSize getMaxInboundMessageSize() {
		return this.maxInboundMessageSize;
	}

	public void setMaxInboundMessageSize(DataSize maxInboundMessageSize) {
		this.maxInboundMessageSize = maxInboundMessageSize;
	}

	public Duration getKeepAliveTime() {
		return this.keepAliveTime;
	}

	public void setKeepAliveTime(Duration keepAliveTime) {
		this.keepAliveTime = keepAliveTime;
	}

	public Duration getShutdownTimeout() {
		return this.shutdownTimeout;
	}

	public void setShutdownTimeout(Duration shutdownTimeout) {
		this.shutdownTimeout = shutdownTimeout;
	}

}
