package dev.mattermost.spring.api;

import org.jspecify.annotations.Nullable;

/**
 * Thrown when a plugin API call did not reach Mattermost or got no answer in time: the server went away, the deadline
 * passed or the call was cancelled.
 *
 * <p>Unlike {@link UnavailableException} the server never judged the request, so the outcome of a write is unknown.
 */
public class PluginApiTransportException extends PluginApiException {

	/**
	 * Creates the exception.
	 * @param method the PluginAPI RPC that failed
	 * @param errorMessage what went wrong
	 * @param cause the underlying failure, if any
	 */
	public PluginApiTransportException(String method, String errorMessage, @Nullable Throwable cause) {
		super(method, "", errorMessage, "", 0, "", cause);
	}

}
