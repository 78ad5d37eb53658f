package dev.mattermost.spring.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;

/**
 * A custom emoji.
 *
 * @param id the emoji id
 * @param createAt when the emoji was created, epoch millis
 * @param updateAt when the emoji was last changed, epoch millis
 * @param deleteAt when the emoji was deleted, epoch millis, {@code 0} when it was not
 * @param creatorId the user who created the emoji
 * @param name the name used in messages, without colons
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Emoji(
		@JsonProperty("id") String id,
		@JsonProperty("create_at") @JsonSetter(nulls = Nulls.AS_EMPTY) long createAt,
		@JsonProperty("update_at") @JsonSetter(nulls = Nulls.AS_EMPTY) long updateAt,
		@JsonProperty("delete_at") @JsonSetter(nulls = Nulls.AS_EMPTY) long deleteAt,
		@JsonProperty("creator_id") String creatorId,
		@JsonProperty("name") String name) {

	public Emoji {
		id = Defaults.text(id);
		creatorId = Defaults.text(creatorId);
		name = Defaults.text(name);
	}

}
