package dev.mattermost.spring.http;

import java.util.function.Consumer;

import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;

import org.springframework.boot.jetty.JettyServerCustomizer;
import org.springframework.core.Ordered;

/**
 * Replaces every connector of the embedded Jetty server with a {@link ServeHttpConnector}, so that the plugin opens
 * no HTTP port and serves requests only through {@code ServeHTTP}.
 *
 * <p>
 * The HTTP configuration of the replaced connector is kept (so {@code server.*} settings such as header size limits
 * or forwarded-header handling still apply), except that Jetty does not add {@code Server} and {@code Date} headers:
 * Mattermost answers the browser and adds its own. It runs after other customizers, so that none can add a network
 * connector back.
 */
public class ServeHttpConnectorInstaller implements JettyServerCustomizer, Ordered {

	private final Consumer<ServeHttpConnector> connectorConsumer;

	/**
	 * Creates an installer.
	 * @param connectorConsumer receives the connector once it is installed
	 */
	public ServeHttpConnectorInstaller(Consumer<ServeHttpConnector> connectorConsumer) {
		this.connectorConsumer = connectorConsumer;
	}

	@Override
	public void customize(Server server) {
		HttpConfiguration configuration = new HttpConfiguration(existingConfiguration(server));
		configuration.setSendServerVersion(false);
		configuration.setSendDateHeader(false);
		configuration.setSendXPoweredBy(false);
		// Match the 64 KiB messages of ServeHTTP, so a streamed body is not cut into smaller ones.
		configuration.setOutputBufferSize(Math.max(configuration.getOutputBufferSize(),
				ServeHttpExchange.MAX_CHUNK_SIZE));
		for (Connector connector : server.getConnectors()) {
			server.removeConnector(connector);
		}
		ServeHttpConnector connector = new ServeHttpConnector(server, configuration);
		server.addConnector(connector);
		this.connectorConsumer.accept(connector);
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

	private static HttpConfiguration existingConfiguration(Server server) {
		for (Connector connector : server.getConnectors()) {
			HttpConnectionFactory factory = connector.getConnectionFactory(HttpConnectionFactory.class);
			if (factory != null) {
				return factory.getHttpConfiguration();
			}
		}
		return new HttpConfiguration();
	}

}
