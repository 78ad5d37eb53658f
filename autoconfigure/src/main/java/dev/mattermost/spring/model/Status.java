package dev.mattermost.spring.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A user's presence: online, away, do not disturb or offline, and whether the user set it by hand.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Status(
		@JsonProperty("user_id") String userId,
		@JsonProperty("status") String status,
		@JsonProperty("manual") boolean manual,
		@JsonProperty("last_activity_at") long lastActivityAt,
		@JsonProperty("dnd_end_time") long dndEndTime) {

	/** The user is online. */
	public static final String ONLINE = "online";

	/** The user is away. */
	public static final String AWAY = "away";

	/** The user does not want to be disturbed. */
	public static final String DND = "dnd";

	/** The user is offline. */
	public static final String OFFLINE = "offline";

	public Status {
		userId = Defaults.text(userId);
		status = Defaults.text(status);
	}

}
