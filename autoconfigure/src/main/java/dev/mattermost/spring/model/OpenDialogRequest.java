package dev.mattermost.spring.model;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A request to open an interactive dialog on the client that produced a trigger id, as Mattermost's
 * {@code model.OpenDialogRequest}.
 *
 * @param triggerId the trigger id from the slash command or interactive message action
 * @param url where Mattermost posts the submitted dialog
 * @param dialog the dialog to show
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OpenDialogRequest(@JsonProperty("trigger_id") String triggerId, @JsonProperty("url") String url,
		@JsonProperty("dialog") Dialog dialog) {

	public OpenDialogRequest {
		Objects.requireNonNull(dialog, "dialog must not be null");
		triggerId = Defaults.text(triggerId);
		url = Defaults.text(url);
	}

}
