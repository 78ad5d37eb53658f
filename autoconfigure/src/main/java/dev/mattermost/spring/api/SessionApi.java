package dev.mattermost.spring.api;

import dev.mattermost.spring.model.Session;
import dev.mattermost.spring.model.UserAccessToken;

/**
 * Manages user sessions and personal access tokens.
 */
public interface SessionApi {

	/**
	 * Gets a session by id ({@code GetSession}).
	 * @param sessionId the session id
	 * @return the session
	 * @throws NotFoundException if there is no such session
	 */
	Session get(String sessionId);

	/**
	 * Creates a session for a user ({@code CreateSession}).
	 * @param session the session; see {@link Session#forUser(String, long)}
	 * @return the created session with its id and token
	 */
	Session create(Session session);

	/**
	 * Moves a session's expiry ({@code ExtendSessionExpiry}).
	 * @param sessionId the session id
	 * @param newExpiry the new expiry in epoch milliseconds
	 */
	void extendExpiry(String sessionId, long newExpiry);

	/**
	 * Revokes a session, logging the user out of it ({@code RevokeSession}).
	 * @param sessionId the session id
	 */
	void revoke(String sessionId);

	/**
	 * Creates a personal access token ({@code CreateUserAccessToken}).
	 * @param token the token request; see {@link UserAccessToken#forUser(String, String)}
	 * @return the created token, the only time its secret is returned
	 */
	UserAccessToken createUserAccessToken(UserAccessToken token);

	/**
	 * Revokes a personal access token ({@code RevokeUserAccessToken}).
	 * @param tokenId the token's id (not the secret)
	 */
	void revokeUserAccessToken(String tokenId);

}
