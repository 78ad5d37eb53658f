package dev.mattermost.spring.model;

import java.time.Duration;
import java.util.Arrays;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * How a key-value entry is written: atomically against an expected old value, and with an optional expiry in seconds
 * ({@code 0} keeps it forever).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record KvSetOptions(
		@JsonProperty("Atomic") boolean atomic,
		@JsonProperty("OldValue") byte @Nullable [] oldValue,
		@JsonProperty("ExpireInSeconds") long expireInSeconds) {

	/**
	 * Options for a plain write that expires after the given time.
	 * @param expiry how long the entry lives; rounded down to whole seconds
	 * @return the options
	 */
	public static KvSetOptions expiring(Duration expiry) {
		return new KvSetOptions(false, null, expiry.toSeconds());
	}

	/**
	 * Options for a write that only happens when the stored value still equals {@code oldValue}.
	 * @param oldValue the expected current value, or {@code null} to write only if the key is absent
	 * @return the options
	 */
	public static KvSetOptions atomic(byte @Nullable [] oldValue) {
		return new KvSetOptions(true, oldValue, 0);
	}

	/**
	 * Returns a copy that also expires after the given time.
	 * @param expiry how long the entry lives; rounded down to whole seconds
	 * @return the options
	 */
	public KvSetOptions withExpiry(Duration expiry) {
		return new KvSetOptions(this.atomic, this.oldValue, expiry.toSeconds());
	}

	// Arrays compare by identity in a record's generated methods; options compare by content.
	@Override
	public boolean equals(@Nullable Object other) {
		return other instanceof KvSetOptions that && this.atomic == that.atomic
				&& this.expireInSeconds == that.expireInSeconds && Arrays.equals(this.oldValue, that.oldValue);
	}

	@Override
	public int hashCode() {
		return 31 * (31 * Boolean.hashCode(this.atomic) + Arrays.hashCode(this.oldValue))
				+ Long.hashCode(this.expireInSeconds);
	}

	@Override
	public String toString() {
		return "KvSetOptions[atomic=" + this.atomic + ", oldValue="
				+ Bytes.describe(this.oldValue) + ", expireInSeconds="
				+ this.expireInSeconds + "]";
	}

}
