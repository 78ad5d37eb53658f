package dev.mattermost.spring.api;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

import com.google.protobuf.ByteString;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import dev.mattermost.spring.model.KvSetOptions;
import dev.mattermost.spring.protocol.v1.KVCompareAndDeleteRequest;
import dev.mattermost.spring.protocol.v1.KVCompareAndSetRequest;
import dev.mattermost.spring.protocol.v1.KVDeleteAllRequest;
import dev.mattermost.spring.protocol.v1.KVDeleteRequest;
import dev.mattermost.spring.protocol.v1.KVGetRequest;
import dev.mattermost.spring.protocol.v1.KVListRequest;
import dev.mattermost.spring.protocol.v1.KVSetRequest;
import dev.mattermost.spring.protocol.v1.KVSetWithExpiryRequest;
import dev.mattermost.spring.protocol.v1.KVSetWithOptionsRequest;
import dev.mattermost.spring.protocol.v1.PluginKVSetOptions;

/**
 * {@link KvStore} over the PluginAPI gRPC service, mapping JSON values with a Jackson {@link JsonMapper}.
 */
public final class DefaultKvStore implements KvStore {

	/** How often {@link #update} tries before giving up. */
	public static final int DEFAULT_UPDATE_ATTEMPTS = 10;

	private final PluginApiCaller caller;

	private final JsonMapper jsonMapper;

	private final int updateAttempts;

	/**
	 * Creates a store with Jackson's shared default mapper.
	 * @param caller performs the calls
	 */
	public DefaultKvStore(PluginApiCaller caller) {
		this(caller, JsonMapper.shared(), DEFAULT_UPDATE_ATTEMPTS);
	}

	/**
	 * Creates a store.
	 * @param caller performs the calls
	 * @param jsonMapper maps JSON values
	 * @param updateAttempts how often {@link #update} tries before giving up; at least 1
	 */
	public DefaultKvStore(PluginApiCaller caller, JsonMapper jsonMapper, int updateAttempts) {
		if (updateAttempts < 1) {
			throw new IllegalArgumentException("updateAttempts must be at least 1 but was " + updateAttempts);
		}
		this.caller = Objects.requireNonNull(caller, "caller must not be null");
		this.jsonMapper = Objects.requireNonNull(jsonMapper, "jsonMapper must not be null");
		this.updateAttempts = updateAttempts;
	}

	@Override
	public void set(String key, byte[] value) {
		var request = KVSetRequest.newBuilder().setKey(key).setValue(bytes(value)).build();
		this.caller.call("KVSet", (stub) -> stub.kVSet(request));
	}

	@Override
	public void setWithExpiry(String key, byte[] value, Duration expiry) {
		var request = KVSetWithExpiryRequest.newBuilder()
			.setKey(key)
			.setValue(bytes(value))
			.setExpireInSeconds(seconds(expiry))
			.build();
		this.caller.call("KVSetWithExpiry", (stub) -> stub.kVSetWithExpiry(request));
	}

	@Override
	public boolean compareAndSet(String key, byte @Nullable [] oldValue, byte[] newValue) {
		var request = KVCompareAndSetRequest.newBuilder()
			.setKey(key)
			.setOldValue(bytes(oldValue))
			.setNewValue(bytes(newValue))
			.build();
		return this.caller.call("KVCompareAndSet", (stub) -> stub.kVCompareAndSet(request)).getSuccess();
	}

	@Override
	public boolean compareAndDelete(String key, byte[] oldValue) {
		var request = KVCompareAndDeleteRequest.newBuilder().setKey(key).setOldValue(bytes(oldValue)).build();
		return this.caller.call("KVCompareAndDelete", (stub) -> stub.kVCompareAndDelete(request)).getSuccess();
	}

	@Override
	public boolean setWithOptions(String key, byte @Nullable [] value, KvSetOptions options) {
		var request = KVSetWithOptionsRequest.newBuilder()
			.setKey(key)
			.setValue(bytes(value))
			.setOptions(PluginKVSetOptions.newBuilder()
				.setAtomic(options.atomic())
				.setOldValue(bytes(options.oldValue()))
				.setExpireInSeconds(options.expireInSeconds()))
			.build();
		return this.caller.call("KVSetWithOptions", (stub) -> stub.kVSetWithOptions(request)).getSuccess();
	}

