package dev.mattermost.spring.maven;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class ApplicationPropertiesTests {

	@TempDir
	Path directory;

	@Test
	void takesTheConfiguredIdFirst() throws IOException {
		write("application.properties", "mattermost.plugin.id=from.properties\n");
		assertThat(PluginIdDefault.resolve(" configured.id ", List.of(this.directory), "artifact"))
			.isEqualTo("configured.id");
	}

	@Test
	void takesTheIdFromApplicationProperties() throws IOException {
		write("application.properties", "# the id\nmattermost.plugin.id = com.example.props\n");
		assertThat(PluginIdDefault.resolve(null, List.of(this.directory), "artifact")).isEqualTo("com.example.props");
	}

	@Test
	void takesTheIdFromNestedYaml() throws IOException {
		write("application.yml", """
				spring:
				  application:
				    name: demo
				mattermost:
				  # comments and other keys in between
				  other: 1
				  plugin:
				    dev-mode: false
				    id: "com.example.yaml"   # quoted
				""");
		assertThat(PluginIdDefault.resolve(null, List.of(this.directory), "artifact")).isEqualTo("com.example.yaml");
	}

	@Test
	void takesTheIdFromDottedYamlKeys() throws IOException {
		write("application.yaml", "---\nmattermost.plugin:\n  id: com.example.dotted\n");
		assertThat(PluginIdDefault.resolve(null, List.of(this.directory), "artifact"))
			.isEqualTo("com.example.dotted");
		write("application.yaml", "mattermost.plugin.id: com.example.flat # comment\n");
		assertThat(PluginIdDefault.resolve(null, List.of(this.directory), "artifact")).isEqualTo("com.example.flat");
	}

	@Test
	void readsOnlyTheFirstYamlDocument() throws IOException {
		write("application.yml", "mattermost:\n  plugin:\n    dev-mode: true\n---\nmattermost:\n  plugin:\n    id: x.y.z\n");
		assertThat(PluginIdDefault.resolve(null, List.of(this.directory), "artifact")).isEqualTo("artifact");
	}

	@Test
	void ignoresAKeyOfTheSameNameElsewhere() throws IOException {
		write("application.yml", "other:\n  mattermost:\n    plugin:\n      id: wrong\nplugin:\n  id: wrong-too\n");
		assertThat(PluginIdDefault.resolve(null, List.of(this.directory), "artifact")).isEqualTo("artifact");
	}

	@Test
	void fallsBackToTheArtifactId() {
		assertThat(PluginIdDefault.resolve("", List.of(this.directory, this.directory.resolve("missing")), "artifact"))
			.isEqualTo("artifact");
	}

	private void write(String name, String content) throws IOException {
		Files.writeString(this.directory.resolve(name), content);
	}

}
