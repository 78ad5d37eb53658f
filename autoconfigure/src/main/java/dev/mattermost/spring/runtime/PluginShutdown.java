package dev.mattermost.spring.runtime;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntConsumer;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Ends the plugin when Mattermost asks it to stop: closes the application context (in-flight hooks finish,
 * {@code OnDeactivate} handlers that have not run yet run) and then exits the process, since the host kills it two
 * seconds after asking.
 */
public final class PluginShutdown {

	private static final Log logger = LogFactory.getLog(PluginShutdown.class);

	private final ConfigurableApplicationContext context;

	private final IntConsumer exit;

	private final AtomicBoolean requested = new AtomicBoolean();

	/**
	 * Creates a shutdown that closes the context and, when {@code exitProcess} is set, exits the JVM.
	 * @param context the plugin's application context
	 * @param exitProcess whether to call {@link System#exit(int)} once the context is closed
	 */
	public PluginShutdown(ConfigurableApplicationContext context, boolean exitProcess) {
		this(context, exitProcess ? System::exit : (code) -> {
		});
	}

	PluginShutdown(ConfigurableApplicationContext context, IntConsumer exit) {
		this.context = context;
		this.exit = exit;
	}

	/**
	 * Starts the shutdown on its own thread, once; the caller (the Shutdown RPC) can still answer.
	 */
	public void request() {
		if (this.requested.compareAndSet(false, true)) {
			Thread thread = new Thread(this::shutdown, "mattermost-plugin-shutdown");
			thread.start();
		}
	}

	/**
	 * Whether a shutdown has been requested.
	 * @return {@code true} after the first {@link #request()}
	 */
	public boolean isRequested() {
		return this.requested.get();
	}

	private void shutdown() {
		logger.info("Mattermost asked the plugin to shut down");
		int code = 0;
		try {
			code = SpringApplication.exit(this.context);
		}
		catch (RuntimeException ex) {
			logger.error("Closing the plugin's application context failed", ex);
			code = 1;
		}
		this.exit.accept(code);
	}

}
