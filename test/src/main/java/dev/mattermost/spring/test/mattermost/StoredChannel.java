package dev.mattermost.spring.test.mattermost;

/**
 * A channel as the in-memory Mattermost holds it.
 *
 * @param id the 26-character id
 * @param teamId the team, or empty for direct and group messages
 * @param name the URL name ({@code "<id>__<id>"} for a direct message)
 * @param displayName the display name
 * @param type Mattermost's one-letter type: {@code "O"} open, {@code "P"} private, {@code "D"} direct,
 * {@code "G"} group
 * @param deleteAt when it was archived, or 0
 */
public record StoredChannel(String id, String teamId, String name, String displayName, String type, long deleteAt) {
}
