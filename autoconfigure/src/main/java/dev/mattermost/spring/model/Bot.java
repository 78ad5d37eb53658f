package dev.mattermost.spring.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;

/**
 * A bot account; its user id is also the id of the user that posts for it.
 *
 * @param userId the id of the bot's user
 * @param username the bot's username
 * @param displayName the name shown for the bot
 * @param description what the bot does
 * @param ownerId the user or plugin that owns the bot
 * @param createAt when the bot was created, epoch millis
 * @param updateAt when the bot was last changed, epoch millis
 * @param deleteAt when the bot was deactivated, epoch millis, {@code 0} while it is active
 * @param lastIconUpdate when the bot's icon was last changed, epoch millis
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Bot(
		@JsonProperty("user_id") String userId,
		@JsonProperty("username") String username,
		@JsonProperty("display_name") String displayName,
		@JsonProperty("description") String description,
		@JsonProperty("owner_id") String ownerId,
		@JsonProperty("create_at") @JsonSetter(nulls = Nulls.AS_EMPTY) long createAt,
		@JsonProperty("update_at") @JsonSetter(nulls = Nulls.AS_EMPTY) long updateAt,
		@JsonProperty("delete_at") @JsonSetter(nulls = Nulls.AS_EMPTY) long deleteAt,
		@JsonProperty("last_icon_update") @JsonSetter(nulls = Nulls.AS_EMPTY) long lastIconUpdate) {

	public Bot {
		userId = Defaults.text(userId);
		username = Defaults.text(username);
		displayName = Defaults.text(displayName);
		description = Defaults.text(description);
		ownerId = Defaults.text(ownerId);
	}

	/**
	 * Describes a bot to create or ensure; the server fills in ids, owner and timestamps.
	 * @param username the bot's username
	 * @param displayName the name shown for the bot
	 * @param description what the bot does
	 * @return the bot
	 */
	public static Bot of(String username, String displayName, String description) {
		return new Bot("", username, displayName, description, "", 0, 0, 0, 0);
	}

	/**
	 * Tells whether the bot is active.
	 * @return {@code true} unless the bot has been deactivated
	 */
	@JsonIgnore
	public boolean isActive() {
		return this.deleteAt == 0;
	}

}
