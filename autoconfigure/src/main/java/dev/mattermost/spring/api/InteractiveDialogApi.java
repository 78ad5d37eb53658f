package dev.mattermost.spring.api;

import dev.mattermost.spring.model.Dialog;
import dev.mattermost.spring.model.OpenDialogRequest;

/**
 * Opens interactive dialogs on the client of a user who ran a slash command or clicked an interactive message
 * button.
 */
public interface InteractiveDialogApi {

	/**
	 * Opens a dialog ({@code OpenInteractiveDialog}).
	 * @param request the trigger id, submission URL and dialog
	 */
	void open(OpenDialogRequest request);

	/**
	 * Opens a dialog ({@code OpenInteractiveDialog}).
	 * @param triggerId the trigger id from the command or action, valid for a few seconds
	 * @param url where Mattermost posts the submission, for example {@code /plugins/<id>/dialog}
	 * @param dialog the dialog
	 */
	default void open(String triggerId, String url, Dialog dialog) {
		open(new OpenDialogRequest(triggerId, url, dialog));
	}

}
