package dev.mattermost.spring.maven;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a plugin's {@code settings_schema} from a JSON file and checks it with the rules the server applies on
 * install, so that a mistake fails the build rather than the upload.
 */
final class SettingsSchema {

	private static final Set<String> TYPES = Set.of("bool", "dropdown", "generated", "radio", "text", "longtext",
			"number", "username", "custom");

	private static final Set<String> PLACEHOLDER_TYPES = Set.of("generated", "text", "longtext", "number", "username",
			"custom");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private SettingsSchema() {
	}

	/**
	 * Reads and checks a schema file.
	 * @param file a JSON file holding the {@code settings_schema} object ({@code header}, {@code footer},
	 * {@code settings})
	 * @return the schema
	 * @throws BundleException if the file is missing, is not JSON or breaks Mattermost's rules
	 */
	static JsonNode read(Path file) {
		if (!Files.isRegularFile(file)) {
			throw new BundleException("The settings schema file " + file + " does not exist.");
		}
		JsonNode schema;
		try {
			schema = JSON.readTree(Files.readString(file));
		}
		catch (JacksonException ex) {
			throw new BundleException("The settings schema file " + file + " is not valid JSON: "
					+ ex.getOriginalMessage() + location(ex), ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + file, ex);
		}
		check(schema, file.toString());
		return schema;
	}

	private static String location(JacksonException ex) {
		return (ex.getLocation() != null) ? " (line " + ex.getLocation().getLineNr() + ", column "
				+ ex.getLocation().getColumnNr() + ")" : "";
	}

	static void check(JsonNode schema, String source) {
		if (schema == null || !schema.isObject()) {
			throw new BundleException(source + " must hold a JSON object with \"settings\" (and optionally \"header\" "
					+ "and \"footer\"), as plugin.json's settings_schema.");
		}
		JsonNode settings = schema.get("settings");
		if (settings == null || settings.isNull()) {
			return;
		}
		if (!settings.isArray()) {
			throw new BundleException(source + ": \"settings\" must be an array of settings.");
		}
		for (int i = 0; i < settings.size(); i++) {
			checkSetting(settings.get(i), source + ": settings[" + i + "]");
		}
	}

	// The same rules as the server's PluginSetting.isValid.
	private static void checkSetting(JsonNode setting, String where) {
		if (!setting.isObject()) {
			throw new BundleException(where + " must be an object.");
		}
		String key = text(setting, "key");
		String at = (key != null) ? where + " (" + key + ")" : where;
		String type = text(setting, "type");
		if (type == null || !TYPES.contains(type)) {
			throw new BundleException(at + " has the type '" + type + "'; Mattermost knows " + String.join(", ",
					TYPES.stream().sorted().toList()) + ".");
		}
		if (!isEmpty(setting, "regenerate_help_text") && !type.equals("generated")) {
			throw new BundleException(at + ": regenerate_help_text is only for settings of type generated.");
		}
		if (!isEmpty(setting, "placeholder") && !PLACEHOLDER_TYPES.contains(type)) {
			throw new BundleException(at + ": placeholder is only for settings of type text, longtext, number, "
					+ "username, generated or custom.");
		}
		JsonNode options = setting.get("options");
		if (options != null && !options.isNull()) {
			if (!type.equals("radio") && !type.equals("dropdown")) {
				throw new BundleException(at + ": options are only for settings of type radio or dropdown.");
			}
			for (JsonNode option : options) {
				if (isEmpty(option, "display_name") || isEmpty(option, "value")) {
					throw new BundleException(at + ": every option needs a display_name and a value.");
				}
			}
		}
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return (value != null && value.isString()) ? value.asString() : null;
	}

	private static boolean isEmpty(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return value == null || value.isNull() || (value.isString() && value.asString().isEmpty());
	}

}
