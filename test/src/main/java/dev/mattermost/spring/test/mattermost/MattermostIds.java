package dev.mattermost.spring.test.mattermost;

import java.nio.ByteBuffer;
import java.util.UUID;

/**
 * Mints identifiers shaped like Mattermost's: 26 characters of a UUID in Mattermost's lower-case base32 alphabet.
 */
final class MattermostIds {

	private static final char[] ALPHABET = "ybndrfg8ejkmcpqxot1uwisza345h769".toCharArray();

	private MattermostIds() {
	}

	static String newId() {
		UUID uuid = UUID.randomUUID();
		byte[] bytes = ByteBuffer.allocate(16)
			.putLong(uuid.getMostSignificantBits())
			.putLong(uuid.getLeastSignificantBits())
			.array();
		StringBuilder id = new StringBuilder(26);
		int buffer = 0;
		int bits = 0;
		for (byte b : bytes) {
			buffer = (buffer << 8) | (b & 0xff);
			bits += 8;
			while (bits >= 5) {
				id.append(ALPHABET[(buffer >> (bits - 5)) & 31]);
				bits -= 5;
			}
		}
		// 128 bits leave 3 bits over; base32 pads them with zeros into a 26th character.
		id.append(ALPHABET[(buffer << (5 - bits)) & 31]);
		return id.toString();
	}

	static boolean isValid(String id) {
		if (id == null || id.length() != 26) {
			return false;
		}
		for (int i = 0; i < id.length(); i++) {
			char c = id.charAt(i);
			if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) {
				return false;
			}
		}
		return true;
	}

}
