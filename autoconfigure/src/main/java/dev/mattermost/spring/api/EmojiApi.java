package dev.mattermost.spring.api;

import java.util.List;
import java.util.stream.Stream;

import dev.mattermost.spring.model.Emoji;
import dev.mattermost.spring.model.EmojiImage;

/**
 * The server's custom emoji, through Mattermost's plugin API.
 *
 * <p>Lookups of an emoji that does not exist throw {@link NotFoundException}.
 */
public interface EmojiApi {

	/**
	 * Returns one page of the custom emoji ({@code GetEmojiList}).
	 * @param sortBy {@code "name"} to sort by name, empty for creation order
	 * @param page the zero-based page
	 * @param perPage the page size
	 * @return the emoji on that page
	 */
	List<Emoji> list(String sortBy, int page, int perPage);

	/**
	 * Streams every custom emoji, fetching pages lazily ({@code GetEmojiList}).
	 * @param sortBy {@code "name"} to sort by name, empty for creation order
	 * @return a lazy stream of emoji
	 */
	default Stream<Emoji> stream(String sortBy) {
		return Paging.stream(Paging.DEFAULT_PAGE_SIZE, (page, perPage) -> list(sortBy, page, perPage));
	}

	/**
	 * Returns a custom emoji by name ({@code GetEmojiByName}).
	 * @param name the name, without colons
	 * @return the emoji
	 */
	Emoji getByName(String name);

	/**
	 * Returns a custom emoji ({@code GetEmoji}).
	 * @param emojiId the emoji
	 * @return the emoji
	 */
	Emoji get(String emojiId);

	/**
	 * Returns the image of a custom emoji ({@code GetEmojiImage}).
	 * @param emojiId the emoji
	 * @return the image and its media type
	 */
	EmojiImage getImage(String emojiId);

}
