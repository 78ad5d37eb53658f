package dev.mattermost.spring.maven;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code server/plugin.py} launcher: the script Mattermost runs with {@code python3}, which replaces itself with
 * {@code java -jar} on the application jar.
 */
final class LauncherScript {

	private static final String TEMPLATE = "plugin.py";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private LauncherScript() {
	}

	/**
	 * Renders the script.
	 * @param applicationJar the application jar's path relative to the script's directory, with {@code /}
	 * @param jvmArguments the JVM options put before {@code -jar}
	 * @param java the java executable to use when {@code MATTERMOST_PLUGIN_JAVA} is not set, or {@code null} to find
	 * it through {@code JAVA_HOME} and {@code PATH}
	 * @return the script's text
	 */
	static String render(String applicationJar, List<String> jvmArguments, String java) {
		// A JSON string or array of strings is also a valid Python literal.
		return template().replace("@APP_JAR@", JSON.writeValueAsString(applicationJar))
			.replace("@JVM_ARGUMENTS@", JSON.writeValueAsString(List.copyOf(jvmArguments)))
			.replace("@JAVA@", (java != null && !java.isBlank()) ? JSON.writeValueAsString(java.trim()) : "None");
	}

	private static String template() {
		try (InputStream in = LauncherScript.class.getResourceAsStream(TEMPLATE)) {
			if (in == null) {
				throw new IllegalStateException(TEMPLATE + " is missing from the plugin's own jar");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
