package dev.mattermost.spring.test;

import org.jspecify.annotations.Nullable;

import dev.mattermost.spring.model.AppError;
import dev.mattermost.spring.model.CommandResponse;

/**
 * What a slash command run through {@link MattermostTestDriver} answered.
 *
 * @param response the plugin's response, or {@code null} when it failed or (like a Go plugin returning
 * {@code nil, nil}) gave none
 * @param error the error the user would see: the plugin's, or the server's when no plugin command matched
 * @param post the post made for an {@code in_channel} response, if any
 */
public record CommandResult(@Nullable CommandResponse response, @Nullable AppError error, @Nullable PostResult post) {

	/**
	 * Whether the command failed.
	 * @return {@code true} when there is an error
	 */
	public boolean failed() {
		return this.error != null;
	}

	/**
	 * The response text, or the error's message when the command failed.
	 * @return the text the user would see, empty when there is none
	 */
	public String text() {
		if (this.error != null) {
			return this.error.detailedError().isEmpty() ? this.error.message() : this.error.detailedError();
		}
		return (this.response != null) ? this.response.text() : "";
	}

	/**
	 * Whether the response is shown only to the user who ran the command (Mattermost's default).
	 * @return {@code true} for an ephemeral response
	 */
	public boolean isEphemeral() {
		return this.response != null && !CommandResponse.IN_CHANNEL.equals(this.response.responseType());
	}

}
