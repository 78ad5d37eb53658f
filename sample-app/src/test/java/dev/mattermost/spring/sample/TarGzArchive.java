package dev.mattermost.spring.sample;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Unpacks a plugin bundle the way the server does on install: regular files and directories of a gzip-compressed
 * ustar archive (GNU long names included), with their permission bits, refusing paths that leave the target.
 */
final class TarGzArchive {

	private static final int BLOCK = 512;

	private TarGzArchive() {
	}

	static void extract(Path archive, Path target) throws IOException {
		Path root = target.toAbsolutePath().normalize();
		try (InputStream in = new GZIPInputStream(new BufferedInputStream(Files.newInputStream(archive)))) {
			String longName = null;
			byte[] header;
			while ((header = in.readNBytes(BLOCK)).length == BLOCK && header[0] != 0) {
				String name = (longName != null) ? longName : name(header);
				longName = null;
				long size = octal(header, 124, 12);
				byte type = header[156];
				if (type == 'L') {
					byte[] bytes = in.readNBytes((int) size);
					skipPadding(in, size);
					longName = new String(bytes, StandardCharsets.UTF_8).replace("\0", "");
					continue;
				}
				Path path = root.resolve(name).normalize();
				if (!path.startsWith(root)) {
					throw new IOException("Archive entry " + name + " leaves the target directory");
				}
				if (type == '5') {
					Files.createDirectories(path);
				}
				else if (type == '0' || type == 0) {
					Files.createDirectories(path.getParent());
					try (OutputStream out = Files.newOutputStream(path)) {
						copy(in, out, size);
					}
					skipPadding(in, size);
				}
				else {
					throw new IOException("Unexpected entry type '" + (char) type + "' for " + name);
				}
				Files.setPosixFilePermissions(path, permissions((int) octal(header, 100, 8)));
			}
		}
	}

	private static String name(byte[] header) {
		String name = string(header, 0, 100);
		String magic = string(header, 257, 6);
		String prefix = magic.equals("ustar") ? string(header, 345, 155) : "";
		return prefix.isEmpty() ? name : prefix + "/" + name;
	}

	private static String string(byte[] header, int offset, int length) {
		int end = offset;
		while (end < offset + length && header[end] != 0) {
			end++;
		}
		return new String(header, offset, end - offset, StandardCharsets.UTF_8);
	}

	private static long octal(byte[] header, int offset, int length) {
		String digits = string(header, offset, length).trim();
		return digits.isEmpty() ? 0 : Long.parseLong(digits, 8);
	}

	private static void copy(InputStream in, OutputStream out, long size) throws IOException {
		byte[] buffer = new byte[64 * 1024];
		long left = size;
		while (left > 0) {
			int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
			if (read < 0) {
				throw new IOException("Archive ends inside an entry");
			}
			out.write(buffer, 0, read);
			left -= read;
		}
	}

	private static void skipPadding(InputStream in, long size) throws IOException {
		int padding = (int) ((BLOCK - size % BLOCK) % BLOCK);
		in.readNBytes(padding);
	}

	private static Set<PosixFilePermission> permissions(int mode) {
		Set<PosixFilePermission> permissions = EnumSet.noneOf(PosixFilePermission.class);
		PosixFilePermission[] bits = PosixFilePermission.values();
		// PosixFilePermission lists OWNER_READ first, i.e. mode bit 8 down to bit 0
		for (int i = 0; i < bits.length; i++) {
			if ((mode & (1 << (8 - i))) != 0) {
				permissions.add(bits[i]);
			}
		}
		return permissions;
	}

}
