package dev.mattermost.spring.test.mattermost;

/**
 * A slash command the plugin registered with {@code RegisterCommand}.
 *
 * @param teamId the team it is limited to, or empty for every team
 * @param trigger the trigger word, lower-cased and without the slash, as the server stores it
 * @param displayName the display name
 * @param description the description
 * @param autoComplete whether it is offered in autocomplete
 * @param autoCompleteDescription the autocomplete description
 * @param autoCompleteHint the autocomplete hint
 * @param iconUrl the icon URL
 */
public record RegisteredCommand(String teamId, String trigger, String displayName, String description,
		boolean autoComplete, String autoCompleteDescription, String autoCompleteHint, String iconUrl) {
}
