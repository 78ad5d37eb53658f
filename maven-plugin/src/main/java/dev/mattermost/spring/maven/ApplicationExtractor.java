package dev.mattermost.spring.maven;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Turns a Boot executable jar into a plain application jar with its dependency jars beside it in {@code lib/}, so that
 * a plain {@code java -jar} starts the application without Boot's nested-jar launcher, which is what makes the fat
 * jar slow to start.
 */
final class ApplicationExtractor {

	static final String AOT_PROPERTY = "spring.aot.enabled";

	static final String SPRING_PROPERTIES = "spring.properties";

	private static final String AOT_INITIALIZER_SUFFIX = "__ApplicationContextInitializer.class";

	// Only useful with the fat jar's -Djarmode=tools; nothing on the extracted class path uses it.
	private static final String JARMODE_PREFIX = "spring-boot-jarmode-";

	// Build metadata (pom.properties, pom.xml) is the only part of the fat jar's own META-INF worth keeping.
	private static final String MAVEN_METADATA = "META-INF/maven/";

	private final AotMode aotMode;

	private final LocalDateTime entryTime;

	/**
	 * Creates an extractor.
	 * @param aotMode whether Spring AOT may be turned on
	 * @param timestamp the time of the entries this extractor writes itself (copied entries keep theirs)
	 */
	ApplicationExtractor(AotMode aotMode, Instant timestamp) {
		this.aotMode = aotMode;
		this.entryTime = LocalDateTime.ofInstant(timestamp, ZoneOffset.UTC);
	}

	/**
	 * Writes the application jar and its {@code lib/} directory.
	 * @param boot the Boot executable jar
	 * @param directory the directory to write to; it must be empty or not exist
	 * @param jarName the file name of the application jar
	 * @return what was written
	 * @throws IOException if reading or writing fails
	 */
	ExtractedApplication extract(BootJar boot, Path directory, String jarName) throws IOException {
		Path lib = directory.resolve("lib");
		Files.createDirectories(lib);
		List<String> classPath = new ArrayList<>();
		List<Path> libraries = new ArrayList<>();
		for (String name : boot.libraries()) {
			if (name.startsWith(JARMODE_PREFIX)) {
				continue;
			}
			Path target = lib.resolve(name);
			try (InputStream in = boot.open(BootJar.LIB + name)) {
				Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
			}
			libraries.add(target);
			classPath.add(classPathEntry(name));
		}
		Aot aot = aot(boot);
		Path jar = directory.resolve(jarName);
		try (OutputStream file = Files.newOutputStream(jar); ZipOutputStream out = new ZipOutputStream(file)) {
			Set<String> written = new HashSet<>();
			putDirectory(out, "META-INF/", written);
			putEntry(out, JarFile.MANIFEST_NAME, written);
			manifest(boot, classPath).write(out);
			out.closeEntry();
			byte[] springProperties = null;
			for (ZipEntry entry : boot.entries()) {
				String name = applicationEntryName(entry.getName());
				if (name == null || name.isEmpty() || name.equalsIgnoreCase(JarFile.MANIFEST_NAME)) {
					continue;
				}
				if (name.equals(SPRING_PROPERTIES)) {
					try (InputStream in = boot.open(entry)) {
						springProperties = in.readAllBytes();
					}
					continue;
				}
				if (!written.add(name)) {
					continue;
				}
				ZipEntry copy = new ZipEntry(name);
				copy.setTimeLocal(entry.getTimeLocal());
				out.putNextEntry(copy);
				if (!entry.isDirectory()) {
					try (InputStream in = boot.open(entry)) {
						in.transferTo(out);
					}
				}
				out.closeEntry();
			}
			byte[] merged = springProperties(springProperties, aot);
			if (merged != null) {
				putEntry(out, SPRING_PROPERTIES, written);
				out.write(merged);
				out.closeEntry();
			}
		}
		return new ExtractedApplication(jar, List.copyOf(libraries), aot);
	}

	// The application jar holds BOOT-INF/classes/** at its root and the fat jar's Maven metadata; nothing else.
	private static String applicationEntryName(String name) {
		if (name.startsWith(BootJar.CLASSES)) {
			return name.substring(BootJar.CLASSES.length());
		}
		if (name.startsWith(MAVEN_METADATA)) {
			return name;
		}
		return null;
	}

