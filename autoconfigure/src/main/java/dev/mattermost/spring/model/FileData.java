package dev.mattermost.spring.model;

import java.util.Arrays;
import java.util.Objects;

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
		if (this == other) {
			return true;
		}
		return (other instanceof FileData that)
				&& Objects.equals(this.filename, that.filename)
				&& Arrays.equals(this.data, that.data);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.filename, Arrays.hashCode(this.data));
	}

	@Override
	public String toString() {
		return "FileData[filename=" + this.filename + ", "
				+ "data=" + this.data.length + " bytes" + "]";
	}

}
