package dev.mattermost.spring.http;

import java.net.SocketAddress;

import org.eclipse.jetty.http.HttpVersion;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.server.ConnectionMetaData;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.util.Attributes;
import org.jspecify.annotations.Nullable;

/**
 * What Jetty knows about the "connection" of one {@code ServeHTTP} exchange: the addresses Mattermost reported.
 *
 * <p>
 * Each exchange is its own one-request connection. There is no Jetty {@link Connection} or endpoint behind it, so
 * {@link #getConnection()} returns {@code null}; only optional Jetty features that inspect sockets (such as the
 * proxy-protocol or TLS customizers, which make no sense here) would look at it.
 */
final class ExchangeConnectionMetaData extends Attributes.Lazy implements ConnectionMetaData {

	private final String id;

	private final ServeHttpConnector connector;

	private final @Nullable SocketAddress remoteAddress;

	private final @Nullable SocketAddress localAddress;

	ExchangeConnectionMetaData(String id, ServeHttpConnector connector, @Nullable SocketAddress remoteAddress,
			@Nullable SocketAddress localAddress) {
		this.id = id;
		this.connector = connector;
		this.remoteAddress = remoteAddress;
		this.localAddress = localAddress;
	}

	@Override
	public String getId() {
		return this.id;
	}

	@Override
	public HttpConfiguration getHttpConfiguration() {
		return this.connector.getHttpConfiguration();
	}

	@Override
	public HttpVersion getHttpVersion() {
		return HttpVersion.HTTP_1_1;
	}

	@Override
	public String getProtocol() {
		return HttpVersion.HTTP_1_1.asString();
	}

	@Override
	public @Nullable Connection getConnection() {
		return null;
	}

	@Override
	public Connector getConnector() {
		return this.connector;
	}

	@Override
	public boolean isPersistent() {
		// One exchange, one request: unread request content never has to be drained for a next request.
		return false;
	}

	@Override
	public boolean isSecure() {
		return false;
	}

	@Override
	public @Nullable SocketAddress getRemoteSocketAddress() {
		return this.remoteAddress;
	}

	@Override
	public @Nullable SocketAddress getLocalSocketAddress() {
		return this.localAddress;
	}

}
