package dev.mattermost.spring.runtime;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.IntPredicate;

/**
 * Chooses the loopback port for the plugin's gRPC server within the range go-plugin passes in
 * {@code PLUGIN_MIN_PORT} and {@code PLUGIN_MAX_PORT}.
 */
public final class PluginPortSelector {

	private final IntPredicate isFree;

	/**
	 * Creates a selector that probes ports by binding them on 127.0.0.1.
	 */
	public PluginPortSelector() {
		this(PluginPortSelector::canBind);
	}

	PluginPortSelector(IntPredicate isFree) {
		this.isFree = isFree;
	}

	/**
	 * Picks a free port.
	 * @param min the lowest allowed port, or {@code null} when the host set no range
	 * @param max the highest allowed port, or {@code null} when the host set no range
	 * @return a free port in the range, or {@code 0} (any free port) when no range is set
	 * @throws IllegalStateException when every port in the range is taken
	 */
	public int select(Integer min, Integer max) {
		if (min == null || max == null) {
			return 0;
		}
		if (min < 1 || max > 65535 || min > max) {
			throw new IllegalArgumentException(
					"PLUGIN_MIN_PORT/PLUGIN_MAX_PORT do not form a port range: " + min + ".." + max);
		}
		int size = max - min + 1;
		// A random start spreads plugins that start together over the range instead of racing for one port.
		int start = ThreadLocalRandom.current().nextInt(size);
		for (int i = 0; i < size; i++) {
			int port = min + (start + i) % size;
			if (this.isFree.test(port)) {
				return port;
			}
		}
		throw new IllegalStateException("No free port between PLUGIN_MIN_PORT=" + min + " and PLUGIN_MAX_PORT=" + max);
	}

	private static boolean canBind(int port) {
		try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

}
