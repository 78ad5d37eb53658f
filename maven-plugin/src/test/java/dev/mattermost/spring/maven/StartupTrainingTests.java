package dev.mattermost.spring.maven;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.mattermost.spring.maven.ApplicationExtractor.ExtractedApplication;
import dev.mattermost.spring.maven.fixture.FixtureLibrary;
import dev.mattermost.spring.maven.fixture.HandshakingApplication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;

class StartupTrainingTests {

	private static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");

	private static final Instant TIME = Instant.parse("2026-01-02T03:04:06Z");

	@TempDir
	Path directory;

	@Test
	void recordsTheClassesLoadedBeforeTheHandshakeIntoTheApplicationJar() throws Exception {
		Path jar = extractedApplication();
		int recorded = training().record(jar, List.of(), TIME);
		List<String> classes = startupClasses(jar);
		assertThat(classes).hasSize(recorded)
			.contains(HandshakingApplication.class.getName(), FixtureLibrary.class.getName())
			.doesNotContain(HandshakingApplication.HandshakeMarker.class.getName(),
					HandshakingApplication.AfterHandshake.class.getName());
		// in load order: the application's main class before the library class it calls
		assertThat(classes.indexOf(HandshakingApplication.class.getName()))
			.isLessThan(classes.indexOf(FixtureLibrary.class.getName()));
	}

	@Test
	void passesTheLaunchersJvmArgumentsToTheApplication() throws Exception {
		Path jar = extractedApplication();
		assertThatIOException()
			.isThrownBy(() -> training().record(jar, List.of("-Dfixture.mode=banner"), TIME))
			.withMessageContaining("printed '  .   ____  banner' instead of its handshake");
	}

	@Test
	void anApplicationThatCannotStartFailsWithWhatItWroteToStderr() throws Exception {
		Path jar = extractedApplication();
		assertThatIOException().isThrownBy(() -> training().record(jar, List.of("-Dfixture.mode=exit"), TIME))
			.withMessageContaining("exited before its handshake")
			.withMessageContaining("cannot start: no database");
		assertThat(startupClassesEntry(jar)).isFalse();
	}

	@Test
	void listStopsAtTheHandshakeClassAndKeepsOnlyClassesLoadedFromFiles() {
		List<String> log = List.of("java.lang.Object source: shared objects file",
				"com.example.App source: file:/plugin/server/app/app.jar",
				"org.example.Lib source: jar:file:/plugin/app.jar!/BOOT-INF/lib/lib.jar!/",
				"com.example.App$$Lambda/0x01 source: com.example.App", "jdk.proxy2.$Proxy12 source: __dynamic_proxy__",
				"java.sql.Driver source: jrt:/java.sql", "com.example.Handshake source: file:/plugin/server/app/app.jar",
				"com.example.Later source: file:/plugin/server/app/app.jar");
		assertThat(StartupTraining.startupClasses(log, "com.example.Handshake")).containsExactly("com.example.App",
				"org.example.Lib", "java.sql.Driver");
	}

	private StartupTraining training() {
		return new StartupTraining(JAVA, Duration.ofSeconds(30),
				HandshakingApplication.HandshakeMarker.class.getName());
	}

	private Path extractedApplication() throws IOException {
		Path boot = this.directory.resolve("boot.jar");
		BootJarBuilder.runnable().startClass(HandshakingApplication.class)
			.classFile(HandshakingApplication.HandshakeMarker.class)
			.classFile(HandshakingApplication.AfterHandshake.class)
			.write(boot);
		try (BootJar jar = BootJar.open(boot)) {
			ExtractedApplication application = new ApplicationExtractor(AotMode.AUTO, TIME).extract(jar,
					this.directory.resolve("app"), "app.jar");
			return application.jar();
		}
	}

	private static List<String> startupClasses(Path jar) throws IOException {
		try (FileSystem zip = FileSystems.newFileSystem(URI.create("jar:" + jar.toUri()), Map.of())) {
			return Files.readAllLines(zip.getPath(StartupTraining.STARTUP_CLASSES), StandardCharsets.UTF_8);
		}
	}

	private static boolean startupClassesEntry(Path jar) throws IOException {
		try (FileSystem zip = FileSystems.newFileSystem(URI.create("jar:" + jar.toUri()), Map.of())) {
			return Files.exists(zip.getPath(StartupTraining.STARTUP_CLASSES));
		}
	}

}
