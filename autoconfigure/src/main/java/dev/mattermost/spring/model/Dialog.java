package dev.mattermost.spring.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An interactive dialog shown to a user, as Mattermost's {@code model.Dialog}.
 *
 * @param callbackId an id sent back with the submission
 * @param title the dialog's title
 * @param introductionText Markdown shown above the elements
 * @param elements the input elements
 * @param submitLabel the label of the submit button
 * @param notifyOnCancel whether the submission URL is called when the user cancels
 * @param state opaque state sent back with the submission
 * @param iconUrl the icon shown next to the title
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Dialog(@JsonProperty("callback_id") String callbackId, @JsonProperty("title") String title,
		@JsonProperty("introduction_text") String introductionText,
		@JsonProperty("elements") List<DialogElement> elements, @JsonProperty("submit_label") String submitLabel,
		@JsonProperty("notify_on_cancel") boolean notifyOnCancel, @JsonProperty("state") String state,
		@JsonProperty("icon_url") String iconUrl) {

	public Dialog {
		callbackId = Defaults.text(callbackId);
		title = Defaults.text(title);
		introductionText = Defaults.text(introductionText);
		submitLabel = Defaults.text(submitLabel);
		state = Defaults.text(state);
		iconUrl = Defaults.text(iconUrl);
		elements = Defaults.list(elements);
	}

	/**
	 * Returns a dialog with a title and elements and the default submit button.
	 * @param callbackId an id sent back with the submission
	 * @param title the dialog's title
	 * @param elements the input elements
	 * @return the dialog
	 */
	public static Dialog of(String callbackId, String title, List<DialogElement> elements) {
		return new Dialog(callbackId, title, "", elements, "", false, "", "");
	}

}
