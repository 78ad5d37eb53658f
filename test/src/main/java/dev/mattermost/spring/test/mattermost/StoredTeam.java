package dev.mattermost.spring.test.mattermost;

/**
 * A team as the in-memory Mattermost holds it.
 *
 * @param id the 26-character id
 * @param name the URL name
 * @param displayName the display name
 */
public record StoredTeam(String id, String name, String displayName) {
}
