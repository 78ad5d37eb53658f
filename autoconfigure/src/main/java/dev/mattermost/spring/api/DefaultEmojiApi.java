package dev.mattermost.spring.api;

import java.util.List;
import java.util.Objects;

import dev.mattermost.spring.convert.EmojiConverter;
import dev.mattermost.spring.model.Emoji;
import dev.mattermost.spring.model.EmojiImage;
import dev.mattermost.spring.protocol.v1.GetEmojiByNameRequest;
import dev.mattermost.spring.protocol.v1.GetEmojiByNameResponse;
import dev.mattermost.spring.protocol.v1.GetEmojiImageRequest;
import dev.mattermost.spring.protocol.v1.GetEmojiImageResponse;
import dev.mattermost.spring.protocol.v1.GetEmojiListRequest;
import dev.mattermost.spring.protocol.v1.GetEmojiRequest;
import dev.mattermost.spring.protocol.v1.GetEmojiResponse;

/**
 * {@link EmojiApi} over the PluginAPI gRPC service.
 */
public final class DefaultEmojiApi implements EmojiApi {

	private final PluginApiCaller caller;

	/**
	 * Creates the API.
	 * @param caller performs the calls
	 */
	public DefaultEmojiApi(PluginApiCaller caller) {
		this.caller = Objects.requireNonNull(caller, "caller must not be null");
	}

	@Override
	public List<Emoji> list(String sortBy, int page, int perPage) {
		GetEmojiListRequest request = GetEmojiListRequest.newBuilder()
			.setSortBy(sortBy)
			.setPage(page)
			.setPerPage(perPage)
			.build();
		return this.caller.call("GetEmojiList", (stub) -> stub.getEmojiList(request))
			.getEmojisList()
			.stream()
			.map(EmojiConverter::toModel)
			.toList();
	}

	@Override
	public Emoji getByName(String name) {
		GetEmojiByNameResponse response = this.caller.call("GetEmojiByName",
				(stub) -> stub.getEmojiByName(GetEmojiByNameRequest.newBuilder().setName(name).build()));
		return EmojiConverter.toModel(ResponseFields.found("GetEmojiByName", response.hasEmoji(), response.getEmoji(),
				"emoji named " + name));
	}

	@Override
	public Emoji get(String emojiId) {
		GetEmojiResponse response = this.caller.call("GetEmoji",
				(stub) -> stub.getEmoji(GetEmojiRequest.newBuilder().setEmojiId(emojiId).build()));
		return EmojiConverter
			.toModel(ResponseFields.found("GetEmoji", response.hasEmoji(), response.getEmoji(), "emoji " + emojiId));
	}

	@Override
	public EmojiImage getImage(String emojiId) {
		GetEmojiImageResponse response = this.caller.call("GetEmojiImage",
				(stub) -> stub.getEmojiImage(GetEmojiImageRequest.newBuilder().setEmojiId(emojiId).build()));
		return EmojiConverter.toModel(response);
	}

}
