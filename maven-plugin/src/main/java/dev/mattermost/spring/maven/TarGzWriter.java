package dev.mattermost.spring.maven;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;

/**
 * Writes a gzip-compressed tar archive with fixed owners, modes and times, so the same content always gives the same
 * bytes. Headers are POSIX ustar; a name too long for ustar's name and prefix fields is written the GNU way, with a
 * {@code ././@LongLink} entry before it, which GNU tar, Go's {@code archive/tar} (the server's reader) and other
 * readers understand.
 */
final class TarGzWriter implements AutoCloseable {

	static final int FILE_MODE = 0644;

	static final int EXECUTABLE_MODE = 0755;

	static final int DIRECTORY_MODE = 0755;

	private static final int BLOCK = 512;

	private static final int NAME_LENGTH = 100;

	private static final int PREFIX_LENGTH = 155;

	private static final byte[] USTAR_MAGIC = "ustar\u000000".getBytes(StandardCharsets.US_ASCII);

	// GNU tar's own magic and version ("ustar  \0"), which its long-name entries carry.
	private static final byte[] GNU_MAGIC = "ustar  \u0000".getBytes(StandardCharsets.US_ASCII);

	private static final byte REGULAR = '0';

	private static final byte DIRECTORY = '5';

	private static final byte GNU_LONG_NAME = 'L';

	private final GZIPOutputStream out;

	private final long mtime;

	private boolean finished;

	/**
	 * Creates a writer.
	 * @param out where the compressed archive goes; closed with this writer
	 * @param time the modification time of every entry
	 * @throws IOException if the gzip header cannot be written
	 */
	TarGzWriter(OutputStream out, Instant time) throws IOException {
		// GZIPOutputStream leaves the header's time and name empty, which keeps the output reproducible.
		this.out = new GZIPOutputStream(out, 64 * 1024);
		this.mtime = Math.max(0, time.getEpochSecond());
	}

	/**
	 * Adds a directory.
	 * @param name the path in the archive; a trailing {@code /} is added if missing
	 * @throws IOException if writing fails
	 */
	void directory(String name) throws IOException {
		String directory = name.endsWith("/") ? name : name + "/";
		header(directory, DIRECTORY_MODE, 0, DIRECTORY);
	}

	/**
	 * Adds a file with the content of a file on disk.
	 * @param name the path in the archive
	 * @param mode the permission bits, e.g. {@code 0644}
	 * @param source the file to copy
	 * @throws IOException if reading or writing fails
	 */
	void file(String name, int mode, Path source) throws IOException {
		long size = Files.size(source);
		header(name, mode, size, REGULAR);
		long copied;
		try (InputStream in = Files.newInputStream(source)) {
			copied = in.transferTo(this.out);
		}
		if (copied != size) {
			throw new IOException(source + " changed while it was archived");
		}
		pad(size);
	}

	/**
	 * Adds a file with the given content.
	 * @param name the path in the archive
	 * @param mode the permission bits, e.g. {@code 0644}
	 * @param content the content
	 * @throws IOException if writing fails
	 */
	void file(String name, int mode, byte[] content) throws IOException {
		header(name, mode, content.length, REGULAR);
		this.out.write(content);
		pad(content.length);
	}

	private void header(String name, int mode, long size, byte type) throws IOException {
		byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
		if (nameBytes.length <= NAME_LENGTH) {
			this.out.write(block(nameBytes, new byte[0], mode, size, type, USTAR_MAGIC));
			return;
		}
		int split = splitPoint(nameBytes);
		if (split > 0) {
			byte[] prefix = Arrays.copyOfRange(nameBytes, 0, split);
			byte[] rest = Arrays.copyOfRange(nameBytes, split + 1, nameBytes.length);
			this.out.write(block(rest, prefix, mode, size, type, USTAR_MAGIC));
			return;
		}
		// GNU long name: a pseudo-entry whose content is the full name, then the entry with the name cut short.
		byte[] longName = Arrays.copyOf(nameBytes, nameBytes.length + 1);
		this.out.write(block("././@LongLink".getBytes(StandardCharsets.US_ASCII), new byte[0], 0, longName.length,
				GNU_LONG_NAME, GNU_MAGIC));
		this.out.write(longName);
		pad(longName.length);
		this.out.write(block(Arrays.copyOf(nameBytes, NAME_LENGTH), new byte[0], mode, size, type, GNU_MAGIC));
	}

	// ustar stores a long path as prefix + "/" + name; the split must fall on a "/" with each part fitting its field.
	private static int splitPoint(byte[] name) {
		int limit = Math.min(PREFIX_LENGTH, name.length - 2);
		for (int i = limit; i > 0; i--) {
			if (name[i] == '/' && name.length - i - 1 <= NAME_LENGTH && name.length - i - 1 > 0) {
				return i;
			}
		}
		return -1;
	}

	private byte[] block(byte[] name, byte[] prefix, int mode, long size, byte type, byte[] magic) {
		byte[] header = new byte[BLOCK];
		System.arraycopy(name, 0, header, 0, name.length);
		octal(header, 100, 8, mode);
		octal(header, 108, 8, 0);
		octal(header, 116, 8, 0);
		octal(header, 124, 12, size);
		octal(header, 136, 12, this.mtime);
		Arrays.fill(header, 148, 156, (byte) ' ');
		header[156] = type;
		System.arraycopy(magic, 0, header, 257, magic.length);
		System.arraycopy(prefix, 0, header, 345, prefix.length);
		long checksum = 0;
		for (byte b : header) {
			checksum += b & 0xff;
		}
		// six octal digits, a NUL and a space, as tar has always written it
		octal(header, 148, 7, checksum);
		header[155] = ' ';
		return header;
	}

	// A zero-padded octal number filling the field but its last byte, which stays NUL.
	private static void octal(byte[] header, int offset, int length, long value) {
		String digits = Long.toOctalString(value);
		if (digits.length() > length - 1) {
			throw new IllegalArgumentException("Value " + value + " does not fit a " + length + "-byte tar field");
		}
		String padded = "0".repeat(length - 1 - digits.length()) + digits;
		System.arraycopy(padded.getBytes(StandardCharsets.US_ASCII), 0, header, offset, length - 1);
		header[offset + length - 1] = 0;
	}

	private void pad(long size) throws IOException {
		int remainder = (int) (size % BLOCK);
		if (remainder != 0) {
			this.out.write(new byte[BLOCK - remainder]);
		}
	}

	/**
	 * Ends the archive with its two empty blocks and finishes the compressed stream.
	 * @throws IOException if writing fails
	 */
	@Override
	public void close() throws IOException {
		if (!this.finished) {
			this.finished = true;
			this.out.write(new byte[2 * BLOCK]);
		}
		this.out.close();
	}

}
