package dev.mattermost.spring.convert;

import org.jspecify.annotations.Nullable;

import dev.mattermost.spring.model.Emoji;
import dev.mattermost.spring.model.EmojiImage;
import dev.mattermost.spring.protocol.v1.GetEmojiImageResponse;

/**
 * Converts custom emoji and emoji images between their protobuf and model forms.
 */
public final class EmojiConverter {

	private EmojiConverter() {
	}

	/**
	 * Converts a protobuf emoji to its model form.
	 * @param emoji the protobuf emoji
	 * @return the model emoji
	 */
	public static Emoji toModel(dev.mattermost.spring.protocol.v1.Emoji emoji) {
		return new Emoji(
				emoji.getId(),
				emoji.getCreateAt(),
				emoji.getUpdateAt(),
				emoji.getDeleteAt(),
				emoji.getCreatorId(),
				emoji.getName());
	}

	/**
	 * Converts a model emoji to its protobuf form; {@code null} becomes the default instance.
	 * @param emoji the model emoji, may be {@code null}
	 * @return the protobuf emoji
	 */
	public static dev.mattermost.spring.protocol.v1.Emoji toProto(@Nullable Emoji emoji) {
		if (emoji == null) {
			return dev.mattermost.spring.protocol.v1.Emoji.getDefaultInstance();
		}
		return dev.mattermost.spring.protocol.v1.Emoji.newBuilder()
			.setId(emoji.id())
			.setCreateAt(emoji.createAt())
			.setUpdateAt(emoji.updateAt())
			.setDeleteAt(emoji.deleteAt())
			.setCreatorId(emoji.creatorId())
			.setName(emoji.name())
			.build();
	}

	/**
	 * Reads the image and its media type out of a {@code GetEmojiImage} response.
	 * @param response the response
	 * @return the image
	 */
	public static EmojiImage toModel(GetEmojiImageResponse response) {
		return new EmojiImage(response.getImage().toByteArray(), response.getContentType());
	}

}
