package dev.mattermost.spring.model;

import java.util.Arrays;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import org.jspecify.annotations.Nullable;

/**
 * The metadata of an uploaded file.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FileInfo(
		@JsonProperty("id") String id,
		@JsonProperty("user_id") String creatorId,
		@JsonProperty("post_id") String postId,
		@JsonProperty("channel_id") String channelId,
		@JsonProperty("create_at") @JsonSetter(nulls = Nulls.AS_EMPTY) long createAt,
		@JsonProperty("update_at") @JsonSetter(nulls = Nulls.AS_EMPTY) long updateAt,
		@JsonProperty("delete_at") @JsonSetter(nulls = Nulls.AS_EMPTY) long deleteAt,
		@JsonProperty("name") String name,
		@JsonProperty("extension") String extension,
		@JsonProperty("size") @JsonSetter(nulls = Nulls.AS_EMPTY) long size,
		@JsonProperty("mime_type") String mimeType,
		@JsonProperty("width") @JsonSetter(nulls = Nulls.AS_EMPTY) int width,
		@JsonProperty("height") @JsonSetter(nulls = Nulls.AS_EMPTY) int height,
		@JsonProperty("has_preview_image") @JsonSetter(nulls = Nulls.AS_EMPTY) boolean hasPreviewImage,
		@JsonProperty("mini_preview") byte @Nullable [] miniPreview,
		@JsonProperty("remote_id") @Nullable String remoteId,
		@JsonProperty("archived") @JsonSetter(nulls = Nulls.AS_EMPTY) boolean archived) {

	public FileInfo {
		id = Defaults.text(id);
		creatorId = Defaults.text(creatorId);
		postId = Defaults.text(postId);
		channelId = Defaults.text(channelId);
		name = Defaults.text(name);
		extension = Defaults.text(extension);
		mimeType = Defaults.text(mimeType);
		miniPreview = Defaults.nullableBytes(miniPreview);
	}

	@Override
	public byte @Nullable [] miniPreview() {
		return (this.miniPreview != null) ? this.miniPreview.clone() : null;
	}

	@Override
	public boolean equals(@Nullable Object other) {
		if (this == other) {
			return true;
		}
		return (other instanceof FileInfo that)
				&& Objects.equals(this.id, that.id)
				&& Objects.equals(this.creatorId, that.creatorId)
				&& Objects.equals(this.postId, that.postId)
				&& Objects.equals(this.channelId, that.channelId)
				&& this.createAt == that.createAt
				&& this.updateAt == that.updateAt
				&& this.deleteAt == that.deleteAt
				&& Objects.equals(this.name, that.name)
				&& Objects.equals(this.extension, that.extension)
				&& this.size == that.size
				&& Objects.equals(this.mimeType, that.mimeType)
				&& this.width == that.width
				&& this.height == that.height
				&& this.hasPreviewImage == that.hasPreviewImage
				&& Arrays.equals(this.miniPreview, that.miniPreview)
				&& Objects.equals(this.remoteId, that.remoteId)
				&& this.archived == that.archived;
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.id, this.creatorId, this.postId, this.channelId, this.createAt, this.updateAt,
				this.deleteAt, this.name, this.extension, this.size, this.mimeType, this.width, this.height,
				this.hasPreviewImage, Arrays.hashCode(this.miniPreview), this.remoteId, this.archived);
	}

	@Override
	public String toString() {
		return "FileInfo[id=" + this.id + ", "
				+ "creatorId=" + this.creatorId + ", "
				+ "postId=" + this.postId + ", "
				+ "channelId=" + this.channelId + ", "
				+ "createAt=" + this.createAt + ", "
				+ "updateAt=" + this.updateAt + ", "
				+ "deleteAt=" + this.deleteAt + ", "
				+ "name=" + this.name + ", "
				+ "extension=" + this.extension + ", "
				+ "size=" + this.size + ", "
				+ "mimeType=" + this.mimeType + ", "
				+ "width=" + this.width + ", "
				+ "height=" + this.height + ", "
				+ "hasPreviewImage=" + this.hasPreviewImage + ", "
				+ "miniPreview=" + Bytes.describe(this.miniPreview) + ", "
				+ "remoteId=" + this.remoteId + ", "
				+ "archived=" + this.archived + "]";
	}

}
