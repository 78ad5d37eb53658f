package dev.mattermost.spring.model;

import java.util.Arrays;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The image of a custom emoji and its media type.
 *
 * @param data the image bytes
 * @param contentType the image's media type, for example {@code image/png}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EmojiImage(
		@JsonProperty("data") byte[] data,
		@JsonProperty("content_type") String contentType) {

	public EmojiImage {
		data = Defaults.bytes(data);
		contentType = Defaults.text(contentType);
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
		return (other instanceof EmojiImage that) && Arrays.equals(this.data, that.data)
				&& Objects.equals(this.contentType, that.contentType);
	}

	@Override
	public int hashCode() {
		return Objects.hash(Arrays.hashCode(this.data), this.contentType);
	}

	@Override
	public String toString() {
		return "EmojiImage[contentType=" + this.contentType + ", data=" + this.data.length + " bytes]";
	}

}
