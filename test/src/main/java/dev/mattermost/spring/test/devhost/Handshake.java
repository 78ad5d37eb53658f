package dev.mattermost.spring.test.devhost;

/**
 * The go-plugin handshake line a plugin prints first on stdout, {@code 1|1|tcp|127.0.0.1:<port>|grpc}, read with
 * the rules the Mattermost server applies to it.
 *
 * @param coreVersion go-plugin's core protocol version, always 1
 * @param appVersion the application protocol version, 1 for Mattermost
 * @param network the network of the plugin's gRPC server, {@code tcp}
 * @param address where the plugin's gRPC server listens, {@code host:port}
 * @param protocol the RPC protocol, {@code grpc}
 */
public record Handshake(int coreVersion, int appVersion, String network, String address, String protocol) {

	/**
	 * Parses and checks a handshake line.
	 * @param line the first line the plugin printed on stdout
	 * @return the handshake
	 * @throws PluginLaunchException with an explanation if the server would refuse the line
	 */
	public static Handshake parse(String line) {
		String trimmed = line.strip();
		String[] parts = trimmed.split("\\|", -1);
		if (parts.length < 4) {
			throw new PluginLaunchException("The plugin printed '" + abbreviate(trimmed)
					+ "' before the handshake line. The first line on stdout must be the go-plugin handshake "
					+ "'1|1|tcp|127.0.0.1:<port>|grpc' and nothing may reach stdout before it (a banner, a log line, "
					+ "a System.out.println). The server stops the plugin with \"Unrecognized remote plugin message\".");
		}
		int core = number(parts[0], "core protocol version");
		if (core != 1) {
			throw new PluginLaunchException("The handshake line '" + trimmed + "' has core protocol version "
					+ parts[0] + "; go-plugin only speaks version 1.");
		}
		int app = number(parts[1], "application protocol version");
		if (app != 1) {
			throw new PluginLaunchException("The handshake line '" + trimmed + "' has application protocol version "
					+ parts[1] + "; Mattermost plugins speak version 1 (PLUGIN_PROTOCOL_VERSIONS=1).");
		}
		String network = parts[2];
		if (!network.equals("tcp")) {
			throw new PluginLaunchException("The handshake line '" + trimmed + "' names network '" + network
					+ "'; the dev host connects over 'tcp' (host:port).");
		}
		String address = parts[3];
		int colon = address.lastIndexOf(':');
		if (colon <= 0 || colon == address.length() - 1 || !address.substring(colon + 1).chars().allMatch(Character::isDigit)) {
			throw new PluginLaunchException("The handshake line '" + trimmed + "' has address '" + address
					+ "', which is not host:port.");
		}
		// Without a fifth part go-plugin assumes net/rpc, which Mattermost's gRPC plugin path does not allow.
		String protocol = (parts.length >= 5) ? parts[4] : "netrpc";
		if (!protocol.equals("grpc")) {
			throw new PluginLaunchException("The handshake line '" + trimmed + "' announces protocol '" + protocol
					+ "'; the server only allows 'grpc' (Unsupported plugin protocol).");
		}
		return new Handshake(core, app, network, address, protocol);
	}

	private static int number(String text, String what) {
		try {
			return Integer.parseInt(text);
		}
		catch (NumberFormatException ex) {
			throw new PluginLaunchException("The plugin printed '" + text + "' where the handshake line has its "
					+ what + ". Nothing may reach stdout before the handshake line '1|1|tcp|127.0.0.1:<port>|grpc'.");
		}
	}

	static String abbreviate(String text) {
		return (text.length() <= 120) ? text : text.substring(0, 117) + "...";
	}

}
