package dev.mattermost.spring.maven;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a property in an application's {@code application.properties} or {@code application.yml}, so the bundle can
 * take the plugin id from where the application already declares it ({@code mattermost.plugin.id}).
 */
final class ApplicationProperties {

	static final String PLUGIN_ID = "mattermost.plugin.id";

	private static final List<String> FILES = List.of("application.properties", "application.yml", "application.yaml");

	private static final Pattern YAML_KEY = Pattern.compile("^( *)([^\\s#:'\"-][^:#]*?|'[^']*'|\"[^\"]*\")\\s*:(?:\\s+(.*))?$");

	private ApplicationProperties() {
	}

	/**
	 * Looks a property up in the first of the resource directories that has a value for it.
	 * @param resourceDirectories the application's resource directories, in order
	 * @param key the property
	 * @return the value, if some file sets it
	 */
	static Optional<String> find(List<Path> resourceDirectories, String key) {
		for (Path directory : resourceDirectories) {
			for (String name : FILES) {
				Path file = directory.resolve(name);
				if (Files.isRegularFile(file)) {
					Optional<String> value = name.endsWith(".properties") ? fromProperties(file, key)
							: fromYaml(file, key);
					if (value.isPresent()) {
						return value;
					}
				}
			}
		}
		return Optional.empty();
	}

	private static Optional<String> fromProperties(Path file, String key) {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
			properties.load(reader);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + file, ex);
		}
		return nonBlank(properties.getProperty(key));
	}

	// Enough YAML for configuration files: nested or dotted keys with scalar values, in the first document.
	static Optional<String> fromYaml(Path file, String key) {
		List<String> lines;
		try {
			lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + file, ex);
		}
		Deque<Integer> indents = new ArrayDeque<>();
		Deque<String> path = new ArrayDeque<>();
		boolean content = false;
		for (String line : lines) {
			if (line.startsWith("---") || line.startsWith("...")) {
				if (content) {
					break;
				}
				continue;
			}
			Matcher matcher = YAML_KEY.matcher(line);
			if (line.isBlank() || line.trim().startsWith("#") || !matcher.matches()) {
				continue;
			}
			content = true;
			int indent = matcher.group(1).length();
			while (!indents.isEmpty() && indents.peek() >= indent) {
				indents.pop();
				path.pop();
			}
			String name = unquote(matcher.group(2).trim());
			String value = matcher.group(3);
			List<String> parents = new ArrayList<>(path);
			Collections.reverse(parents);
			String full = parents.isEmpty() ? name : String.join(".", parents) + "." + name;
			if (value != null && !value.isBlank() && !value.trim().startsWith("#")) {
				if (full.equals(key)) {
					return nonBlank(unquote(stripComment(value.trim())));
				}
			}
			else {
				indents.push(indent);
				path.push(name);
			}
		}
		return Optional.empty();
	}

	// A quoted scalar ends at its closing quote; a plain one at a " #" comment.
	private static String stripComment(String value) {
		char first = value.charAt(0);
		if (first == '\'' || first == '"') {
			int end = value.indexOf(first, 1);
			return (end > 0) ? value.substring(0, end + 1) : value;
		}
		int comment = value.indexOf(" #");
		return (comment >= 0) ? value.substring(0, comment).trim() : value;
	}

	private static String unquote(String value) {
		if (value.length() >= 2 && (value.startsWith("'") && value.endsWith("'")
				|| value.startsWith("\"") && value.endsWith("\""))) {
			return value.substring(1, value.length() - 1);
		}
		return value;
	}

	private static Optional<String> nonBlank(String value) {
		return (value != null && !value.isBlank()) ? Optional.of(value.trim()) : Optional.empty();
	}

}
