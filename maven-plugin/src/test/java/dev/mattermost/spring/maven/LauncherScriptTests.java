package dev.mattermost.spring.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Runs the launcher with python3 the way the server does ({@code python3 server/plugin.py} in the plugin directory)
 * against a fake {@code java} that records how it was started.
 */
class LauncherScriptTests {

	private static final String HCLOG_TIMESTAMP = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}Z";

	private static String python;

	@TempDir
	Path directory;

	private Path plugin;

	private Path fakes;

	@BeforeAll
	static void findPython() throws Exception {
		try {
			// The interpreter itself, not a shim, so the tests can run it with an empty PATH.
			Process process = new ProcessBuilder("python3", "-c", "import sys; print(sys.executable)").start();
			String executable = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
			python = (process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0 && !executable.isEmpty())
					? executable : null;
		}
		catch (IOException ex) {
			python = null;
		}
	}

	@BeforeEach
	void createBundle() throws IOException {
		assumeTrue(python != null, "python3 is not installed");
		this.plugin = Files.createDirectories(this.directory.resolve("plugins/com.example.demo"));
		Files.createDirectories(this.plugin.resolve("server/app"));
		Files.write(this.plugin.resolve("server/app/demo.jar"), new byte[] { 1 });
		this.fakes = Files.createDirectories(this.directory.resolve("fakes"));
	}

	@Test
	void replacesItselfWithJavaRunningTheApplicationJarWithTheJvmArguments() throws Exception {
		Path java = fakeJava(this.fakes.resolve("java"));
		writeLauncher(List.of("-Xmx64m", "-Dgreeting=\"hi there\"", "-Dpath=C:\\temp"), null);
		Run run = run(Map.of("MATTERMOST_PLUGIN_JAVA", java.toString()));
		assertThat(run.exitCode()).as(run.stderr()).isZero();
		// the JVM's own warnings go to stderr: on stdout they would come before the handshake
		assertThat(recordedArguments()).containsExactly(java.toString(), "-Xlog:disable", "-Xlog:all=warning:stderr",
				"-Xmx64m", "-Dgreeting=\"hi there\"",
				"-Dpath=C:\\temp", "-jar", this.plugin.resolve("server/app/demo.jar").toString());
		assertThat(recordedPid()).as("java runs in the launcher's own process").isEqualTo(run.pid());
		assertThat(run.stdout()).isEmpty();
		assertThat(run.stderr()).isEmpty();
	}

	@Test
	void writesNothingIntoThePluginDirectory() throws Exception {
		Path java = fakeJava(this.fakes.resolve("java"));
		writeLauncher(List.of(), null);
		List<Path> before = files(this.plugin);
		run(Map.of("MATTERMOST_PLUGIN_JAVA", java.toString()));
		assertThat(files(this.plugin)).isEqualTo(before);
	}

	@Test
	void usesJavaHomeWhenNothingElseIsConfigured() throws Exception {
		Path javaHome = this.directory.resolve("jdk");
		Path java = fakeJava(Files.createDirectories(javaHome.resolve("bin")).resolve("java"));
		fakeJava(this.fakes.resolve("java"));
		writeLauncher(List.of(), null);
		Run run = run(Map.of("JAVA_HOME", javaHome.toString(), "PATH", this.fakes.toString()));
		assertThat(run.exitCode()).as(run.stderr()).isZero();
		assertThat(recordedArguments(java)).first().isEqualTo(java.toString());
	}

	@Test
	void findsJavaOnThePathWithoutJavaHome() throws Exception {
		Path java = fakeJava(this.fakes.resolve("java"));
		writeLauncher(List.of(), null);
		Run run = run(Map.of("PATH", this.fakes.toString()));
		assertThat(run.exitCode()).as(run.stderr()).isZero();
		assertThat(recordedArguments()).first().isEqualTo(java.toString());
	}

	@Test
	void prefersTheEnvironmentOverrideToTheJavaChosenAtBuildTime() throws Exception {
		Path baked = fakeJava(Files.createDirectories(this.directory.resolve("baked")).resolve("java"));
		Path override = fakeJava(this.fakes.resolve("java"));
		writeLauncher(List.of(), baked.toString());
		run(Map.of("MATTERMOST_PLUGIN_JAVA", override.toString()));
		assertThat(recordedArguments(override)).first().isEqualTo(override.toString());
		Run withoutOverride = run(Map.of());
		assertThat(withoutOverride.exitCode()).as(withoutOverride.stderr()).isZero();
		assertThat(recordedArguments(baked)).first().isEqualTo(baked.toString());
	}

	@Test
	void reportsMissingJavaAsOneHclogErrorLineAndPrintsNothingOnStdout() throws Exception {
		writeLauncher(List.of(), null);
		Run run = run(Map.of("PATH", Files.createDirectories(this.directory.resolve("empty")).toString()));
		assertThat(run.exitCode()).isEqualTo(1);
		assertThat(run.stdout()).isEmpty();
		JsonNode line = singleJsonLine(run.stderr());
		assertThat(line.get("@level").asString()).isEqualTo("error");
		assertThat(line.get("@message").asString()).contains("no Java found", "JAVA_HOME is not set",
				"MATTERMOST_PLUGIN_JAVA");
		assertThat(line.get("@timestamp").asString()).matches(HCLOG_TIMESTAMP);
	}

	@Test
	void reportsAnOverrideThatIsNotAnExecutable() throws Exception {
		writeLauncher(List.of(), null);
		Run run = run(Map.of("MATTERMOST_PLUGIN_JAVA", "/nowhere/bin/java"));
		assertThat(run.exitCode()).isEqualTo(1);
		assertThat(run.stdout()).isEmpty();
		assertThat(singleJsonLine(run.stderr()).get("@message").asString())
			.isEqualTo("MATTERMOST_PLUGIN_JAVA names '/nowhere/bin/java', which is not an executable file");
	}

	@Test
	void reportsAMissingApplicationJar() throws Exception {
		Path java = fakeJava(this.fakes.resolve("java"));
		writeLauncher(List.of(), null);
		Files.delete(this.plugin.resolve("server/app/demo.jar"));
		Run run = run(Map.of("MATTERMOST_PLUGIN_JAVA", java.toString()));
		assertThat(run.exitCode()).isEqualTo(1);
		assertThat(run.stdout()).isEmpty();
		assertThat(singleJsonLine(run.stderr()).get("@message").asString()).contains("demo.jar is missing");
	}

	@Test
	void rendersJavaAsPythonNoneWhenNotConfigured() {
		assertThat(LauncherScript.render("app/a.jar", List.of(), null)).contains("\nJAVA = None\n")
			.contains("\nAPP_JAR = \"app/a.jar\"\n")
			.contains("\nJVM_ARGUMENTS = []\n")
			.startsWith("#!/usr/bin/env python3\n");
		assertThat(LauncherScript.render("app/a.jar", List.of("-Xss1m"), "/opt/jdk/bin/java"))
			.contains("\nJAVA = \"/opt/jdk/bin/java\"\n")
			.contains("\nJVM_ARGUMENTS = [\"-Xss1m\"]\n");
	}

	private void writeLauncher(List<String> jvmArguments, String java) throws IOException {
		Files.writeString(this.plugin.resolve("server/plugin.py"), LauncherScript.render("app/demo.jar",
				jvmArguments, java));
	}

	// Records its PID and arguments beside itself; only shell built-ins, so it runs with any PATH.
	private static Path fakeJava(Path file) throws IOException {
		Files.writeString(file, """
				#!/bin/sh
				here="${0%/*}"
				echo $$ > "$here/pid"
				: > "$here/args"
				for argument in "$0" "$@"; do printf '%s\\n' "$argument" >> "$here/args"; done
				""");
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
		return file;
	}

	private Run run(Map<String, String> environment) throws Exception {
		ProcessBuilder builder = new ProcessBuilder(python, "server/plugin.py").directory(this.plugin.toFile());
		builder.environment().remove("MATTERMOST_PLUGIN_JAVA");
		builder.environment().remove("JAVA_HOME");
		builder.environment().putAll(environment);
		Process process = builder.start();
		process.getOutputStream().close();
		byte[] stdout = process.getInputStream().readAllBytes();
		byte[] stderr = process.getErrorStream().readAllBytes();
		assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
		return new Run(process.pid(), process.exitValue(), new String(stdout, StandardCharsets.UTF_8),
				new String(stderr, StandardCharsets.UTF_8));
	}

	private List<String> recordedArguments() throws IOException {
		return recordedArguments(this.fakes.resolve("java"));
	}

	private static List<String> recordedArguments(Path java) throws IOException {
		return Files.readAllLines(java.resolveSibling("args"));
	}

	private long recordedPid() throws IOException {
		return Long.parseLong(Files.readString(this.fakes.resolve("pid")).strip());
	}

	private static JsonNode singleJsonLine(String stderr) {
		assertThat(stderr).endsWith("\n");
		assertThat(stderr.strip().lines()).hasSize(1);
		assertThat(stderr).startsWith("{\"@level\":");
		return JsonMapper.builder().build().readTree(stderr);
	}

	private static List<Path> files(Path directory) throws IOException {
		try (Stream<Path> walk = Files.walk(directory)) {
			return walk.sorted().toList();
		}
	}

	private record Run(long pid, int exitCode, String stdout, String stderr) {
	}

}
