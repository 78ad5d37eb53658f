package dev.mattermost.spring.test.devhost;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The dev host's command line.
 *
 * @param plugin the plugin jar or bundle directory
 * @param port the front door's port on 127.0.0.1 (0 for any free port)
 * @param pluginId the plugin id to use instead of the manifest's, or {@code null}
 * @param supervisor the timings to keep
 * @param settings plugin settings that override the manifest's defaults
 */
public record DevHostOptions(Path plugin, int port, @Nullable String pluginId, SupervisorSettings supervisor,
		Map<String, Object> settings) {

	/** The front door's default port, the one Mattermost listens on. */
	public static final int DEFAULT_PORT = 8065;

	/** How to call the dev host. */
	public static final String USAGE = """
			Usage: DevHost <plugin.jar | plugin-bundle-directory> [options]
			  --port <n>                 front door port on 127.0.0.1 (default 8065; 0 picks a free port)
			  --id <plugin-id>           plugin id, when the jar carries no plugin.json
			  --setting <key>=<value>    initial plugin setting (repeatable)
			  --handshake-timeout <dur>  how long the plugin has to print its handshake (default 10s)
			  --health-interval <dur>    time between health checks (default 30s)
			Durations: 500ms, 10s, 2m.
			Exit codes: 0 stopped cleanly, 1 the plugin failed, 2 bad usage, 3 stopped but not cleanly.""";

	/**
	 * Parses the command line.
	 * @param args the arguments
	 * @return the options
	 * @throws IllegalArgumentException with a message for the user if the arguments are wrong
	 */
	public static DevHostOptions parse(String... args) {
		Path plugin = null;
		int port = DEFAULT_PORT;
		String id = null;
		SupervisorSettings supervisor = SupervisorSettings.serverDefaults();
		Map<String, Object> settings = new LinkedHashMap<>();
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			switch (arg) {
				case "--port" -> port = parsePort(value(args, ++i, arg));
				case "--id" -> id = value(args, ++i, arg);
				case "--setting" -> {
					String setting = value(args, ++i, arg);
					int equals = setting.indexOf('=');
					if (equals <= 0) {
						throw new IllegalArgumentException("--setting needs key=value, got '" + setting + "'");
					}
					settings.put(setting.substring(0, equals), setting.substring(equals + 1));
				}
				case "--handshake-timeout" -> supervisor = supervisor
					.withHandshakeTimeout(parseDuration(value(args, ++i, arg)));
				case "--health-interval" -> supervisor = supervisor
					.withHealthCheckInterval(parseDuration(value(args, ++i, arg)));
				default -> {
					if (arg.startsWith("--")) {
						throw new IllegalArgumentException("Unknown option " + arg);
					}
					if (plugin != null) {
						throw new IllegalArgumentException("Only one plugin can be run, got '" + plugin + "' and '"
								+ arg + "'");
					}
					plugin = Path.of(arg);
				}
			}
		}
		if (plugin == null) {
			throw new IllegalArgumentException("Name the plugin jar or bundle directory to run");
		}
		return new DevHostOptions(plugin, port, id, supervisor, settings);
	}

	/**
	 * Parses a duration such as {@code 500ms}, {@code 10s} or {@code 2m}.
	 * @param text the duration
	 * @return the duration
	 */
	static Duration parseDuration(String text) {
		try {
			if (text.endsWith("ms")) {
				return Duration.ofMillis(Long.parseLong(text.substring(0, text.length() - 2)));
			}
			if (text.endsWith("s")) {
				return Duration.ofSeconds(Long.parseLong(text.substring(0, text.length() - 1)));
			}
			if (text.endsWith("m")) {
				return Duration.ofMinutes(Long.parseLong(text.substring(0, text.length() - 1)));
			}
		}
		catch (NumberFormatException ex) {
			// fall through to the message below
		}
		throw new IllegalArgumentException("'" + text + "' is not a duration like 500ms, 10s or 2m");
	}

	private static int parsePort(String text) {
		try {
			int port = Integer.parseInt(text);
			if (port >= 0 && port <= 65535) {
				return port;
			}
		}
		catch (NumberFormatException ex) {
			// fall through to the message below
		}
		throw new IllegalArgumentException("'" + text + "' is not a port");
	}

	private static String value(String[] args, int index, String option) {
		if (index >= args.length) {
			throw new IllegalArgumentException(option + " needs a value");
		}
		return args[index];
	}

}
