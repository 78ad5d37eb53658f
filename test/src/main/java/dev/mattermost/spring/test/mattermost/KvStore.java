package dev.mattermost.spring.test.mattermost;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongSupplier;

import org.jspecify.annotations.Nullable;

/**
 * The plugin's key-value store with the semantics of the server's plugin store: a nil value deletes, expired keys are
 * invisible, compare-and-set treats a nil old value as "insert only", and keys list in key order.
 * <p>
 * Protobuf cannot tell an empty {@code bytes} field from an absent one and Go decodes both as {@code nil}, so an empty
 * array here means exactly what a nil slice means on the server.
 * <p>
 * Not thread-safe: guarded by the owning {@link InMemoryMattermost}'s lock.
 */
final class KvStore {

	/** The server's limit on plugin key length (model.KeyValueKeyMaxRunes). */
	static final int MAX_KEY_LENGTH = 150;

	private final TreeMap<String, Entry> entries = new TreeMap<>();

	private final LongSupplier clock;

	KvStore(LongSupplier clock) {
		this.clock = clock;
	}

	byte[] get(String key) {
		Entry entry = live(key);
		return (entry != null) ? entry.value.clone() : new byte[0];
	}

	void set(String key, byte[] value, long expireInSeconds) {
		checkKey(key, "SetPluginKey");
		if (value.length == 0) {
			this.entries.remove(key);
			return;
		}
		this.entries.put(key, new Entry(value.clone(), expireAt(expireInSeconds)));
	}

	boolean compareAndSet(String key, byte[] oldValue, byte[] newValue, long expireInSeconds) {
		checkKey(key, "CompareAndSetPluginKey");
		// Setting nil is deleting, so the store turns this into a compare-and-delete.
		if (newValue.length == 0) {
			return compareAndDelete(key, oldValue);
		}
		Entry current = live(key);
		boolean matches = (oldValue.length == 0) ? current == null
				: current != null && Arrays.equals(current.value, oldValue);
		if (matches) {
			this.entries.put(key, new Entry(newValue.clone(), expireAt(expireInSeconds)));
		}
		return matches;
	}

	/** Deletes on a match; a nil old value can never match, since nil is never stored. */
	boolean compareAndDelete(String key, byte[] oldValue) {
		checkKey(key, "CompareAndDeletePluginKey");
		Entry current = live(key);
		if (current == null || !Arrays.equals(current.value, oldValue)) {
			return false;
		}
		this.entries.remove(key);
		return true;
	}

	boolean setWithOptions(String key, byte[] value, boolean atomic, byte[] oldValue, long expireInSeconds) {
		if (!atomic && oldValue.length > 0) {
			throw AppErrorException.badRequest("SetPluginKeyWithOptions",
					"model.plugin_kvset_options.is_valid.old_value.app_error",
					"Old value should not be set when Atomic is false.");
		}
		if (atomic) {
			return compareAndSet(key, oldValue, value, expireInSeconds);
		}
		set(key, value, expireInSeconds);
		return true;
	}

	void delete(String key) {
		this.entries.remove(key);
	}

	void deleteAll() {
		this.entries.clear();
	}

	List<String> list(int page, int perPage) {
		if (page < 0 || perPage < 0) {
			throw AppErrorException.badRequest("ListPluginKeys", "app.plugin_store.list.app_error",
					"Negative page or per_page.");
		}
		List<String> keys = new ArrayList<>();
		long skip = (long) page * perPage;
		for (Map.Entry<String, Entry> e : this.entries.entrySet()) {
			if (keys.size() >= perPage) {
				break;
			}
			if (e.getValue().expired(this.clock.getAsLong())) {
				continue;
			}
			if (skip > 0) {
				skip--;
				continue;
			}
			keys.add(e.getKey());
		}
		return keys;
	}

	Map<String, byte[]> snapshot() {
		Map<String, byte[]> copy = new LinkedHashMap<>();
		long now = this.clock.getAsLong();
		this.entries.forEach((key, entry) -> {
			if (!entry.expired(now)) {
				copy.put(key, entry.value.clone());
			}
		});
		return copy;
	}

	private @Nullable Entry live(String key) {
		Entry entry = this.entries.get(key);
		if (entry != null && entry.expired(this.clock.getAsLong())) {
			this.entries.remove(key);
			return null;
		}
		return entry;
	}

	private long expireAt(long expireInSeconds) {
		// The server stores now + seconds for a positive expiry, 0 for none; a negative one is already in the past.
		if (expireInSeconds > 0) {
			return this.clock.getAsLong() + expireInSeconds * 1000;
		}
		return (expireInSeconds < 0) ? expireInSeconds : 0;
	}

	private static void checkKey(String key, String where) {
		if (key.isEmpty() || key.codePointCount(0, key.length()) > MAX_KEY_LENGTH) {
			throw AppErrorException.badRequest(where, "model.plugin_key_value.is_valid.key.app_error",
					"Invalid key, must be between 1 and " + MAX_KEY_LENGTH + " characters.");
		}
	}

	private record Entry(byte[] value, long expireAt) {

		boolean expired(long now) {
			return this.expireAt != 0 && this.expireAt <= now;
		}

	}

	/**
	 * Captures the entries, expired ones included (they expire on the same clock after a restore).
	 * @return restores the captured entries each time it runs
	 */
	Runnable checkpoint() {
		TreeMap<String, Entry> entries = new TreeMap<>(this.entries);
		return () -> Checkpoints.replace(this.entries, entries);
	}
}
