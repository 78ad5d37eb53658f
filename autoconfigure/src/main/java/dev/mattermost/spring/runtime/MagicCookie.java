package dev.mattermost.spring.runtime;

import java.util.function.UnaryOperator;

/**
 * The go-plugin magic cookie Mattermost sets for its plugin processes; without it the process was not started by
 * Mattermost.
 */
public final class MagicCookie {

	/** The environment variable Mattermost's plugin handshake config names. */
	public static final String KEY = "MATTERMOST_PLUGIN";

	/** The value Mattermost sets. */
	public static final String VALUE = "Securely message teams, anywhere.";

	private MagicCookie() {
	}

	/**
	 * Fails when the environment does not carry Mattermost's magic cookie.
	 * @param environment looks up environment variables by name
	 * @throws MissingMagicCookieException when the cookie is absent or wrong
	 */
	public static void verify(UnaryOperator<String> environment) {
		String value = environment.apply(KEY);
		if (!VALUE.equals(value)) {
			throw new MissingMagicCookieException(value != null);
		}
	}

	/**
	 * Thrown when the plugin process was not started by Mattermost.
	 */
	public static final class MissingMagicCookieException extends IllegalStateException {

		private final boolean present;

		MissingMagicCookieException(boolean present) {
			super("This program is a Mattermost plugin: it is started by the Mattermost server, which sets the "
					+ KEY + " environment variable (" + (present ? "it has the wrong value" : "it is not set")
					+ "). Install the plugin bundle on a server, run it under the dev host, or set "
					+ "mattermost.plugin.dev-mode=true to start it by hand.");
			this.present = present;
		}

		/**
		 * Whether the variable was set, but to the wrong value.
		 * @return {@code true} when the variable was present
		 */
		public boolean isPresent() {
			return this.present;
		}

	}

}
