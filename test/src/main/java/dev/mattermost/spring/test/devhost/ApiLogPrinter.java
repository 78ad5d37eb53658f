package dev.mattermost.spring.test.devhost;

import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Shows what the plugin logs through the plugin API as it arrives, as the server writes it to its log; run it
 * repeatedly.
 */
final class ApiLogPrinter implements Runnable {

	private final MattermostBackend mattermost;

	private final DevHostConsole console;

	private int printed;

	ApiLogPrinter(MattermostBackend mattermost, DevHostConsole console) {
		this.mattermost = mattermost;
		this.console = console;
	}

	@Override
	public synchronized void run() {
		List<ApiLog> logs = this.mattermost.apiLogs();
		for (int i = this.printed; i < logs.size(); i++) {
			ApiLog log = logs.get(i);
			Map<String, String> fields = new LinkedHashMap<>();
			log.fields().forEach((key, value) -> fields.put(key, String.valueOf(value)));
			this.console.apiLog(new PluginLogLine(LocalTime.now(), level(log.level()), log.message(), fields, true,
					null));
		}
		this.printed = Math.max(this.printed, logs.size());
	}

	private static PluginLogLine.Level level(String level) {
		return switch (level.toLowerCase(Locale.ROOT)) {
			case "info" -> PluginLogLine.Level.INFO;
			case "warn" -> PluginLogLine.Level.WARN;
			case "error" -> PluginLogLine.Level.ERROR;
			default -> PluginLogLine.Level.DEBUG;
		};
	}

}
