package dev.mattermost.spring.convert;

import org.jspecify.annotations.Nullable;

import dev.mattermost.spring.model.Bot;
import dev.mattermost.spring.model.BotListOptions;
import dev.mattermost.spring.model.BotPatch;
import dev.mattermost.spring.protocol.v1.BotGetOptions;

/**
 * Converts bots, bot patches and bot listing options between their protobuf and model forms.
 */
public final class BotConverter {

	private BotConverter() {
	}

	/**
	 * Converts a protobuf bot to its model form.
	 * @param bot the protobuf bot
	 * @return the model bot
	 */
	public static Bot toModel(dev.mattermost.spring.protocol.v1.Bot bot) {
		return new Bot(
				bot.getUserId(),
				bot.getUsername(),
				bot.getDisplayName(),
				bot.getDescription(),
				bot.getOwnerId(),
				bot.getCreateAt(),
				bot.getUpdateAt(),
				bot.getDeleteAt(),
				bot.getLastIconUpdate());
	}

	/**
	 * Converts a model bot to its protobuf form; {@code null} becomes the default instance.
	 * @param bot the model bot, may be {@code null}
	 * @return the protobuf bot
	 */
	public static dev.mattermost.spring.protocol.v1.Bot toProto(@Nullable Bot bot) {
		if (bot == null) {
			return dev.mattermost.spring.protocol.v1.Bot.getDefaultInstance();
		}
		return dev.mattermost.spring.protocol.v1.Bot.newBuilder()
			.setUserId(bot.userId())
			.setUsername(bot.username())
			.setDisplayName(bot.displayName())
			.setDescription(bot.description())
			.setOwnerId(bot.ownerId())
			.setCreateAt(bot.createAt())
			.setUpdateAt(bot.updateAt())
			.setDeleteAt(bot.deleteAt())
			.setLastIconUpdate(bot.lastIconUpdate())
			.build();
	}

	/**
	 * Converts a protobuf bot patch to its model form; unset fields become {@code null}.
	 * @param patch the protobuf patch
	 * @return the model patch
	 */
	public static BotPatch toModel(dev.mattermost.spring.protocol.v1.BotPatch patch) {
		return new BotPatch(
				patch.hasUsername() ? patch.getUsername() : null,
				patch.hasDisplayName() ? patch.getDisplayName() : null,
				patch.hasDescription() ? patch.getDescription() : null);
	}

	/**
	 * Converts a model bot patch to its protobuf form, leaving {@code null} fields unset; {@code null} becomes the
	 * default instance.
	 * @param patch the model patch, may be {@code null}
	 * @return the protobuf patch
	 */
	public static dev.mattermost.spring.protocol.v1.BotPatch toProto(@Nullable BotPatch patch) {
		if (patch == null) {
			return dev.mattermost.spring.protocol.v1.BotPatch.getDefaultInstance();
		}
		var builder = dev.mattermost.spring.protocol.v1.BotPatch.newBuilder();
		String username = patch.username();
		if (username != null) {
			builder.setUsername(username);
		}
		String displayName = patch.displayName();
		if (displayName != null) {
			builder.setDisplayName(displayName);
		}
		String description = patch.description();
		if (description != null) {
			builder.setDescription(description);
		}
		return builder.build();
	}

	/**
	 * Converts protobuf bot listing options to their model form.
	 * @param options the protobuf options
	 * @return the model options
	 */
	public static BotListOptions toModel(BotGetOptions options) {
		return new BotListOptions(
				options.getOwnerId(),
				options.getIncludeDeleted(),
				options.getOnlyOrphaned(),
				options.getPage(),
				options.getPerPage());
	}

	/**
	 * Converts model bot listing options to their protobuf form; {@code null} becomes the default instance.
	 * @param options the model options, may be {@code null}
	 * @return the protobuf options
	 */
	public static BotGetOptions toProto(@Nullable BotListOptions options) {
		if (options == null) {
			return BotGetOptions.getDefaultInstance();
		}
		return BotGetOptions.newBuilder()
			.setOwnerId(options.ownerId())
			.setIncludeDeleted(options.includeDeleted())
			.setOnlyOrphaned(options.onlyOrphaned())
			.setPage(options.page())
			.setPerPage(options.perPage())
			.build();
	}

}
