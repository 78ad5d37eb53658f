package dev.mattermost.spring.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.mattermost.spring.maven.PluginBundler.Bundle;
import dev.mattermost.spring.maven.PluginBundler.BundleRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PluginBundlerTests {

	private static final Instant TIME = Instant.parse("2026-02-03T04:05:06Z");

	@TempDir
	Path directory;

	@Test
	void laysOutTheExplodedBundleForTheServer() throws IOException {
		Bundle bundle = bundle(request(BootJarBuilder.runnable().aotInitializer()));
		Path plugin = this.directory.resolve("target/mattermost-plugin/com.example.demo");
		assertThat(bundle.directory()).isEqualTo(plugin);
		assertThat(bundle.applicationJar()).isEqualTo(plugin.resolve("server/app/demo.jar"));
		assertThat(plugin.resolve("plugin.json")).isRegularFile();
		assertThat(plugin.resolve("server/plugin.py")).content().contains("APP_JAR = \"app/demo.jar\"");
		assertThat(Files.getPosixFilePermissions(plugin.resolve("server/plugin.py")))
			.isEqualTo(PosixFilePermissions.fromString("rwxr-xr-x"));
		assertThat(plugin.resolve("server/app/lib/fixture-library-1.0.jar")).isRegularFile();
		assertThat(bundle.libraries()).isEqualTo(1);
		assertThat(bundle.aot()).isEqualTo(ApplicationExtractor.Aot.ENABLED);
		try (JarFile jar = new JarFile(bundle.applicationJar().toFile())) {
			assertThat(jar.getManifest().getMainAttributes().getValue("Class-Path"))
				.isEqualTo("lib/fixture-library-1.0.jar");
		}
	}

	@Test
	void writesPluginJsonFromTheRequest() throws IOException {
		Path schema = Files.writeString(this.directory.resolve("settings.json"),
				"{\"settings\":[{\"key\":\"Words\",\"type\":\"text\",\"default\":\"spoiler\"}]}");
		Path icon = Files.writeString(this.directory.resolve("demo.svg"), "<svg/>");
		BundleRequest request = new BundleRequest(boot(BootJarBuilder.runnable()), target(), "com.example.demo",
				"Demo", "A demo", "1.2.0", "10.5.0", "https://example.com", null, icon, schema, List.of(), null,
				AotMode.AUTO, TIME, null);
		Bundle bundle = bundle(request);
		JsonNode json = JsonMapper.builder().build().readTree(Files.readString(bundle.directory().resolve("plugin.json")));
		assertThat(json.get("id").asString()).isEqualTo("com.example.demo");
		assertThat(json.get("name").asString()).isEqualTo("Demo");
		assertThat(json.get("description").asString()).isEqualTo("A demo");
		assertThat(json.get("version").asString()).isEqualTo("1.2.0");
		assertThat(json.get("min_server_version").asString()).isEqualTo("10.5.0");
		assertThat(json.get("homepage_url").asString()).isEqualTo("https://example.com");
		assertThat(json.has("support_url")).isFalse();
		assertThat(json.get("icon_path").asString()).isEqualTo("assets/demo.svg");
		assertThat(json.at("/server/executable").asString()).isEqualTo("server/plugin.py");
		assertThat(json.at("/settings_schema/settings/0/default").asString()).isEqualTo("spoiler");
		assertThat(bundle.directory().resolve("assets/demo.svg")).hasContent("<svg/>");
	}

	@Test
	void archivesTheBundleUnderItsIdWithModesAndTheGivenTime() throws IOException {
		Bundle bundle = bundle(request(BootJarBuilder.runnable()));
		assertThat(bundle.archive()).isEqualTo(target().resolve("com.example.demo-1.0.0-SNAPSHOT.tar.gz"));
		List<TarArchiveEntry> entries = TarGzWriterTests.read(bundle.archive());
		assertThat(entries).extracting(TarArchiveEntry::getName)
			.containsExactly("com.example.demo/", "com.example.demo/plugin.json", "com.example.demo/server/",
					"com.example.demo/server/app/", "com.example.demo/server/app/demo.jar",
					"com.example.demo/server/app/lib/", "com.example.demo/server/app/lib/fixture-library-1.0.jar",
					"com.example.demo/server/plugin.py");
		assertThat(entries).allSatisfy((entry) -> {
			int expected = (entry.isDirectory() || entry.getName().endsWith("plugin.py")) ? 0755 : 0644;
			assertThat(entry.getMode() & 07777).as(entry.getName()).isEqualTo(expected);
			assertThat(entry.getModTime().toInstant()).isEqualTo(TIME);
		});
		assertThat(entries.get(4).getSize()).isEqualTo(Files.size(bundle.applicationJar()));
	}

	@Test
	void anApplicationThatCannotStartForTrainingStillGetsItsBundleWithTheReason() throws IOException {
		StartupTraining training = new StartupTraining(Path.of(System.getProperty("java.home"), "bin", "java"),
				Duration.ofSeconds(30));
		BundleRequest request = new BundleRequest(boot(BootJarBuilder.runnable()), target(), "com.example.demo",
				"Demo", null, "1.0.0", null, null, null, null, null, List.of(), null, AotMode.AUTO, TIME, training);
		Bundle bundle = bundle(request);
		// the fixture prints what it sees and exits: no handshake
		assertThat(bundle.training().problem()).contains("instead of its handshake");
		assertThat(bundle.training().startupClasses()).isZero();
		assertThat(bundle.archive()).exists();
	}

	@Test
	void buildsTheSameArchiveBytesTwice() throws IOException {
		Path boot = boot(BootJarBuilder.runnable().aotInitializer());
		BundleRequest request = new BundleRequest(boot, target(), "com.example.demo", "Demo", null, "1.0.0", null, null,
				null, null, null, List.of("-Xmx128m"), null, AotMode.AUTO, null, null);
		Path archive = bundle(request).archive();
		byte[] first = Files.readAllBytes(archive);
		Files.write(bundle(request).directory().resolve("stale.txt"), new byte[] { 1 });
		assertThat(Files.readAllBytes(bundle(request).archive())).isEqualTo(first);
	}

	@Test
	void datesEntriesWithTheBootJarsOwnTimeWithoutAnOutputTimestamp() throws IOException {
		BundleRequest request = new BundleRequest(boot(BootJarBuilder.runnable()), target(), "com.example.demo", null,
				null, "1.0.0", null, null, null, null, null, List.of(), null, AotMode.AUTO, null, null);
		Bundle bundle = bundle(request);
		assertThat(TarGzWriterTests.read(bundle.archive())).allSatisfy((entry) -> assertThat(
				entry.getModTime().toInstant()).isEqualTo(BootJarBuilder.ENTRY_TIME.toInstant(ZoneOffset.UTC)));
		assertThat(bundle.manifest().name()).as("the id stands in for a missing name").isEqualTo("com.example.demo");
	}

	@Test
	void clearsWhatAPreviousBuildLeftInTheBundleDirectory() throws IOException {
		Path stale = target().resolve("mattermost-plugin/com.example.demo/server/app/lib/old-1.0.jar");
		Files.createDirectories(stale.getParent());
		Files.write(stale, new byte[] { 1 });
		bundle(request(BootJarBuilder.runnable()));
		assertThat(stale).doesNotExist();
	}

	@Test
	void refusesABitmapIcon() throws IOException {
		Path icon = Files.write(this.directory.resolve("icon.png"), new byte[] { 1 });
		BundleRequest request = new BundleRequest(boot(BootJarBuilder.runnable()), target(), "com.example.demo", "D",
				null, "1.0.0", null, null, null, icon, null, List.of(), null, AotMode.AUTO, TIME, null);
		assertThatExceptionOfType(BundleException.class).isThrownBy(() -> bundle(request))
			.withMessageContaining("is not an SVG file");
	}

	@Test
	void refusesAnInvalidIdBeforeWritingAnything() {
		assertThatExceptionOfType(BundleException.class)
			.isThrownBy(() -> new BundleRequest(this.directory.resolve("x.jar"), target(), "../evil", "D", null,
					"1.0.0", null, null, null, null, null, List.of(), null, AotMode.AUTO, TIME, null))
			.withMessageContaining("Invalid plugin id '../evil'");
	}

	@Test
	void refusesAJarThatIsNotRepackaged() throws IOException {
		Path plain = Files.write(this.directory.resolve("demo.jar"), BootJarBuilder.jar(Map.of("a.txt",
				"a".getBytes(StandardCharsets.UTF_8))));
		BundleRequest request = new BundleRequest(plain, target(), "com.example.demo", "D", null, "1.0.0", null, null,
				null, null, null, List.of(), null, AotMode.AUTO, TIME, null);
		assertThatExceptionOfType(BundleException.class).isThrownBy(() -> bundle(request))
			.withMessageContaining("is not a Spring Boot executable jar");
		assertThat(target().resolve("mattermost-plugin")).doesNotExist();
	}

	private BundleRequest request(BootJarBuilder boot) {
		return new BundleRequest(boot(boot), target(), "com.example.demo", "Demo", "A demo", "1.0.0-SNAPSHOT", null,
				null, null, null, null, List.of(), null, AotMode.AUTO, TIME, null);
	}

	private Path boot(BootJarBuilder boot) {
		return boot.write(this.directory.resolve("demo.jar"));
	}

	private Path target() {
		return this.directory.resolve("target");
	}

	private static Bundle bundle(BundleRequest request) throws IOException {
		return new PluginBundler().bundle(request);
	}

}
