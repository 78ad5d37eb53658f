package dev.mattermost.spring.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;

/**
 * Which bots to list, one page at a time (Mattermost's {@code BotGetOptions}).
 *
 * @param ownerId only bots owned by this user or plugin, empty for any owner
 * @param includeDeleted whether deactivated bots are listed too
 * @param onlyOrphaned whether to list only bots whose owner has been deactivated
 * @param page the zero-based page
 * @param perPage the page size
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record BotListOptions(
		@JsonProperty("owner_id") String ownerId,
		@JsonProperty("include_deleted") @JsonSetter(nulls = Nulls.AS_EMPTY) boolean includeDeleted,
		@JsonProperty("only_orphaned") @JsonSetter(nulls = Nulls.AS_EMPTY) boolean onlyOrphaned,
		@JsonProperty("page") @JsonSetter(nulls = Nulls.AS_EMPTY) int page,
		@JsonProperty("per_page") @JsonSetter(nulls = Nulls.AS_EMPTY) int perPage) {

	public BotListOptions {
		ownerId = Defaults.text(ownerId);
	}

	/**
	 * Lists one page of the active bots of every owner.
	 * @param page the zero-based page
	 * @param perPage the page size
	 * @return the options
	 */
	public static BotListOptions page(int page, int perPage) {
		return new BotListOptions("", false, false, page, perPage);
	}

	/**
	 * Returns these options for another page.
	 * @param page the zero-based page
	 * @param perPage the page size
	 * @return the changed copy
	 */
	public BotListOptions withPage(int page, int perPage) {
		return new BotListOptions(this.ownerId, this.includeDeleted, this.onlyOrphaned, page, perPage);
	}

}
