package dev.mattermost.spring.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;

/**
 * A user's unread message and mention counts in one team.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TeamUnread(
		@JsonProperty("team_id") String teamId,
		@JsonProperty("msg_count") @JsonSetter(nulls = Nulls.AS_EMPTY) long msgCount,
		@JsonProperty("mention_count") @JsonSetter(nulls = Nulls.AS_EMPTY) long mentionCount,
		@JsonProperty("mention_count_root") @JsonSetter(nulls = Nulls.AS_EMPTY) long mentionCountRoot,
		@JsonProperty("msg_count_root") @JsonSetter(nulls = Nulls.AS_EMPTY) long msgCountRoot,
		@JsonProperty("thread_count") @JsonSetter(nulls = Nulls.AS_EMPTY) long threadCount,
		@JsonProperty("thread_mention_count") @JsonSetter(nulls = Nulls.AS_EMPTY) long threadMentionCount) {

	public TeamUnread {
		teamId = Defaults.text(teamId);
	}

}
