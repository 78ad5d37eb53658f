package dev.mattermost.spring.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A user's unread message and mention counts in one team.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TeamUnread(
		@JsonProperty("team_id") String teamId,
		@JsonProperty("msg_count") long msgCount,
		@JsonProperty("mention_count") long mentionCount,
		@JsonProperty("mention_count_root") long mentionCountRoot,
		@JsonProperty("msg_count_root") long msgCountRoot,
		@JsonProperty("thread_count") long threadCount,
		@JsonProperty("thread_mention_count") long threadMentionCount) {

	public TeamUnread {
		teamId = Defaults.text(teamId);
	}

}
