package dev.mattermost.spring.http;

import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;

/**
 * A Jetty connector without any network listener: requests reach the server only as {@code ServeHTTP} exchanges.
 *
 * <p>
 * The connector never accepts connections (it has no acceptor threads and no socket), so no process on the machine
 * can send the plugin a request, nor forge the {@code Mattermost-User-Id} header that Mattermost vouches for. It
 * lends the exchanges the server's executor, scheduler, buffer pool and {@link HttpConfiguration}, so Jetty's
 * customizers and limits apply as they would on a network connector.
 */
public class ServeHttpConnector extends AbstractConnector {

	private final AtomicLong exchangeIds = new AtomicLong();

	private final HttpConfiguration httpConfiguration;

	/**
	 * Creates a connector for the given server.
	 * @param server the Jetty server
	 * @param httpConfiguration the HTTP configuration applied to every exchange
	 */
	public ServeHttpConnector(Server server, HttpConfiguration httpConfiguration) {
		super(server, null, null, null, 0, new HttpConnectionFactory(httpConfiguration));
		this.httpConfiguration = httpConfiguration;
		setName("mattermost-serve-http");
	}

	/**
	 * Returns the HTTP configuration shared by all exchanges.
	 * @return the HTTP configuration
	 */
	public HttpConfiguration getHttpConfiguration() {
		return this.httpConfiguration;
	}

	String nextExchangeId() {
		return Long.toString(this.exchangeIds.incrementAndGet());
	}

	@Override
	protected void accept(int acceptorID) {
		throw new UnsupportedOperationException("ServeHTTP exchanges are not accepted from a network");
	}

	@Override
	public Object getTransport() {
		return null;
	}

}
