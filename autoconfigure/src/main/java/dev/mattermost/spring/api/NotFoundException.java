package dev.mattermost.spring.api;

import org.jspecify.annotations.Nullable;

/**
 * Thrown when the requested object does not exist (HTTP 404).
 */
public class NotFoundException extends PluginApiException {

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
	public NotFoundException(String method, String id, String errorMessage, String detailedError, int statusCode, String where,
			@Nullable Throwable cause) {
		super(method, id, errorMessage, detailedError, statusCode, where, cause);
	}

}
