package dev.mattermost.spring.model;

import java.util.Arrays;

import org.jspecify.annotations.Nullable;

/**
 * Value semantics for records that hold a byte array: a record compares and hashes arrays by identity and prints
 * them as an address, so such records compare, hash and print their components through here instead.
 */
final class Bytes {

	private Bytes() {
	}

	// Arrays.deepEquals and deepHashCode look into nested byte arrays, so arrays count by content.
	static boolean equal(@Nullable Object[] components, @Nullable Object[] otherComponents) {
		return Arrays.deepEquals(components, otherComponents);
	}

	static int hash(@Nullable Object... components) {
		return Arrays.deepHashCode(components);
	}

	// Only the size: the content may be large, binary or private.
	static String describe(byte @Nullable [] bytes) {
		return (bytes != null) ? bytes.length + " bytes" : "null";
	}

}
