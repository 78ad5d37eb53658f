package dev.mattermost.spring.maven;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class TarGzWriterTests {

	private static final Instant TIME = Instant.parse("2026-05-06T07:08:09Z");

	// 40 + 1 + 90 + 1 + 60 bytes: too long for the name field alone, splits into ustar prefix and name
	private static final String PREFIXED = "p".repeat(40) + "/" + "q".repeat(90) + "/" + "r".repeat(60) + ".jar";

	// one path segment longer than ustar's 100-byte name field: needs GNU's long-name entry
	private static final String LONG = "plugin/server/app/lib/" + "a-very-long-dependency-name-".repeat(8) + "1.0.jar";

	@TempDir
	Path directory;

	@Test
	void writesDirectoriesAndFilesWithTheirModesSizesAndOneTime() throws IOException {
		Path archive = sample("a.tar.gz");
		List<TarArchiveEntry> entries = read(archive);
		assertThat(entries).extracting(TarArchiveEntry::getName)
			.containsExactly("plugin/", "plugin/plugin.json", "plugin/server/", "plugin/server/plugin.py", PREFIXED,
					LONG, "plugin/empty.txt");
		assertThat(entries.get(0).isDirectory()).isTrue();
		assertThat(entries.get(0).getMode() & 07777).isEqualTo(0755);
		assertThat(entries.get(1).getMode() & 07777).isEqualTo(0644);
		assertThat(entries.get(1).getSize()).isEqualTo(13);
		assertThat(entries.get(3).getMode() & 07777).isEqualTo(0755);
		assertThat(entries.get(5).getSize()).isEqualTo(1000);
		assertThat(entries.get(6).getSize()).isZero();
		assertThat(entries).allSatisfy((entry) -> {
			assertThat(entry.getModTime().toInstant()).isEqualTo(TIME);
			assertThat(entry.getLongUserId()).isZero();
			assertThat(entry.getLongGroupId()).isZero();
		});
	}

	@Test
	void keepsFileContentsIntactAcrossBlockPadding() throws IOException {
		Path archive = sample("a.tar.gz");
		try (TarArchiveInputStream tar = open(archive)) {
			TarArchiveEntry entry;
			while ((entry = tar.getNextEntry()) != null) {
				byte[] content = tar.readAllBytes();
				if (entry.getName().equals("plugin/plugin.json")) {
					assertThat(new String(content, StandardCharsets.UTF_8)).isEqualTo("{\"id\":\"abc\"}\n");
				}
				if (entry.getName().equals(LONG)) {
					assertThat(content).hasSize(1000).containsOnly((byte) 7);
				}
			}
		}
	}

	@Test
	void writesIdenticalBytesForTheSameInput() throws IOException {
		Path first = sample("first.tar.gz");
		Path second = sample("second.tar.gz");
		assertThat(Files.mismatch(first, second)).isEqualTo(-1);
	}

	@Test
	void gnuTarListsTheSameEntriesModesAndSizes() throws Exception {
		assumeTrue(gnuTarAvailable(), "GNU tar is not installed");
		Path archive = sample("a.tar.gz");
		Process process = new ProcessBuilder("tar", "--numeric-owner", "-tzvf", archive.toString())
			.redirectErrorStream(true)
			.start();
		String listing = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).as(listing).isZero();
		List<String> fromTar = new ArrayList<>();
		for (String line : listing.strip().split("\n")) {
			// -rw-r--r-- 0/0  13 2026-05-06 07:08 plugin/plugin.json
			String[] fields = line.trim().split("\\s+", 6);
			fromTar.add(fields[0] + " " + fields[1] + " " + fields[2] + " " + fields[5]);
		}
		List<String> fromJava = new ArrayList<>();
		for (TarArchiveEntry entry : read(archive)) {
			fromJava.add(permissions(entry) + " " + entry.getLongUserId() + "/" + entry.getLongGroupId() + " "
					+ entry.getSize() + " " + entry.getName());
		}
		assertThat(fromTar).isEqualTo(fromJava);
	}

	private Path sample(String name) throws IOException {
		Path source = this.directory.resolve("big.bin");
		Files.write(source, filled(1000, (byte) 7));
		Path archive = this.directory.resolve(name);
		try (TarGzWriter tar = new TarGzWriter(Files.newOutputStream(archive), TIME)) {
			tar.directory("plugin");
			tar.file("plugin/plugin.json", TarGzWriter.FILE_MODE, "{\"id\":\"abc\"}\n".getBytes(StandardCharsets.UTF_8));
			tar.directory("plugin/server/");
			tar.file("plugin/server/plugin.py", TarGzWriter.EXECUTABLE_MODE, "#!/usr/bin/env python3\n".getBytes());
			tar.file(PREFIXED, TarGzWriter.FILE_MODE, new byte[] { 1, 2, 3 });
			tar.file(LONG, TarGzWriter.FILE_MODE, source);
			tar.file("plugin/empty.txt", TarGzWriter.FILE_MODE, new byte[0]);
		}
		return archive;
	}

	private static byte[] filled(int size, byte value) {
		byte[] bytes = new byte[size];
		Arrays.fill(bytes, value);
		return bytes;
	}

	static List<TarArchiveEntry> read(Path archive) throws IOException {
		List<TarArchiveEntry> entries = new ArrayList<>();
		try (TarArchiveInputStream tar = open(archive)) {
			TarArchiveEntry entry;
			while ((entry = tar.getNextEntry()) != null) {
				entries.add(entry);
			}
		}
		return entries;
	}

	static TarArchiveInputStream open(Path archive) throws IOException {
		InputStream in = new GZIPInputStream(new BufferedInputStream(Files.newInputStream(archive)));
		return new TarArchiveInputStream(in);
	}

	private static String permissions(TarArchiveEntry entry) {
		StringBuilder text = new StringBuilder(entry.isDirectory() ? "d" : "-");
		String letters = "rwxrwxrwx";
		for (int bit = 8; bit >= 0; bit--) {
			text.append(((entry.getMode() >> bit) & 1) != 0 ? letters.charAt(8 - bit) : '-');
		}
		return text.toString();
	}

	static boolean gnuTarAvailable() {
		try {
			Process process = new ProcessBuilder("tar", "--version").redirectErrorStream(true).start();
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			process.getInputStream().transferTo(out);
			return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0
					&& out.toString(StandardCharsets.UTF_8).toLowerCase(Locale.ROOT).contains("gnu tar");
		}
		catch (IOException | InterruptedException ex) {
			return false;
		}
	}

}
