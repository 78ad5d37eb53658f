package dev.mattermost.spring.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The priority label and acknowledgement settings of a root post.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PostPriority(
		@JsonProperty("priority") @Nullable String priority,
		@JsonProperty("requested_ack") @Nullable Boolean requestedAck,
		@JsonProperty("persistent_notifications") @Nullable Boolean persistentNotifications) {

	/** The {@link #priority()} label of an important post. */
	public static final String IMPORTANT = "important";

	/** The {@link #priority()} label of an urgent post. */
	public static final String URGENT = "urgent";

}
