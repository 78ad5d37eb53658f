package dev.mattermost.spring.api;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import dev.mattermost.spring.model.KvSetOptions;

/**
 * The plugin's private key-value store in Mattermost, as raw bytes or as JSON-mapped objects.
 *
 * <p>Keys are unique per plugin; Mattermost reserves the prefix {@code mmi_} for its own helpers. An empty value and a
 * missing key are the same thing to Mattermost: writing an empty value deletes the key.
 */
public interface KvStore {

	/**
	 * Stores a value, replacing any previous one ({@code KVSet}).
	 * @param key the key
	 * @param value the value; empty deletes the key
	 */
	void set(String key, byte[] value);

	/**
	 * Stores a value that Mattermost deletes after the given time ({@code KVSetWithExpiry}).
	 * @param key the key
	 * @param value the value
	 * @param expiry how long the value lives, in whole seconds; zero keeps it forever
	 */
	void setWithExpiry(String key, byte[] value, Duration expiry);

	/**
	 * Replaces a value only if the stored one still equals {@code oldValue} ({@code KVCompareAndSet}).
	 * @param key the key
	 * @param oldValue the expected current value, or {@code null} to insert only if the key is absent
	 * @param newValue the new value
	 * @return {@code true} if the value was written, {@code false} if the current value did not match
	 */
	boolean compareAndSet(String key, byte @Nullable [] oldValue, byte[] newValue);

	/**
	 * Deletes a value only if it still equals {@code oldValue} ({@code KVCompareAndDelete}).
	 * @param key the key
	 * @param oldValue the expected current value
	 * @return {@code true} if the key was deleted, {@code false} if the value did not match or the key was absent
	 */
	boolean compareAndDelete(String key, byte[] oldValue);

	/**
	 * Stores a value according to the options: atomically, with expiry, or both ({@code KVSetWithOptions}).
	 * @param key the key
	 * @param value the value, or {@code null} to delete
	 * @param options how to write
	 * @return {@code true} if the value was written, {@code false} if an atomic write did not match
	 */
	boolean setWithOptions(String key, byte @Nullable [] value, KvSetOptions options);

	/**
	 * Reads a value ({@code KVGet}).
	 * @param key the key
	 * @return the value, or empty if the key is absent
	 */
	Optional<byte[]> get(String key);

	/**
	 * Deletes a value; deleting an absent key is not an error ({@code KVDelete}).
	 * @param key the key
	 */
	void delete(String key);

	/**
	 * Deletes every value of the plugin ({@code KVDeleteAll}).
	 */
	void deleteAll();

	/**
	 * Lists one page of the plugin's keys ({@code KVList}).
	 * @param page the zero-based page
	 * @param perPage the page size
	 * @return the keys on that page
	 */
	List<String> list(int page, int perPage);

	/**
	 * Streams every key of the plugin, fetching pages lazily ({@code KVList}).
	 * @return a lazy stream of keys
	 */
	default Stream<String> keys() {
		return Paging.stream(Paging.DEFAULT_PAGE_SIZE, this::list);
	}

	/**
	 * Stores an object as JSON ({@code KVSet}).
	 * @param key the key
	 * @param value the object
	 */
	void setJson(String key, Object value);

	/**
	 * Stores an object as JSON that Mattermost deletes after the given time ({@code KVSetWithExpiry}).
	 * @param key the key
	 * @param value the object
	 * @param expiry how long the value lives, in whole seconds
	 */
	void setJson(String key, Object value, Duration expiry);

	/**
	 * Stores an object as JSON only if the key is absent ({@code KVCompareAndSet}).
	 * @param key the key
	 * @param value the object
	 * @return {@code true} if it was stored, {@code false} if the key already had a value
	 */
	boolean setJsonIfAbsent(String key, Object value);

	/**
	 * Reads a JSON value as an object ({@code KVGet}).
	 * @param <T> the object type
	 * @param key the key
	 * @param type the object type
	 * @return the object, or empty if the key is absent
	 * @throws IllegalStateException if the stored value is not JSON of that type
	 */
	<T> Optional<T> getJson(String key, Class<T> type);

	/**
	 * Atomically replaces a JSON value with a function of it, retrying when another writer got in between
	 * ({@code KVGet} then {@code KVCompareAndSet} or {@code KVCompareAndDelete}).
	 *
	 * <p>The function may run several times and must not have side effects. It receives {@code null} when the key is
	 * absent and may return {@code null} to delete the key.
	 * @param <T> the object type
	 * @param key the key
	 * @param type the object type
	 * @param update computes the new value from the current one
	 * @return the value now stored, or {@code null} if the key is now absent
	 * @throws ConflictException if other writers kept winning until the attempts ran out
	 */
	<T> @Nullable T update(String key, Class<T> type, UnaryOperator<@Nullable T> update);

}
