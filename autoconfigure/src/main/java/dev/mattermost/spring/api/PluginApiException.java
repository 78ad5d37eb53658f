package dev.mattermost.spring.api;

import org.jspecify.annotations.Nullable;

/**
 * Thrown when a Mattermost plugin API call fails, carrying the server's error details.
 *
 * <p>The id, message, detailed error, status code and location mirror Mattermost's
 * {@code AppError}. When the server reported the failure as a gRPC status instead of an
 * {@code AppError}, the id and message are recovered from the status description and the
 * status code is the HTTP status Mattermost would have used.
 */
public class PluginApiException extends RuntimeException {

	private final String method;

	private final String id;

	private final String errorMessage;

	private final String detailedError;

	private final int statusCode;

	private final String where;

	/**
	 * Creates an exception for a failed call.
	 * @param method the PluginAPI RPC that failed, for example {@code GetUser}
	 * @param id the Mattermost error id, empty when the server sent none
	 * @param errorMessage the server's error message
	 * @param detailedError the server's detailed error, empty when none
	 * @param statusCode the HTTP status code Mattermost associates with the error
	 * @param where the server-side location of the error, empty when none
	 * @param cause the underlying failure, if any
	 */
	public PluginApiException(String method, String id, String errorMessage, String detailedError, int statusCode,
			String where, @Nullable Throwable cause) {
		super(describe(method, id, errorMessage, detailedError, statusCode), cause);
		this.method = method;
		this.id = id;
		this.errorMessage = errorMessage;
		this.detailedError = detailedError;
		this.statusCode = statusCode;
		this.where = where;
	}

	private static String describe(String method, String id, String errorMessage, String detailedError,
			int statusCode) {
		StringBuilder text = new StringBuilder(method).append(" failed");
		if (statusCode > 0) {
			text.append(" (").append(statusCode).append(')');
		}
		text.append(": ");
		if (!id.isEmpty()) {
			text.append(id).append(": ");
		}
		text.append(errorMessage.isEmpty() ? "no message" : errorMessage);
		if (!detailedError.isEmpty()) {
			text.append(" [").append(detailedError).append(']');
		}
		return text.toString();
	}

	/**
	 * Returns the PluginAPI RPC that failed.
	 * @return the RPC name, for example {@code GetUser}
	 */
	public String getMethod() {
		return this.method;
	}

	/**
	 * Returns the Mattermost error id, such as {@code app.user.missing_account.const}.
	 * @return the error id, empty when the server sent none
	 */
	public String getId() {
		return this.id;
	}

	/**
	 * Returns the server's error message, without the RPC name and id that {@link #getMessage()} adds.
	 * @return the error message
	 */
	public String getErrorMessage() {
		return this.errorMessage;
	}

	/**
	 * Returns the server's detailed error.
	 * @return the detailed error, empty when none
	 */
	public String getDetailedError() {
		return this.detailedError;
	}

	/**
	 * Returns the HTTP status code Mattermost associates with the error.
	 * @return the status code, {@code 0} when unknown
	 */
	public int getStatusCode() {
		return this.statusCode;
	}

	/**
	 * Returns where on the server the error was raised.
	 * @return the location, empty when none
	 */
	public String getWhere() {
		return this.where;
	}

}
