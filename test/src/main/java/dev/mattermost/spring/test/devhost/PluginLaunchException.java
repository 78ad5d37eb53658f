package dev.mattermost.spring.test.devhost;

/**
 * The plugin could not be started or kept running, with a message that says what the plugin did wrong.
 */
public class PluginLaunchException extends RuntimeException {

	/**
	 * Creates an exception.
	 * @param message what went wrong and how to fix it
	 */
	public PluginLaunchException(String message) {
		super(message);
	}

	/**
	 * Creates an exception with a cause.
	 * @param message what went wrong and how to fix it
	 * @param cause the underlying failure
	 */
	public PluginLaunchException(String message, Throwable cause) {
		super(message, cause);
	}

}
