package dev.mattermost.spring.test;

import java.security.SecureRandom;

/**
 * Ids in Mattermost's form (26 characters of its base32 alphabet) for the requests and triggers the driver makes up.
 */
final class RequestIds {

	private static final char[] ALPHABET = "ybndrfg8ejkmcpqxot1uwisza345h769".toCharArray();

	private static final SecureRandom RANDOM = new SecureRandom();

	private RequestIds() {
	}

	static String newId() {
		char[] id = new char[26];
		for (int i = 0; i < id.length; i++) {
			id[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
		}
		return new String(id);
	}

}
