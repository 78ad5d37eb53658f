package dev.mattermost.spring.maven;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.mattermost.spring.maven.ApplicationExtractor.Aot;
import dev.mattermost.spring.maven.ApplicationExtractor.ExtractedApplication;
import dev.mattermost.spring.maven.fixture.FixtureApplication;

import static org.assertj.core.api.Assertions.assertThat;

class ApplicationExtractorTests {

	private static final Instant TIME = Instant.parse("2026-01-02T03:04:06Z");

	@TempDir
	Path directory;

	@Test
	void putsTheApplicationClassesAtTheJarRootWithTheStartClassAsMainClass() throws IOException {
		ExtractedApplication app = extract(new BootJarBuilder().resource("application.yml", "a: b\n"), AotMode.AUTO);
		try (JarFile jar = new JarFile(app.jar().toFile())) {
			assertThat(names(jar)).startsWith("META-INF/", "META-INF/MANIFEST.MF")
				.contains("dev/", "dev/mattermost/spring/maven/fixture/", BootJarBuilder.entryName(
						FixtureApplication.class), "application.yml",
						"META-INF/maven/dev.example/app/pom.properties")
				.noneMatch((name) -> name.startsWith("BOOT-INF") || name.startsWith("org/springframework/boot/loader"))
				.doesNotContain("META-INF/services/java.nio.file.spi.FileSystemProvider");
			Attributes main = jar.getManifest().getMainAttributes();
			assertThat(main.getValue("Main-Class")).isEqualTo(BootJarBuilder.START_CLASS);
			assertThat(main.getValue("Build-Jdk-Spec")).isEqualTo("17");
			assertThat(main.keySet()).map(Object::toString)
				.noneMatch((key) -> key.startsWith("Spring-Boot-") || key.equals("Start-Class"));
		}
	}

	@Test
	void listsTheDependenciesInClassPathIndexOrderAndCopiesThemUnchanged() throws IOException {
		byte[] first = BootJarBuilder.jar(Map.of("one.txt", new byte[] { 1 }));
		byte[] second = BootJarBuilder.jar(Map.of("two.txt", new byte[] { 2 }));
		ExtractedApplication app = extract(new BootJarBuilder().library("second-2.0.jar", second)
			.library("first-1.0.jar", first)
			.library("spring-boot-jarmode-tools-4.1.0.jar", new byte[] { 3 })
			.indexOrder("first-1.0.jar", "spring-boot-jarmode-tools-4.1.0.jar", "second-2.0.jar"), AotMode.AUTO);
		try (JarFile jar = new JarFile(app.jar().toFile())) {
			assertThat(jar.getManifest().getMainAttributes().getValue("Class-Path"))
				.isEqualTo("lib/first-1.0.jar lib/second-2.0.jar");
		}
		Path lib = app.jar().resolveSibling("lib");
		assertThat(app.libraries()).containsExactly(lib.resolve("first-1.0.jar"), lib.resolve("second-2.0.jar"));
		assertThat(lib.resolve("first-1.0.jar")).hasBinaryContent(first);
		assertThat(lib.resolve("second-2.0.jar")).hasBinaryContent(second);
		assertThat(lib.resolve("spring-boot-jarmode-tools-4.1.0.jar")).doesNotExist();
	}

