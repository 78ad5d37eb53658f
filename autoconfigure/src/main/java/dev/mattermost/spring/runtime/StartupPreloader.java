package dev.mattermost.spring.runtime;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.util.ClassUtils;

import dev.mattermost.spring.protocol.goplugin.GRPCControllerGrpc;
import dev.mattermost.spring.protocol.v1.PluginHooksGrpc;

/**
 * Loads, on a background thread from the moment the application starts, the classes the plugin needs before its
 * handshake, so that the main thread finds them loaded: on a small machine it would otherwise spend most of the
 * time Mattermost waits for the handshake loading classes one after another, and the other core is there.
 *
 * <p>Two sources: a few classes whose static initialization is expensive and always needed (initialized here, the
 * same side-effect-free work the main thread would do a moment later), and the list of classes a start of this very
 * application loaded, in that order, which the plugin bundle records at build time in {@value #STARTUP_CLASSES}
 * (loaded, not initialized, so nothing of the application runs earlier than it would).
 */
public final class StartupPreloader {

	/** Where the bundle puts the classes a start of the application loaded, one name per line. */
	public static final String STARTUP_CLASSES = "META-INF/mattermost-plugin/startup-classes.txt";

	/** System property that turns preloading off when set to {@code false}. */
	public static final String ENABLED_PROPERTY = "mattermost.plugin.startup-preload";

	/**
	 * Classes whose static initialization is expensive and always needed, in the order start-up reaches them;
	 * absent ones (an application without the web stack) are skipped.
	 */
	static final List<String> INITIALIZED = List.of(
			// Jetty's queue sizing asks the platform MBean server about compressed oops: all of JMX at once
			"org.eclipse.jetty.util.MemoryUtils", "io.netty.util.internal.PlatformDependent",
			"io.netty.buffer.PooledByteBufAllocator");

	private static final AtomicBoolean started = new AtomicBoolean();

	private final ClassLoader classLoader;

	StartupPreloader(ClassLoader classLoader) {
		this.classLoader = classLoader;
	}

	/**
	 * Starts preloading on a daemon thread, once per process, unless there is only one processor to share or the
	 * {@value #ENABLED_PROPERTY} system property is {@code false}.
	 * @param classLoader the application's class loader
	 * @return whether this call started it
	 */
	static boolean startOnce(ClassLoader classLoader) {
		if (Runtime.getRuntime().availableProcessors() < 2 || "false".equals(System.getProperty(ENABLED_PROPERTY))
				|| !started.compareAndSet(false, true)) {
			return false;
		}
		Thread thread = new Thread(new StartupPreloader(classLoader)::run, "mattermost-plugin-preload");
		thread.setDaemon(true);
		thread.setPriority(Thread.NORM_PRIORITY - 1);
		thread.start();
		return true;
	}

	/**
	 * Initializes the always-needed classes and the hooks' descriptors, then loads the recorded classes; failures
	 * are left for the main thread to meet and report where they matter.
	 */
	void run() {
		try {
			for (String name : INITIALIZED) {
				if (ClassUtils.isPresent(name, this.classLoader)) {
					Class.forName(name, true, this.classLoader);
				}
			}
			PluginHooksGrpc.getServiceDescriptor();
			GRPCControllerGrpc.getServiceDescriptor();
			loadStartupClasses();
		}
		catch (Throwable ex) {
			// only ever an optimization
		}
	}

	/**
	 * Loads every class the list names and returns how many it loaded; names that are not there are skipped.
	 * @return the number of classes loaded
	 * @throws IOException when the list cannot be read
	 */
	int loadStartupClasses() throws IOException {
		URL list = this.classLoader.getResource(STARTUP_CLASSES);
		if (list == null) {
			return 0;
		}
		int loaded = 0;
		try (InputStream in = list.openStream();
				BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			String name;
			while ((name = reader.readLine()) != null) {
				if (load(name.strip())) {
					loaded++;
				}
			}
		}
		return loaded;
	}

	private boolean load(String name) {
		if (name.isEmpty() || name.startsWith("#")) {
			return false;
		}
		try {
			Class.forName(name, false, this.classLoader);
			return true;
		}
		catch (ClassNotFoundException | LinkageError ex) {
			// a list recorded from another build of the application
			return false;
		}
	}

}
