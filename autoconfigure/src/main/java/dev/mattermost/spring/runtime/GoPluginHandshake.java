package dev.mattermost.spring.runtime;

import java.util.function.Consumer;

import io.grpc.health.v1.HealthCheckResponse.ServingStatus;
import io.grpc.protobuf.services.HealthStatusManager;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.SmartApplicationListener;
import org.springframework.grpc.server.lifecycle.GrpcServerStartedEvent;

/**
 * Announces the plugin to Mattermost once the application is ready: marks the {@code plugin} health service as
 * serving and prints the go-plugin handshake line, the first and only line the plugin writes to stdout.
 */
public final class GoPluginHandshake implements SmartApplicationListener {

	/** The health service name go-plugin pings. */
	public static final String HEALTH_SERVICE = "plugin";

	private static final Log logger = LogFactory.getLog(GoPluginHandshake.class);

	private final HealthStatusManager health;

	private final boolean announce;

	private final Consumer<String> stdout;

	private volatile int port;

	private volatile boolean announced;

	/**
	 * Creates the handshake.
	 * @param health the gRPC health status of the plugin's server
	 * @param announce whether to print the handshake line (off when a test drives the plugin in-process)
	 */
	public GoPluginHandshake(HealthStatusManager health, boolean announce) {
		this(health, announce, PluginStdout::printLine);
	}

	GoPluginHandshake(HealthStatusManager health, boolean announce, Consumer<String> stdout) {
		this.health = health;
		this.announce = announce;
		this.stdout = stdout;
	}

	@Override
	public boolean supportsEventType(Class<? extends ApplicationEvent> eventType) {
		return GrpcServerStartedEvent.class.isAssignableFrom(eventType)
				|| ApplicationReadyEvent.class.isAssignableFrom(eventType)
				|| ContextClosedEvent.class.isAssignableFrom(eventType);
	}

	@Override
	public void onApplicationEvent(ApplicationEvent event) {
		if (event instanceof GrpcServerStartedEvent started && started.getPort() > 0) {
			this.port = started.getPort();
		}
		else if (event instanceof ApplicationReadyEvent) {
			ready();
		}
		else if (event instanceof ContextClosedEvent) {
			this.health.setStatus(HEALTH_SERVICE, ServingStatus.NOT_SERVING);
			this.health.setStatus(HealthStatusManager.SERVICE_NAME_ALL_SERVICES, ServingStatus.NOT_SERVING);
		}
	}

	private void ready() {
		this.health.setStatus(HEALTH_SERVICE, ServingStatus.SERVING);
		this.health.setStatus(HealthStatusManager.SERVICE_NAME_ALL_SERVICES, ServingStatus.SERVING);
		if (!this.announce || this.announced) {
			return;
		}
		if (this.port <= 0) {
			throw new IllegalStateException("The plugin's gRPC server is not listening on TCP, so there is no "
					+ "address to hand to Mattermost; check spring.grpc.server.* settings");
		}
		String line = HandshakeLine.forLoopbackPort(this.port);
		this.stdout.accept(line);
		this.announced = true;
		logger.info("Plugin ready, handshake sent: " + line);
	}

	/**
	 * The port the handshake announced, or 0 before the server started.
	 * @return the gRPC server port
	 */
	public int getPort() {
		return this.port;
	}

}
