package dev.mattermost.spring.model;

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
		return (this == other) || ((other instanceof EmojiImage that) && Bytes.equal(components(), that.components()));
	}

	@Override
	public int hashCode() {
		return Bytes.hash(components());
	}

	@Override
	public String toString() {
		return "EmojiImage[contentType=" + this.contentType + ", data=" + Bytes.describe(this.data) + "]";
	}

	private Object[] components() {
		return new Object[] { this.data, this.contentType };
	}

}