	@Test
	void foldsALongClassPathAcrossManifestLinesOf72Bytes() throws IOException {
		BootJarBuilder boot = new BootJarBuilder();
		List<String> expected = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			String name = "a-rather-long-dependency-name-number-" + i + "-1.0.0-SNAPSHOT.jar";
			boot.library(name, new byte[] { (byte) i });
			expected.add("lib/" + name);
		}
		ExtractedApplication app = extract(boot, AotMode.AUTO);
		try (JarFile jar = new JarFile(app.jar().toFile())) {
			assertThat(jar.getManifest().getMainAttributes().getValue("Class-Path")).isEqualTo(String.join(" ", expected));
			try (InputStream in = jar.getInputStream(jar.getEntry(JarFile.MANIFEST_NAME))) {
				String raw = new String(in.readAllBytes(), StandardCharsets.UTF_8);
				assertThat(raw.split("\r\n")).allSatisfy((line) -> assertThat(line.getBytes(StandardCharsets.UTF_8))
					.hasSizeLessThanOrEqualTo(72));
			}
		}
	}

	@Test
	void escapesSpacesInClassPathEntries() throws IOException {
		ExtractedApplication app = extract(new BootJarBuilder().library("odd name.jar", new byte[] { 1 }),
				AotMode.AUTO);
		try (JarFile jar = new JarFile(app.jar().toFile())) {
			assertThat(jar.getManifest().getMainAttributes().getValue("Class-Path")).isEqualTo("lib/odd%20name.jar");
		}
	}

	@Test
	void turnsSpringAotOnWhenTheBootJarHoldsTheGeneratedInitializer() throws IOException {
		ExtractedApplication app = extract(new BootJarBuilder().aotInitializer(), AotMode.AUTO);
		assertThat(app.aot()).isEqualTo(Aot.ENABLED);
		assertThat(springProperties(app)).contains("spring.aot.enabled=true\n");
	}

	@Test
	void writesNoSpringPropertiesWithoutTheGeneratedInitializer() throws IOException {
		ExtractedApplication app = extract(new BootJarBuilder(), AotMode.AUTO);
		assertThat(app.aot()).isEqualTo(Aot.NOT_PROCESSED);
		assertThat(springProperties(app)).isNull();
	}

	@Test
	void addsTheAotSwitchToTheApplicationsOwnSpringProperties() throws IOException {
		ExtractedApplication app = extract(new BootJarBuilder().aotInitializer()
			.resource("spring.properties", "spring.test.constructor.autowire.mode=all"), AotMode.AUTO);
		assertThat(app.aot()).isEqualTo(Aot.ENABLED);
		assertThat(springProperties(app)).startsWith("spring.test.constructor.autowire.mode=all\n")
			.endsWith("spring.aot.enabled=true\n");
	}

	@Test
	void leavesAnAotSettingOfTheApplicationAlone() throws IOException {
		ExtractedApplication app = extract(new BootJarBuilder().aotInitializer()
			.resource("spring.properties", "spring.aot.enabled=false\n"), AotMode.AUTO);
		assertThat(app.aot()).isEqualTo(Aot.SET_BY_APPLICATION);
		assertThat(springProperties(app)).isEqualTo("spring.aot.enabled=false\n");
	}

	@Test
	void neverTurnsAotOnWhenConfiguredOff() throws IOException {
		ExtractedApplication app = extract(new BootJarBuilder().aotInitializer()
			.resource("spring.properties", "a=b\n"), AotMode.FALSE);
		assertThat(app.aot()).isEqualTo(Aot.OFF);
		assertThat(springProperties(app)).isEqualTo("a=b\n");
	}

	@Test
	void writesTheSameBytesForTheSameInput() throws IOException {
		Path boot = BootJarBuilder.runnable().aotInitializer().write(this.directory.resolve("boot.jar"));
		ExtractedApplication first = extract(boot, "one", AotMode.AUTO);
		ExtractedApplication second = extract(boot, "two", AotMode.AUTO);
		assertThat(Files.mismatch(first.jar(), second.jar())).isEqualTo(-1);
		try (JarFile jar = new JarFile(first.jar().toFile())) {
			ZipEntry entry = jar.getEntry(BootJarBuilder.entryName(
					FixtureApplication.class));
			assertThat(entry.getTimeLocal()).isEqualTo(BootJarBuilder.ENTRY_TIME);
		}
	}

	@Test
	void startsWithAPlainJavaJar() throws Exception {
		ExtractedApplication app = extract(BootJarBuilder.runnable().aotInitializer(), AotMode.AUTO);
		String java = ProcessHandle.current().info().command().orElse("java");
		Process process = new ProcessBuilder(java, "-jar", app.jar().toString()).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).as(output).isZero();
		assertThat(output).contains("library says hello", "spring.properties: "
				+ "# Spring AOT ran at build time (process-aot): use its generated initializers|spring.aot.enabled=true",
				"package directory: true");
	}

	private ExtractedApplication extract(BootJarBuilder builder, AotMode aot) throws IOException {
		return extract(builder.write(this.directory.resolve("boot.jar")), "out", aot);
	}

	private ExtractedApplication extract(Path bootJar, String into, AotMode aot) throws IOException {
		try (BootJar boot = BootJar.open(bootJar)) {
			return new ApplicationExtractor(aot, TIME).extract(boot, this.directory.resolve(into), "app.jar");
		}
	}

	private static String springProperties(ExtractedApplication app) throws IOException {
		try (JarFile jar = new JarFile(app.jar().toFile())) {
			ZipEntry entry = jar.getEntry("spring.properties");
			if (entry == null) {
				return null;
			}
			try (InputStream in = jar.getInputStream(entry)) {
				return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
			}
		}
	}

	private static List<String> names(JarFile jar) {
		return Collections.list(jar.entries()).stream().map(ZipEntry::getName).toList();
	}

}