	@Override
	public Optional<byte[]> get(String key) {
		var request = KVGetRequest.newBuilder().setKey(key).build();
		ByteString value = this.caller.call("KVGet", (stub) -> stub.kVGet(request)).getValue();
		// Mattermost returns nil for a missing key, which arrives as empty bytes.
		return value.isEmpty() ? Optional.empty() : Optional.of(value.toByteArray());
	}

	@Override
	public void delete(String key) {
		var request = KVDeleteRequest.newBuilder().setKey(key).build();
		this.caller.call("KVDelete", (stub) -> stub.kVDelete(request));
	}

	@Override
	public void deleteAll() {
		this.caller.call("KVDeleteAll", (stub) -> stub.kVDeleteAll(KVDeleteAllRequest.getDefaultInstance()));
	}

	@Override
	public List<String> list(int page, int perPage) {
		var request = KVListRequest.newBuilder().setPage(page).setPerPage(perPage).build();
		return List.copyOf(this.caller.call("KVList", (stub) -> stub.kVList(request)).getKeysList());
	}

	@Override
	public void setJson(String key, Object value) {
		set(key, write(key, value));
	}

	@Override
	public void setJson(String key, Object value, Duration expiry) {
		setWithExpiry(key, write(key, value), expiry);
	}

	@Override
	public boolean setJsonIfAbsent(String key, Object value) {
		return compareAndSet(key, null, write(key, value));
	}

	@Override
	public <T> Optional<T> getJson(String key, Class<T> type) {
		return get(key).map((value) -> read(key, value, type));
	}

	@Override
	public <T> @Nullable T update(String key, Class<T> type, UnaryOperator<@Nullable T> update) {
		for (int attempt = 1; attempt <= this.updateAttempts; attempt++) {
			byte @Nullable [] current = get(key).orElse(null);
			T next = update.apply((current != null) ? read(key, current, type) : null);
			if (next == null) {
				if (current == null || compareAndDelete(key, current)) {
					return null;
				}
			}
			else {
				byte[] nextValue = write(key, next);
				if (Arrays.equals(current, nextValue) || compareAndSet(key, current, nextValue)) {
					return next;
				}
			}
			backOff(attempt);
		}
		throw new ConflictException("KVCompareAndSet", "", "Gave up updating key '" + key + "' after "
				+ this.updateAttempts + " attempts because other writers kept changing it", "", 409, "", null);
	}

	// Randomized so that competing plugin instances in a cluster do not retry in lockstep.
	private static void backOff(int attempt) {
		long maxMillis = Math.min(100, 5L << Math.min(attempt, 5));
		try {
			TimeUnit.MILLISECONDS.sleep(ThreadLocalRandom.current().nextLong(maxMillis + 1));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new PluginApiTransportException("KVCompareAndSet", "Interrupted while updating a key", ex);
		}
	}

	private byte[] write(String key, Object value) {
		try {
			return this.jsonMapper.writeValueAsBytes(value);
		}
		catch (JacksonException ex) {
			throw new IllegalArgumentException(
					"Cannot write the value for key '" + key + "' as JSON: " + ex.getOriginalMessage(), ex);
		}
	}

	private <T> T read(String key, byte[] value, Class<T> type) {
		try {
			return this.jsonMapper.readValue(value, type);
		}
		catch (JacksonException ex) {
			throw new IllegalStateException("The value of key '" + key + "' is not JSON for " + type.getName() + ": "
					+ ex.getOriginalMessage(), ex);
		}
	}

	private static ByteString bytes(byte @Nullable [] value) {
		return (value != null) ? ByteString.copyFrom(value) : ByteString.EMPTY;
	}

	private static long seconds(Duration expiry) {
		if (expiry.isNegative()) {
			throw new IllegalArgumentException("expiry must not be negative but was " + expiry);
		}
		return expiry.toSeconds();
	}

}
