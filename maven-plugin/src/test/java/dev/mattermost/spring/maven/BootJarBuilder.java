package dev.mattermost.spring.maven;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import dev.mattermost.spring.maven.fixture.FixtureApplication;
import dev.mattermost.spring.maven.fixture.FixtureLibrary;

/**
 * Builds small jars laid out as spring-boot-maven-plugin's repackage goal lays them out, for tests.
 */
final class BootJarBuilder {

	static final String START_CLASS = FixtureApplication.class.getName();

	static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2026, 3, 4, 5, 6, 8);

	private final Map<String, byte[]> classes = new LinkedHashMap<>();

	private final Map<String, byte[]> libraries = new LinkedHashMap<>();

	private final List<String> index = new ArrayList<>();

	private final Map<String, String> manifest = new LinkedHashMap<>();

	private boolean writeIndex = true;

	BootJarBuilder() {
		this.manifest.put("Main-Class", "org.springframework.boot.loader.launch.JarLauncher");
		this.manifest.put("Start-Class", START_CLASS);
		this.manifest.put("Spring-Boot-Version", "4.1.0");
		this.manifest.put("Spring-Boot-Classes", "BOOT-INF/classes/");
		this.manifest.put("Spring-Boot-Lib", "BOOT-INF/lib/");
		this.manifest.put("Spring-Boot-Classpath-Index", "BOOT-INF/classpath.idx");
		this.manifest.put("Build-Jdk-Spec", "17");
		classFile(FixtureApplication.class);
	}

	/** A Boot jar whose application and library classes really run. */
	static BootJarBuilder runnable() {
		return new BootJarBuilder().library("fixture-library-1.0.jar", jar(Map.of(entryName(FixtureLibrary.class),
				classBytes(FixtureLibrary.class))));
	}

	/** A Boot jar whose main class is the given fixture, which it also holds. */
	BootJarBuilder startClass(Class<?> type) {
		this.manifest.put("Start-Class", type.getName());
		return classFile(type);
	}

	BootJarBuilder classFile(Class<?> type) {
		return resource(entryName(type), classBytes(type));
	}

	BootJarBuilder resource(String name, byte[] content) {
		this.classes.put(name, content);
		return this;
	}

	BootJarBuilder resource(String name, String content) {
		return resource(name, content.getBytes(StandardCharsets.ISO_8859_1));
	}

	BootJarBuilder aotInitializer() {
		return resource(START_CLASS.replace('.', '/') + "__ApplicationContextInitializer.class", new byte[] { 1, 2 });
	}

	BootJarBuilder library(String name, byte[] content) {
		this.libraries.put(name, content);
		this.index.add(name);
		return this;
	}

	BootJarBuilder unindexedLibrary(String name, byte[] content) {
		this.libraries.put(name, content);
		return this;
	}

	BootJarBuilder indexOrder(String... names) {
		this.index.clear();
		this.index.addAll(List.of(names));
		return this;
	}

	BootJarBuilder withoutIndex() {
		this.writeIndex = false;
		return this;
	}

	BootJarBuilder manifest(String key, String value) {
		if (value == null) {
			this.manifest.remove(key);
		}
		else {
			this.manifest.put(key, value);
		}
		return this;
	}

	Path write(Path file) {
		try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
			put(zip, "META-INF/", null);
			Manifest manifest = new Manifest();
			manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
			this.manifest.forEach((key, value) -> manifest.getMainAttributes().putValue(key, value));
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			manifest.write(bytes);
			put(zip, JarFile.MANIFEST_NAME, bytes.toByteArray());
			put(zip, "META-INF/services/java.nio.file.spi.FileSystemProvider",
					"org.springframework.boot.loader.nio.file.NestedFileSystemProvider\n".getBytes(StandardCharsets.UTF_8));
			put(zip, "org/springframework/boot/loader/launch/JarLauncher.class", new byte[] { 9 });
			put(zip, "BOOT-INF/", null);
			put(zip, BootJar.CLASSES, null);
			List<String> directories = new ArrayList<>();
			for (Map.Entry<String, byte[]> entry : this.classes.entrySet()) {
				String name = entry.getKey();
				for (int slash = name.indexOf('/'); slash > 0; slash = name.indexOf('/', slash + 1)) {
					String directory = name.substring(0, slash + 1);
					if (!directories.contains(directory)) {
						directories.add(directory);
						put(zip, BootJar.CLASSES + directory, null);
					}
				}
				put(zip, BootJar.CLASSES + name, entry.getValue());
			}
			put(zip, BootJar.LIB, null);
			for (Map.Entry<String, byte[]> library : this.libraries.entrySet()) {
				stored(zip, BootJar.LIB + library.getKey(), library.getValue());
			}
			if (this.writeIndex) {
				StringBuilder idx = new StringBuilder();
				this.index.forEach((name) -> idx.append("- \"BOOT-INF/lib/").append(name).append("\"\n"));
				put(zip, "BOOT-INF/classpath.idx", idx.toString().getBytes(StandardCharsets.UTF_8));
			}
			put(zip, "META-INF/maven/dev.example/app/pom.properties", "version=1.0\n".getBytes(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return file;
	}

	private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
		ZipEntry entry = new ZipEntry(name);
		entry.setTimeLocal(ENTRY_TIME);
		zip.putNextEntry(entry);
		if (content != null) {
			zip.write(content);
		}
		zip.closeEntry();
	}

	// Boot stores nested jars uncompressed.
	private static void stored(ZipOutputStream zip, String name, byte[] content) throws IOException {
		ZipEntry entry = new ZipEntry(name);
		entry.setTimeLocal(ENTRY_TIME);
		entry.setMethod(ZipEntry.STORED);
		entry.setSize(content.length);
		CRC32 crc = new CRC32();
		crc.update(content);
		entry.setCrc(crc.getValue());
		zip.putNextEntry(entry);
		zip.write(content);
		zip.closeEntry();
	}

	/** A plain jar with the given entries. */
	static byte[] jar(Map<String, byte[]> entries) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
				put(zip, entry.getKey(), entry.getValue());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	static String entryName(Class<?> type) {
		return type.getName().replace('.', '/') + ".class";
	}

	static byte[] classBytes(Class<?> type) {
		try (InputStream in = type.getResourceAsStream("/" + entryName(type))) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
