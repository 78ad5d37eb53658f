package dev.mattermost.spring.model;

import java.util.Arrays;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * An event one instance of a plugin sends to its instances on the other cluster nodes.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PluginClusterEvent(
		@JsonProperty("id") String id,
		@JsonProperty("data") byte[] data) {

	public PluginClusterEvent {
		id = Defaults.text(id);
		data = Defaults.bytes(data);
	}

	@Override
	public byte[] data() {
		return this.data.clone();
	}

	@Override
	public boolean equals(@Nullable Object other) {
		if (this == other) {
			return true;
		}
		return (other instanceof PluginClusterEvent that)
				&& Objects.equals(this.id, that.id)
				&& Arrays.equals(this.data, that.data);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.id, Arrays.hashCode(this.data));
	}

	@Override
	public String toString() {
		return "PluginClusterEvent[id=" + this.id + ", "
				+ "data=" + this.data.length + " bytes" + "]";
	}

}