	private Aot aot(BootJar boot) throws IOException {
		if (this.aotMode == AotMode.FALSE) {
			return Aot.OFF;
		}
		String initializer = BootJar.CLASSES + boot.startClass().replace('.', '/') + AOT_INITIALIZER_SUFFIX;
		if (!boot.contains(initializer)) {
			return Aot.NOT_PROCESSED;
		}
		String existing = BootJar.CLASSES + SPRING_PROPERTIES;
		if (boot.contains(existing)) {
			Properties properties = new Properties();
			try (InputStream in = boot.open(existing)) {
				properties.load(in);
			}
			if (properties.containsKey(AOT_PROPERTY)) {
				return Aot.SET_BY_APPLICATION;
			}
		}
		return Aot.ENABLED;
	}

	// The application's own spring.properties is kept; turning AOT on adds one line to it (or makes the file).
	private static byte[] springProperties(byte[] existing, Aot aot) {
		if (aot != Aot.ENABLED) {
			return existing;
		}
		StringBuilder text = new StringBuilder();
		if (existing != null && existing.length > 0) {
			text.append(new String(existing, StandardCharsets.ISO_8859_1));
			if (text.charAt(text.length() - 1) != '\n') {
				text.append('\n');
			}
		}
		text.append("# Spring AOT ran at build time (process-aot): use its generated initializers\n");
		text.append(AOT_PROPERTY).append("=true\n");
		return text.toString().getBytes(StandardCharsets.ISO_8859_1);
	}

	private static Manifest manifest(BootJar boot, List<String> classPath) {
		Manifest manifest = new Manifest();
		Attributes attributes = manifest.getMainAttributes();
		attributes.put(Attributes.Name.MANIFEST_VERSION, "1.0");
		for (Map.Entry<Object, Object> attribute : boot.manifest().getMainAttributes().entrySet()) {
			Attributes.Name name = (Attributes.Name) attribute.getKey();
			if (!BootJar.isBootLauncherAttribute(name) && !name.equals(Attributes.Name.MANIFEST_VERSION)) {
				attributes.put(name, attribute.getValue());
			}
		}
		attributes.put(Attributes.Name.MAIN_CLASS, boot.startClass());
		if (!classPath.isEmpty()) {
			attributes.put(Attributes.Name.CLASS_PATH, String.join(" ", classPath));
		}
		return manifest;
	}

	// Class-Path holds relative URLs separated by spaces, so a space in a jar name has to be escaped.
	private static String classPathEntry(String jarName) {
		try {
			return new URI(null, null, "lib/" + jarName, null).getRawPath();
		}
		catch (URISyntaxException ex) {
			throw new BundleException("Cannot put the dependency '" + jarName + "' on a manifest Class-Path: "
					+ ex.getMessage(), ex);
		}
	}

	private void putDirectory(ZipOutputStream out, String name, Set<String> written) throws IOException {
		putEntry(out, name, written);
		out.closeEntry();
	}

	private void putEntry(ZipOutputStream out, String name, Set<String> written) throws IOException {
		written.add(name);
		ZipEntry entry = new ZipEntry(name);
		entry.setTimeLocal(this.entryTime);
		out.putNextEntry(entry);
	}

	/** What became of Spring AOT in the application jar. */
	enum Aot {

		/** The Boot jar holds AOT's generated classes, so {@code spring.aot.enabled=true} was written. */
		ENABLED,

		/** The application's own {@code spring.properties} sets {@code spring.aot.enabled}; it was left alone. */
		SET_BY_APPLICATION,

		/** The Boot jar has no AOT-generated initializer for its main class ({@code process-aot} did not run). */
		NOT_PROCESSED,

		/** Turned off by configuration. */
		OFF

	}

	/**
	 * The application jar and its dependencies.
	 *
	 * @param jar the application jar
	 * @param libraries the dependency jars, in class path order
	 * @param aot what became of Spring AOT
	 */
	record ExtractedApplication(Path jar, List<Path> libraries, Aot aot) {
	}

}
