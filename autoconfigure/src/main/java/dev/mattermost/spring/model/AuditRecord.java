package dev.mattermost.spring.model;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * An entry for Mattermost's audit log, as Mattermost's {@code model.AuditRecord}.
 *
 * @param id the record id; empty to let the server assign one
 * @param createAt when the audited event happened, in epoch milliseconds
 * @param level the audit level (for example {@code audit-api} or {@code audit-content})
 * @param apiPath the API path or operation that was audited
 * @param event the name of the audited event
 * @param status the outcome: {@code attempt}, {@code success} or {@code fail}
 * @param userId the acting user
 * @param sessionId the acting session
 * @param client the acting client (user agent)
 * @param ipAddress the acting client's IP address
 * @param meta further details of the event
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AuditRecord(@JsonProperty("id") String id, @JsonProperty("create_at") long createAt,
		@JsonProperty("level") String level, @JsonProperty("api_path") String apiPath,
		@JsonProperty("event") String event, @JsonProperty("status") String status,
		@JsonProperty("user_id") String userId, @JsonProperty("session_id") String sessionId,
		@JsonProperty("client") String client, @JsonProperty("ip_address") String ipAddress,
		@JsonProperty("meta") Map<String, @Nullable Object> meta) {

	/** Status of an event that was attempted. */
	public static final String STATUS_ATTEMPT = "attempt";

	/** Status of an event that succeeded. */
	public static final String STATUS_SUCCESS = "success";

	/** Status of an event that failed. */
	public static final String STATUS_FAIL = "fail";

	public AuditRecord {
		id = Defaults.text(id);
		level = Defaults.text(level);
		apiPath = Defaults.text(apiPath);
		event = Defaults.text(event);
		status = Defaults.text(status);
		userId = Defaults.text(userId);
		sessionId = Defaults.text(sessionId);
		client = Defaults.text(client);
		ipAddress = Defaults.text(ipAddress);
		meta = Defaults.map(meta);
	}

	/**
	 * Returns a record of an event by a user, stamped with the current time.
	 * @param event the event name
	 * @param status the outcome
	 * @param userId the acting user
	 * @param meta further details
	 * @return the record
	 */
	public static AuditRecord of(String event, String status, String userId, Map<String, @Nullable Object> meta) {
		return new AuditRecord("", System.currentTimeMillis(), "", "", event, status, userId, "", "", "", meta);
	}

}
