package dev.mattermost.spring.maven;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

class PluginManifestTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void writesTheFieldsTheServerReadsWithTheLauncherAsAPythonRuntimeExecutable() {
		JsonNode schema = JSON.readTree("{\"settings\":[{\"key\":\"K\",\"type\":\"bool\",\"default\":true}]}");
		PluginManifest manifest = new PluginManifest("com.example.demo", "Demo", "Does things", "1.2.3-SNAPSHOT",
				"10.5.0", "https://example.com", "https://example.com/issues", "assets/icon.svg", "server/plugin.py",
				schema);
		JsonNode json = JSON.readTree(manifest.toJson());
		assertThat(json.propertyNames()).containsExactly("id", "name", "description", "homepage_url", "support_url",
				"icon_path", "version", "min_server_version", "server", "settings_schema");
		assertThat(json.get("id").asString()).isEqualTo("com.example.demo");
		assertThat(json.get("name").asString()).isEqualTo("Demo");
		assertThat(json.get("description").asString()).isEqualTo("Does things");
		assertThat(json.get("version").asString()).isEqualTo("1.2.3-SNAPSHOT");
		assertThat(json.get("min_server_version").asString()).isEqualTo("10.5.0");
		assertThat(json.get("homepage_url").asString()).isEqualTo("https://example.com");
		assertThat(json.get("support_url").asString()).isEqualTo("https://example.com/issues");
		assertThat(json.get("icon_path").asString()).isEqualTo("assets/icon.svg");
		assertThat(json.get("server").get("executable").asString()).isEqualTo("server/plugin.py");
		assertThat(json.get("server").get("runtime").asString()).isEqualTo("python");
		assertThat(json.get("settings_schema")).isEqualTo(schema);
		assertThat(manifest.toJson()).endsWith("}\n");
	}

	@Test
	void leavesOptionalFieldsOutWhenNotGiven() {
		JsonNode json = JSON.readTree(manifest("abc", "1.0.0").toJson());
		assertThat(json.propertyNames()).containsExactly("id", "name", "version", "server");
	}

	@Test
	void acceptsIdsOfThreeTo190AllowedCharacters() {
		assertThatNoException().isThrownBy(() -> manifest("a-b", "1.0.0"));
		assertThatNoException().isThrownBy(() -> manifest("Com.Example_plugin-2", "1.0.0"));
		assertThatNoException().isThrownBy(() -> manifest("x".repeat(190), "1.0.0"));
	}

	@Test
	void refusesIdsMattermostRefusesWithItsRule() {
		for (String id : new String[] { "ab", "x".repeat(191), "com/example", "my plugin", "plügin", "a:b" }) {
			assertThatExceptionOfType(BundleException.class).as(id)
				.isThrownBy(() -> manifest(id, "1.0.0"))
				.withMessageContaining("Invalid plugin id '" + id + "'")
				.withMessageContaining("3 to 190 characters, each a letter, a digit, '-', '_' or '.'");
		}
	}

	@Test
	void refusesAMissingId() {
		assertThatExceptionOfType(BundleException.class).isThrownBy(() -> manifest("", "1.0.0"))
			.withMessageContaining("no id");
	}

	@Test
	void refusesVersionsThatAreNotSemanticVersions() {
		for (String version : new String[] { "1.0", "1", "01.0.0", "1.0.0-", "v1.0.0", "1.0.0.Final" }) {
			assertThatExceptionOfType(BundleException.class).as(version)
				.isThrownBy(() -> manifest("abc", version))
				.withMessageContaining("version '" + version + "' is not a semantic version");
		}
		assertThatNoException().isThrownBy(() -> manifest("abc", "1.0.0-rc.1+build.5"));
	}

	@Test
	void refusesAMinServerVersionThatIsNotSemantic() {
		assertThatExceptionOfType(BundleException.class)
			.isThrownBy(() -> new PluginManifest("abc", "n", null, "1.0.0", "10.5", null, null, null, "x", null))
			.withMessageContaining("minServerVersion '10.5'");
	}

	@Test
	void refusesLinksThatAreNotHttpUrls() {
		assertThatExceptionOfType(BundleException.class)
			.isThrownBy(() -> new PluginManifest("abc", "n", null, "1.0.0", null, "ftp://x.org", null, null, "x", null))
			.withMessageContaining("homepageUrl 'ftp://x.org' is not an http(s) URL");
		assertThatExceptionOfType(BundleException.class)
			.isThrownBy(() -> new PluginManifest("abc", "n", null, "1.0.0", null, null, "nope", null, "x", null))
			.withMessageContaining("supportUrl 'nope'");
	}

	@Test
	void refusesABlankName() {
		assertThatExceptionOfType(BundleException.class)
			.isThrownBy(() -> new PluginManifest("abc", " ", null, "1.0.0", null, null, null, null, "x", null))
			.withMessageContaining("needs a name");
	}

	@Test
	void tellsWhenTheServerWillLowercaseTheId() {
		assertThat(manifest("Com.Example", "1.0.0").idChangesOnServer()).isTrue();
		assertThat(manifest("com.example", "1.0.0").idChangesOnServer()).isFalse();
	}

	private static PluginManifest manifest(String id, String version) {
		return new PluginManifest(id, "Name", null, version, null, null, null, null, "server/plugin.py", null);
	}

}
