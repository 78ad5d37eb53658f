package dev.mattermost.spring.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * A named file with its content, such as one a plugin adds to a support packet.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FileData(
		@JsonProperty("filename") String filename,
		@JsonProperty("data") byte[] data) {

	public FileData {
		filename = Defaults.text(filename);
		data = Defaults.bytes(data);
	}

	@Override
	public byte[] data() {
		return this.data.clone();
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return (this == other) || ((other instanceof FileData that) && Bytes.equal(components(), that.components()));
	}

	@Override
	public int hashCode() {
		return Bytes.hash(components());
	}

	@Override
	public String toString() {
		return "FileData[filename=" + this.filename + ", data=" + Bytes.describe(this.data) + "]";
	}

	private Object[] components() {
		return new Object[] { this.filename, this.data };
	}

}
