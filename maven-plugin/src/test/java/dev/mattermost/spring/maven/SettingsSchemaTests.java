package dev.mattermost.spring.maven;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class SettingsSchemaTests {

	@TempDir
	Path directory;

	@Test
	void readsASchemaWithEverySettingType() throws IOException {
		JsonNode schema = SettingsSchema.read(file("""
				{
				  "header": "Configure the sample",
				  "settings": [
				    {"key": "Enabled", "type": "bool", "default": true},
				    {"key": "Mode", "type": "dropdown", "options": [{"display_name": "Fast", "value": "fast"}]},
				    {"key": "Secret", "type": "generated", "regenerate_help_text": "Make a new one"},
				    {"key": "Size", "type": "radio", "options": [{"display_name": "S", "value": "s"}]},
				    {"key": "Words", "type": "text", "placeholder": "spoiler"},
				    {"key": "Notes", "type": "longtext"},
				    {"key": "Limit", "type": "number", "default": 5},
				    {"key": "Owner", "type": "username"},
				    {"key": "Fancy", "type": "custom"}
				  ]
				}
				"""));
		assertThat(schema.get("settings")).hasSize(9);
		assertThat(schema.get("header").asString()).isEqualTo("Configure the sample");
	}

	@Test
	void reportsMalformedJsonWithItsPosition() throws IOException {
		Path file = file("{\n  \"settings\": [\n    {\"key\": \"a\" \"type\": \"bool\"}\n  ]\n}\n");
		assertThatExceptionOfType(BundleException.class).isThrownBy(() -> SettingsSchema.read(file))
			.withMessageContaining(file + " is not valid JSON")
			.withMessageContaining("line 3");
	}

	@Test
	void refusesAMissingFile() {
		assertThatExceptionOfType(BundleException.class)
			.isThrownBy(() -> SettingsSchema.read(this.directory.resolve("none.json")))
			.withMessageContaining("does not exist");
	}

	@Test
	void refusesSomethingOtherThanAnObject() throws IOException {
		Path file = file("[1, 2]");
		assertThatExceptionOfType(BundleException.class).isThrownBy(() -> SettingsSchema.read(file))
			.withMessageContaining("must hold a JSON object");
	}

	@Test
	void refusesAnUnknownSettingTypeNamingTheSetting() throws IOException {
		Path file = file("{\"settings\": [{\"key\": \"Words\", \"type\": \"string\"}]}");
		assertThatExceptionOfType(BundleException.class).isThrownBy(() -> SettingsSchema.read(file))
			.withMessageContaining("settings[0] (Words) has the type 'string'")
			.withMessageContaining("bool, custom, dropdown");
	}

	@Test
	void refusesOptionsOnSettingsThatAreNotRadioOrDropdown() throws IOException {
		Path file = file("{\"settings\": [{\"key\": \"W\", \"type\": \"text\", \"options\": []}]}");
		assertThatExceptionOfType(BundleException.class).isThrownBy(() -> SettingsSchema.read(file))
			.withMessageContaining("options are only for settings of type radio or dropdown");
	}

	@Test
	void refusesOptionsWithoutDisplayNameOrValue() throws IOException {
		Path file = file("{\"settings\": [{\"key\": \"W\", \"type\": \"radio\", \"options\": [{\"value\": \"v\"}]}]}");
		assertThatExceptionOfType(BundleException.class).isThrownBy(() -> SettingsSchema.read(file))
			.withMessageContaining("every option needs a display_name and a value");
	}

	@Test
	void refusesAPlaceholderOnABoolean() throws IOException {
		Path file = file("{\"settings\": [{\"key\": \"B\", \"type\": \"bool\", \"placeholder\": \"x\"}]}");
		assertThatExceptionOfType(BundleException.class).isThrownBy(() -> SettingsSchema.read(file))
			.withMessageContaining("placeholder is only for");
	}

	@Test
	void refusesRegenerateHelpTextOutsideGeneratedSettings() throws IOException {
		Path file = file("{\"settings\": [{\"key\": \"T\", \"type\": \"text\", \"regenerate_help_text\": \"x\"}]}");
		assertThatExceptionOfType(BundleException.class).isThrownBy(() -> SettingsSchema.read(file))
			.withMessageContaining("regenerate_help_text is only for settings of type generated");
	}

	private Path file(String content) throws IOException {
		return Files.writeString(this.directory.resolve("settings.json"), content);
	}

}
