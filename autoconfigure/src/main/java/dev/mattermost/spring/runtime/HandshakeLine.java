package dev.mattermost.spring.runtime;

/**
 * The go-plugin handshake line: core protocol 1, app protocol 1, TCP address and the gRPC protocol.
 */
public final class HandshakeLine {

	private HandshakeLine() {
	}

	/**
	 * Formats the handshake line for a server listening on the loopback address.
	 * @param port the port the plugin's gRPC server listens on
	 * @return the line, without a line separator
	 */
	public static String forLoopbackPort(int port) {
		if (port <= 0 || port > 65535) {
			throw new IllegalArgumentException("Not a TCP port: " + port);
		}
		return "1|1|tcp|127.0.0.1:" + port + "|grpc";
	}

}
