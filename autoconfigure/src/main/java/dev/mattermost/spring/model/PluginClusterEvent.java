package dev.mattermost.spring.model;

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
		return (this == other) || ((other instanceof PluginClusterEvent that) && Bytes.equal(components(), that.components()));
	}

	@Override
	public int hashCode() {
		return Bytes.hash(components());
	}

	@Override
	public String toString() {
		return "PluginClusterEvent[id=" + this.id + ", data=" + Bytes.describe(this.data) + "]";
	}

	private Object[] components() {
		return new Object[] { this.id, this.data };
	}

}
