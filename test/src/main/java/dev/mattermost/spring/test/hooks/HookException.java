package dev.mattermost.spring.test.hooks;

import org.jspecify.annotations.Nullable;

import dev.mattermost.spring.protocol.v1.AppError;

/**
 * A hook call that failed, either because the plugin answered with an {@link AppError} or because the gRPC call
 * itself failed (deadline, broken connection, plugin-side exception).
 */
public class HookException extends RuntimeException {

	private final String hook;

	private final @Nullable AppError appError;

	HookException(String hook, AppError appError) {
		super(hook + " returned an error: " + describe(appError));
		this.hook = hook;
		this.appError = appError;
	}

	HookException(String hook, Throwable cause) {
		super(hook + " failed: " + cause.getMessage(), cause);
		this.hook = hook;
		this.appError = null;
	}

	/**
	 * The Go name of the hook that failed, for example {@code OnActivate}.
	 * @return the hook name
	 */
	public String getHook() {
		return this.hook;
	}

	/**
	 * The error the plugin answered with, or {@code null} when the call itself failed.
	 * @return the plugin's error, if any
	 */
	public @Nullable AppError getAppError() {
		return this.appError;
	}

	static String describe(AppError error) {
		StringBuilder text = new StringBuilder(error.getId().isEmpty() ? "(no id)" : error.getId());
		// The server ignores `message` and re-derives it from the id, so detailed_error is what carries the text.
		if (!error.getDetailedError().isEmpty()) {
			text.append(": ").append(error.getDetailedError());
		}
		else if (!error.getMessage().isEmpty()) {
			text.append(": ").append(error.getMessage());
		}
		if (error.getStatusCode() != 0) {
			text.append(" (status ").append(error.getStatusCode()).append(')');
		}
		return text.toString();
	}

}
