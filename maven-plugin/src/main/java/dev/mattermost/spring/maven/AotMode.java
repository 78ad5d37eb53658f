package dev.mattermost.spring.maven;

import java.util.Locale;

/**
 * Whether the application jar turns on Spring AOT at run time ({@code spring.aot.enabled=true}).
 */
enum AotMode {

	/** Turn it on when the Boot jar holds Spring AOT's generated initializer for the main class. */
	AUTO,

	/** Never turn it on. */
	FALSE;

	static AotMode parse(String value) {
		String mode = (value != null) ? value.trim().toLowerCase(Locale.ROOT) : "auto";
		return switch (mode) {
			case "", "auto" -> AUTO;
			case "false" -> FALSE;
			default -> throw new BundleException("aot must be 'auto' (turn Spring AOT on when process-aot ran) or "
					+ "'false' (never), not '" + value + "'.");
		};
	}

}
