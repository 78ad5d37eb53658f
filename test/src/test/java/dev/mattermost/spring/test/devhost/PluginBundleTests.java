package dev.mattermost.spring.test.devhost;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.jar.JarOutputStream;
import java.util.zip.ZipEntry;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PluginBundleTests {

	@TempDir
	Path directory;

	@Test
	void runsAJarWithJavaInItsDirectoryAndReadsTheManifestInside() throws IOException {
		Path jar = this.directory.resolve("my-plugin-1.0.jar");
		try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
			out.putNextEntry(new ZipEntry("BOOT-INF/classes/plugin.json"));
			out.write(("{\"id\":\"com.example.inside\",\"settings_schema\":{\"settings\":"
					+ "[{\"key\":\"Greeting\",\"default\":\"Hello\"},{\"key\":\"NoDefault\"}]}}")
				.getBytes(StandardCharsets.UTF_8));
		}

		PluginBundle bundle = PluginBundle.resolve(jar, null, "/opt/java/bin/java");

		assertThat(bundle.id()).isEqualTo("com.example.inside");
		assertThat(bundle.directory()).isEqualTo(this.directory.toAbsolutePath());
		assertThat(bundle.command()).containsExactly("/opt/java/bin/java", "-jar", jar.toAbsolutePath().toString());
		assertThat(bundle.defaultSettings()).isEqualTo(Map.of("Greeting", "Hello"));
	}

	@Test
	void namesAJarWithoutManifestAfterTheFileUnlessAnIdIsGiven() throws IOException {
		Path jar = this.directory.resolve("sample-plugin.jar");
		try (OutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
			// an empty jar
		}

		assertThat(PluginBundle.resolve(jar, null, "java").id()).isEqualTo("sample-plugin");
		assertThat(PluginBundle.resolve(jar, "com.example.given", "java").id()).isEqualTo("com.example.given");
	}

	@Test
	void runsTheBundlesExecutableForThisPlatform() throws IOException {
		Path script = this.directory.resolve("server/dist/run.sh");
		Files.createDirectories(script.getParent());
		Files.writeString(script, "#!/bin/sh\n");
		Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
		Files.writeString(this.directory.resolve("plugin.json"), "{\"id\":\"com.example.bundle\",\"server\":"
				+ "{\"executables\":{\"" + PluginBundle.platform() + "\":\"server/dist/run.sh\"}}}");

		PluginBundle bundle = PluginBundle.resolve(this.directory, null, "java");

		assertThat(bundle.id()).isEqualTo("com.example.bundle");
		assertThat(bundle.command()).isEqualTo(List.of(script.toAbsolutePath().toString()));
	}

	@Test
	void explainsAScriptThatIsNotExecutable() throws IOException {
		Files.writeString(this.directory.resolve("run.sh"), "#!/bin/sh\n");
		Files.writeString(this.directory.resolve("plugin.json"),
				"{\"id\":\"com.example.bundle\",\"server\":{\"executable\":\"run.sh\"}}");

		assertThatExceptionOfType(PluginLaunchException.class)
			.isThrownBy(() -> PluginBundle.resolve(this.directory, null, "java"))
			.withMessageContaining("is not executable (chmod +x it)");
	}

	@Test
	void explainsABundleWithoutServerExecutable() throws IOException {
		Files.writeString(this.directory.resolve("plugin.json"), "{\"id\":\"com.example.webapp-only\"}");

		assertThatExceptionOfType(PluginLaunchException.class)
			.isThrownBy(() -> PluginBundle.resolve(this.directory, null, "java"))
			.withMessageContaining("names no server executable");
	}

}
