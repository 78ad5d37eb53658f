package dev.mattermost.spring.model;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A user's login session, identified by its id and authenticated by its token.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Session(
		@JsonProperty("id") String id,
		@JsonProperty("token") String token,
		@JsonProperty("create_at") long createAt,
		@JsonProperty("expires_at") long expiresAt,
		@JsonProperty("last_activity_at") long lastActivityAt,
		@JsonProperty("user_id") String userId,
		@JsonProperty("device_id") String deviceId,
		@JsonProperty("roles") String roles,
		@JsonProperty("is_oauth") boolean isOAuth,
		@JsonProperty("expired_notify") boolean expiredNotify,
		@JsonProperty("props") Map<String, String> props,
		@JsonProperty("team_members") List<TeamMember> teamMembers,
		@JsonProperty("local") boolean local) {

	public Session {
		id = Defaults.text(id);
		token = Defaults.text(token);
		userId = Defaults.text(userId);
		deviceId = Defaults.text(deviceId);
		roles = Defaults.text(roles);
		props = Defaults.textMap(props);
		teamMembers = Defaults.list(teamMembers);
	}

	/**
	 * Creates a new session for a user, to be passed to {@code sessions().create}; the server fills in id and token.
	 * @param userId the user the session belongs to
	 * @param expiresAt when the session expires, in epoch milliseconds; {@code 0} for the server's default
	 * @return the session
	 */
	public static Session forUser(String userId, long expiresAt) {
		return new Session("", "", 0, expiresAt, 0, userId, "", "", false, false, Map.of(), List.of(), false);
	}

}
