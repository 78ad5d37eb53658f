package dev.mattermost.spring.maven;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class BootJarTests {

	@TempDir
	Path directory;

	@Test
	void readsStartClassAndLibrariesInClassPathIndexOrder() throws IOException {
		Path file = new BootJarBuilder().library("b.jar", new byte[] { 1 })
			.library("a.jar", new byte[] { 2 })
			.library("c.jar", new byte[] { 3 })
			.indexOrder("c.jar", "a.jar", "b.jar")
			.write(this.directory.resolve("app.jar"));
		try (BootJar jar = BootJar.open(file)) {
			assertThat(jar.startClass()).isEqualTo(BootJarBuilder.START_CLASS);
			assertThat(jar.libraries()).containsExactly("c.jar", "a.jar", "b.jar");
		}
	}

	@Test
	void putsLibrariesTheIndexDoesNotListLastInEntryOrder() throws IOException {
		Path file = new BootJarBuilder().unindexedLibrary("z.jar", new byte[] { 1 })
			.library("y.jar", new byte[] { 2 })
			.unindexedLibrary("x.jar", new byte[] { 3 })
			.write(this.directory.resolve("app.jar"));
		try (BootJar jar = BootJar.open(file)) {
			assertThat(jar.libraries()).containsExactly("y.jar", "z.jar", "x.jar");
		}
	}

	@Test
	void readsLibrariesInEntryOrderWithoutAnIndex() throws IOException {
		Path file = new BootJarBuilder().library("b.jar", new byte[] { 1 })
			.library("a.jar", new byte[] { 2 })
			.withoutIndex()
			.write(this.directory.resolve("app.jar"));
		try (BootJar jar = BootJar.open(file)) {
			assertThat(jar.libraries()).containsExactly("b.jar", "a.jar");
		}
	}

	@Test
	void refusesAMissingJarAndNamesTheRepackageGoal() {
		assertThatExceptionOfType(BundleException.class)
			.isThrownBy(() -> BootJar.open(this.directory.resolve("missing.jar")))
			.withMessageContaining("missing.jar does not exist")
			.withMessageContaining("repackage");
	}

	@Test
	void refusesAPlainJarAsNotABootExecutableJar() throws IOException {
		Path plain = this.directory.resolve("plain.jar");
		Files.write(plain, BootJarBuilder.jar(Map.of("META-INF/MANIFEST.MF",
				"Manifest-Version: 1.0\r\nMain-Class: a.B\r\n\r\n".getBytes(), "a/B.class", new byte[] { 1 })));
		assertThatExceptionOfType(BundleException.class).isThrownBy(() -> BootJar.open(plain))
			.withMessageContaining("is not a Spring Boot executable jar")
			.withMessageContaining("run spring-boot-maven-plugin's repackage goal before the bundle goal");
	}

	@Test
	void refusesAJarWithoutStartClass() {
		Path file = new BootJarBuilder().manifest("Start-Class", null).write(this.directory.resolve("app.jar"));
		assertThatExceptionOfType(BundleException.class).isThrownBy(() -> BootJar.open(file))
			.withMessageContaining("no Start-Class");
	}

	@Test
	void refusesAFileThatIsNotAJar() throws IOException {
		Path text = Files.writeString(this.directory.resolve("app.jar"), "not a zip");
		assertThatExceptionOfType(BundleException.class).isThrownBy(() -> BootJar.open(text))
			.withMessageContaining("is not a readable jar");
	}

}
