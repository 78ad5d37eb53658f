package dev.mattermost.spring.test.mattermost;

/**
 * A user (or bot user) as the in-memory Mattermost holds it.
 *
 * @param id the 26-character id
 * @param username the username
 * @param email the email address
 * @param firstName the first name
 * @param lastName the last name
 * @param nickname the nickname
 * @param roles space-separated system roles, e.g. {@code "system_user"} or {@code "system_admin system_user"}
 * @param bot whether this is a bot user
 * @param deleteAt when it was deactivated, or 0
 */
public record StoredUser(String id, String username, String email, String firstName, String lastName,
		String nickname, String roles, boolean bot, long deleteAt) {
}
