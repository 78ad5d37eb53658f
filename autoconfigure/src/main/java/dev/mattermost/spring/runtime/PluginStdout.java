package dev.mattermost.spring.runtime;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Keeps the process's real stdout for the go-plugin handshake line and sends everything else written to
 * {@code System.out} to stderr, because the host reads stdout as its handshake channel.
 */
public final class PluginStdout {

	private static final Object lock = new Object();

	private static PrintStream handshake;

	private PluginStdout() {
	}

	/**
	 * Redirects {@code System.out} to {@code System.err}, once; later calls do nothing.
	 */
	public static void guard() {
		synchronized (lock) {
			if (handshake == null) {
				handshake = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
				System.setOut(System.err);
			}
		}
	}

	/**
	 * Writes one line to the real stdout and flushes it.
	 * @param line the line, without a line separator
	 */
	public static void printLine(String line) {
		guard();
		synchronized (lock) {
			handshake.print(line);
			handshake.print('\n');
			handshake.flush();
		}
	}

}
