package dev.mattermost.spring.test.mattermost;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.google.protobuf.Struct;
import org.jspecify.annotations.Nullable;

import dev.mattermost.spring.convert.StructConverter;
import dev.mattermost.spring.protocol.v1.Command;

/**
 * What belongs to the plugin itself: its settings, the server configuration it reads, its slash commands, log lines,
 * WebSocket events and the record of every API call it made.
 * <p>
 * Not thread-safe: guarded by the owning {@link InMemoryMattermost}'s lock.
 */
final class PluginRecords {

	private final String pluginId;

	private @Nullable Struct settings;

	private Map<String, Object> settingDefaults = Map.of();

	private String siteUrl = "http://localhost:8065";

	private String bundlePath;

	private final Map<String, Map<String, Object>> configOverrides = new LinkedHashMap<>();

	/** (team id, trigger) → command, in registration order. */
	private final Map<CommandKey, Command> commands = new LinkedHashMap<>();

	private final List<LogEntry> logs = new ArrayList<>();

	private final List<WebSocketEvent> events = new ArrayList<>();

	private final List<ApiCall> calls = new ArrayList<>();

	PluginRecords(String pluginId) {
		this.pluginId = pluginId;
		this.bundlePath = Path.of("plugins", pluginId).toAbsolutePath().toString();
	}

	String pluginId() {
		return this.pluginId;
	}

	// ---- configuration

	@Nullable Struct settings() {
		return this.settings;
	}

	void settings(Struct settings) {
		this.settings = settings;
	}

	void settingDefaults(Map<String, Object> defaults) {
		this.settingDefaults = new LinkedHashMap<>(defaults);
	}

	/**
	 * What {@code LoadPluginConfiguration} hands the plugin: the manifest's defaults overlaid with the saved
	 * settings, every key lower-cased, as the server's PluginAPI builds it.
	 */
	Map<String, Object> effectiveConfiguration() {
		Map<String, Object> effective = new LinkedHashMap<>();
		this.settingDefaults.forEach((key, value) -> effective.put(key.toLowerCase(Locale.ROOT), value));
		if (this.settings != null) {
			StructConverter.toModel(this.settings).forEach((key, value) -> effective.put(key.toLowerCase(Locale.ROOT), value));
		}
		return effective;
	}

	String bundlePath() {
		return this.bundlePath;
	}

	void bundlePath(String bundlePath) {
		this.bundlePath = bundlePath;
	}

	String siteUrl() {
		return this.siteUrl;
	}

	void siteUrl(String siteUrl) {
		this.siteUrl = siteUrl;
	}

	void configSection(String section, Map<String, Object> values) {
		this.configOverrides.computeIfAbsent(section, k -> new LinkedHashMap<>()).putAll(values);
	}

	/** The subset of Mattermost's {@code model.Config} a plugin usually reads, with the plugin's own settings. */
	Map<String, Object> serverConfig() {
		Map<String, Object> config = new LinkedHashMap<>();
		Map<String, Object> service = new LinkedHashMap<>();
		service.put("SiteURL", this.siteUrl);
		service.put("ListenAddress", ":8065");
		service.put("EnableCommands", true);
		service.put("EnablePostUsernameOverride", false);
		service.put("EnablePostIconOverride", false);
		service.put("EnableBotAccountCreation", true);
		service.put("EnableUserAccessTokens", false);
		config.put("ServiceSettings", service);
		Map<String, Object> team = new LinkedHashMap<>();
		team.put("SiteName", "Mattermost");
		team.put("MaxUsersPerTeam", 50);
		team.put("EnableOpenServer", false);
		config.put("TeamSettings", team);
		Map<String, Object> file = new LinkedHashMap<>();
		file.put("EnableFileAttachments", true);
		file.put("MaxFileSize", 104857600);
		file.put("DriverName", "local");
		file.put("EnablePublicLink", false);
		config.put("FileSettings", file);
		Map<String, Object> plugins = new LinkedHashMap<>();
		plugins.put("Enable", true);
		plugins.put("EnableUploads", false);
		plugins.put("Directory", "./plugins");
		plugins.put("ClientDirectory", "./client/plugins");
		Map<String, Object> pluginSettings = new LinkedHashMap<>();
		if (this.settings != null) {
			pluginSettings.put(this.pluginId, StructConverter.toModel(this.settings));
		}
		plugins.put("Plugins", pluginSettings);
		plugins.put("PluginStates", Map.of(this.pluginId, Map.of("Enable", true)));
		config.put("PluginSettings", plugins);
		this.configOverrides.forEach((section, values) -> {
			@SuppressWarnings("unchecked")
			Map<String, Object> target = (Map<String, Object>) config.computeIfAbsent(section,
					k -> new LinkedHashMap<String, Object>());
			target.putAll(values);
		});
		return config;
	}

	// ---- commands

	void registerCommand(Command command) {
		String trigger = command.getTrigger().toLowerCase(Locale.ROOT);
		if (trigger.startsWith("/")) {
			trigger = trigger.substring(1);
		}
		Command stored = command.toBuilder().setTrigger(trigger).setPluginId(this.pluginId).build();
		this.commands.put(new CommandKey(command.getTeamId(), trigger), stored);
	}

	void unregisterCommand(String teamId, String trigger) {
		this.commands.remove(new CommandKey(teamId, trigger.toLowerCase(Locale.ROOT)));
	}

	List<Command> commands(String teamId) {
		return this.commands.values().stream()
			.filter(c -> c.getTeamId().isEmpty() || c.getTeamId().equals(teamId))
			.toList();
	}

	List<Command> allCommands() {
		return List.copyOf(this.commands.values());
	}

	// ---- logs, events, calls

	void log(LogEntry entry) {
		this.logs.add(entry);
	}

	List<LogEntry> logs() {
		return List.copyOf(this.logs);
	}

	void event(WebSocketEvent event) {
		this.events.add(event);
	}

	List<WebSocketEvent> events() {
		return List.copyOf(this.events);
	}

	void call(ApiCall call) {
		this.calls.add(call);
	}

	List<ApiCall> calls() {
		return List.copyOf(this.calls);
	}

	void clearRecords() {
		this.logs.clear();
		this.events.clear();
		this.calls.clear();
	}

	/**
	 * Captures the settings, configuration and registered commands; the records (logs, events, calls) are not
	 * captured, a restore clears them.
	 * @return restores the captured state each time it runs
	 */
	Runnable checkpoint() {
		Struct settings = this.settings;
		Map<String, Object> settingDefaults = this.settingDefaults;
		String siteUrl = this.siteUrl;
		String bundlePath = this.bundlePath;
		Map<String, Map<String, Object>> configOverrides = Checkpoints.copyNested(this.configOverrides);
		Map<CommandKey, Command> commands = new LinkedHashMap<>(this.commands);
		return () -> {
			this.settings = settings;
			this.settingDefaults = settingDefaults;
			this.siteUrl = siteUrl;
			this.bundlePath = bundlePath;
			Checkpoints.replace(this.configOverrides, Checkpoints.copyNested(configOverrides));
			Checkpoints.replace(this.commands, commands);
			clearRecords();
		};
	}

	private record CommandKey(String teamId, String trigger) {
	}

}
