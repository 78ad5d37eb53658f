package dev.mattermost.spring.maven;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A Spring Boot executable jar as {@code spring-boot-maven-plugin:repackage} writes it: the application's own classes
 * under {@code BOOT-INF/classes/}, its dependencies under {@code BOOT-INF/lib/} and the order of the class path in
 * {@code BOOT-INF/classpath.idx}.
 */
final class BootJar implements AutoCloseable {

	static final String CLASSES = "BOOT-INF/classes/";

	static final String LIB = "BOOT-INF/lib/";

	private static final String CLASSPATH_INDEX = "BOOT-INF/classpath.idx";

	private final Path path;

	private final ZipFile zip;

	private final Manifest manifest;

	private final String startClass;

	private final List<String> libraries;

	private BootJar(Path path, ZipFile zip, Manifest manifest, String startClass, List<String> libraries) {
		this.path = path;
		this.zip = zip;
		this.manifest = manifest;
		this.startClass = startClass;
		this.libraries = libraries;
	}

	/**
	 * Opens a Boot executable jar.
	 * @param path the jar
	 * @return the opened jar, to be closed
	 * @throws BundleException if the file is missing or not a Boot executable jar
	 */
	static BootJar open(Path path) {
		if (!Files.isRegularFile(path)) {
			throw new BundleException(path + " does not exist. The bundle is made from the Spring Boot executable jar: "
					+ "run spring-boot-maven-plugin's repackage goal first (declare the bundle execution after the "
					+ "repackage one, both in the package phase).");
		}
		ZipFile zip;
		try {
			zip = new ZipFile(path.toFile());
		}
		catch (IOException ex) {
			throw new BundleException(path + " is not a readable jar: " + ex.getMessage(), ex);
		}
		try {
			Manifest manifest = readManifest(zip);
			String startClass = (manifest != null) ? manifest.getMainAttributes().getValue("Start-Class") : null;
			if (startClass == null || startClass.isBlank() || !hasEntryUnder(zip, CLASSES)) {
				throw new BundleException(path + " is not a Spring Boot executable jar (no Start-Class in its manifest or "
						+ "no " + CLASSES + "): run spring-boot-maven-plugin's repackage goal before the bundle goal "
						+ "(declare the bundle execution after the repackage one, both in the package phase).");
			}
			return new BootJar(path, zip, manifest, startClass.trim(), libraries(zip));
		}
		catch (IOException ex) {
			closeQuietly(zip);
			throw new UncheckedIOException("Cannot read " + path, ex);
		}
		catch (RuntimeException ex) {
			closeQuietly(zip);
			throw ex;
		}
	}

	private static Manifest readManifest(ZipFile zip) throws IOException {
		ZipEntry entry = zip.getEntry(JarFile.MANIFEST_NAME);
		if (entry == null) {
			return null;
		}
		try (InputStream in = zip.getInputStream(entry)) {
			return new Manifest(in);
		}
	}

	private static boolean hasEntryUnder(ZipFile zip, String prefix) {
		return zip.stream().anyMatch((entry) -> entry.getName().startsWith(prefix));
	}

	// classpath.idx fixes the order; a jar it does not list (an older Boot, a hand-made jar) goes last, in entry order.
	private static List<String> libraries(ZipFile zip) throws IOException {
		Set<String> inJar = new LinkedHashSet<>();
		zip.stream()
			.map(ZipEntry::getName)
			.filter((name) -> name.startsWith(LIB) && name.endsWith(".jar") && name.indexOf('/', LIB.length()) < 0)
			.forEach((name) -> inJar.add(name.substring(LIB.length())));
		Set<String> ordered = new LinkedHashSet<>();
		ZipEntry index = zip.getEntry(CLASSPATH_INDEX);
		if (index != null) {
			try (InputStream in = zip.getInputStream(index)) {
				for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
					String name = indexedName(line);
					if (name != null && inJar.contains(name)) {
						ordered.add(name);
					}
				}
			}
		}
		ordered.addAll(inJar);
		return List.copyOf(ordered);
	}

	// Lines look like: - "BOOT-INF/lib/spring-core-7.0.0.jar"
	private static String indexedName(String line) {
		String trimmed = line.trim();
		if (!trimmed.startsWith("- ")) {
			return null;
		}
		String value = trimmed.substring(2).trim();
		if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
			value = value.substring(1, value.length() - 1);
		}
		return value.startsWith(LIB) ? value.substring(LIB.length()) : null;
	}

	Path path() {
		return this.path;
	}

	/** The main attributes and sections of the jar's manifest. */
	Manifest manifest() {
		return new Manifest(this.manifest);
	}

	/** The application's main class, from the manifest's {@code Start-Class}. */
	String startClass() {
		return this.startClass;
	}

	/** The file names of the dependency jars in class path order. */
	List<String> libraries() {
		return this.libraries;
	}

	/** The entries of the jar, in the order they were written. */
	List<ZipEntry> entries() {
		List<ZipEntry> entries = new ArrayList<>(this.zip.size());
		this.zip.stream().forEach(entries::add);
		return Collections.unmodifiableList(entries);
	}

	boolean contains(String name) {
		return this.zip.getEntry(name) != null;
	}

	InputStream open(ZipEntry entry) throws IOException {
		return this.zip.getInputStream(entry);
	}

	InputStream open(String name) throws IOException {
		ZipEntry entry = this.zip.getEntry(name);
		if (entry == null) {
			throw new IOException(name + " is not in " + this.path);
		}
		return this.zip.getInputStream(entry);
	}

	@Override
	public void close() throws IOException {
		this.zip.close();
	}

	private static void closeQuietly(ZipFile zip) {
		try {
			zip.close();
		}
		catch (IOException ex) {
			// already failing with a better message
		}
	}

	/** Whether a manifest key is one of Boot's launcher keys, which mean nothing to a plain {@code java -jar}. */
	static boolean isBootLauncherAttribute(Attributes.Name name) {
		String key = name.toString();
		return key.equalsIgnoreCase("Main-Class") || key.equalsIgnoreCase("Start-Class")
				|| key.equalsIgnoreCase("Class-Path") || key.regionMatches(true, 0, "Spring-Boot-", 0, 12);
	}

}
