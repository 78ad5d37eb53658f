package dev.mattermost.spring.test.hooks;

import org.jspecify.annotations.Nullable;

import dev.mattermost.spring.protocol.v1.AppError;
import dev.mattermost.spring.protocol.v1.CommandResponse;

/**
 * What {@code ExecuteCommand} answered: a response, an error, or (like a Go plugin returning {@code nil, nil})
 * neither.
 *
 * @param response the command response, if the plugin gave one
 * @param error the error the server would show, if any
 */
public record CommandOutcome(@Nullable CommandResponse response, @Nullable AppError error) {

	/**
	 * Whether the command failed.
	 * @return {@code true} when there is an error
	 */
	public boolean failed() {
		return this.error != null;
	}

}
