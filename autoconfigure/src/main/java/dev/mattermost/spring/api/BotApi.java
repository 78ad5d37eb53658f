package dev.mattermost.spring.api;

import java.util.List;
import java.util.stream.Stream;

import dev.mattermost.spring.model.Bot;
import dev.mattermost.spring.model.BotListOptions;
import dev.mattermost.spring.model.BotPatch;

/**
 * Bot accounts, through Mattermost's plugin API.
 *
 * <p>Most plugins need one bot to post as: {@link #ensureBot(Bot)} creates it on first activation and returns its user
 * id on every later one. Lookups of a bot that does not exist throw {@link NotFoundException}.
 */
public interface BotApi {

	/**
	 * Creates a bot and its user, owned by the plugin ({@code CreateBot}).
	 * @param bot the bot, see {@link Bot#of}
	 * @return the created bot
	 */
	Bot create(Bot bot);

	/**
	 * Changes a bot's username, display name or description ({@code PatchBot}).
	 * @param botUserId the bot
	 * @param patch the changes; {@code null} fields are left as they are
	 * @return the changed bot
	 */
	Bot patch(String botUserId, BotPatch patch);

	/**
	 * Returns a bot ({@code GetBot}).
	 * @param botUserId the bot
	 * @param includeDeleted whether a deactivated bot may be returned
	 * @return the bot
	 */
	Bot get(String botUserId, boolean includeDeleted);

	/**
	 * Returns one page of bots ({@code GetBots}).
	 * @param options which bots and which page, see {@link BotListOptions#page}
	 * @return the bots on that page
	 */
	List<Bot> list(BotListOptions options);

	/**
	 * Streams every bot matching the options, fetching pages lazily from the options' page on ({@code GetBots}).
	 * @param options which bots; the page size is replaced
	 * @return a lazy stream of bots
	 */
	default Stream<Bot> stream(BotListOptions options) {
		return Paging.stream(options.page(), Paging.DEFAULT_PAGE_SIZE,
				(page, perPage) -> list(options.withPage(page, perPage)));
	}

	/**
	 * Activates or deactivates a bot and its user ({@code UpdateBotActive}).
	 * @param botUserId the bot
	 * @param active {@code true} to activate, {@code false} to deactivate
	 * @return the changed bot
	 */
	Bot updateActive(String botUserId, boolean active);

	/**
	 * Deletes a bot and its user for good ({@code PermanentDeleteBot}).
	 * @param botUserId the bot
	 */
	void permanentDelete(String botUserId);

	/**
	 * Creates the bot if the plugin does not have it yet, otherwise updates it, and returns its user id
	 * ({@code EnsureBotUser}).
	 * @param bot the bot, see {@link Bot#of}; matched by username
	 * @return the bot's user id, to post as
	 */
	String ensureBot(Bot bot);

	/**
	 * Creates or updates the plugin's bot and returns its user id ({@code EnsureBotUser}).
	 * @param username the bot's username
	 * @param displayName the name shown for the bot
	 * @param description what the bot does
	 * @return the bot's user id, to post as
	 */
	default String ensureBot(String username, String displayName, String description) {
		return ensureBot(Bot.of(username, displayName, description));
	}

}
