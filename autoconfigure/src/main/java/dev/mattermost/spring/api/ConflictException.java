package dev.mattermost.spring.api;

import org.jspecify.annotations.Nullable;

/**
 * Thrown when the object to create or change conflicts with an existing one (HTTP 409).
 */
public class ConflictException extends PluginApiException {

	/**
	 * Creates the exception.
	 * @param method the PluginAPI RPC that failed
	 * @param id the Mattermost error id, empty when the server sent none
	 * @param errorMessage the server's error message
	 * @param detailedError the server's detailed error, empty when none
	 * @param statusCode the HTTP status code Mattermost associates with the error
	 * @param where the server-side location of the error, empty when none
	 * @param cause the underlying failure, if any
	 */
	public ConflictException(String method, String id, String errorMessage, String detailedError, int statusCode, String where,
			@Nullable Throwable cause) {
		super(method, id, errorMessage, detailedError, statusCode, where, cause);
	}

}
