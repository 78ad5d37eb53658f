package dev.mattermost.spring.hooks;

import java.util.Locale;

import dev.mattermost.spring.protocol.v1.AppError;

/**
 * Turns a failed handler into the AppError Mattermost expects in the hook's response.
 */
final class HookErrors {

	private HookErrors() {
	}

	/**
	 * Builds the AppError for a failure; Mattermost rebuilds the message from the id, so the detail goes into
	 * {@code detailed_error} as well.
	 */
	static AppError toAppError(Hook hook, HookDispatcher.HandlerFailure failure) {
		Throwable error = failure.error();
		String message = hook.hookName() + " failed in " + failure.handler().describe() + ": "
				+ ((error.getMessage() != null) ? error.getMessage() : error.getClass().getSimpleName());
		return AppError.newBuilder()
			.setId("plugin." + snakeCase(hook.hookName()) + ".error")
			.setMessage(message)
			.setDetailedError(message + " (" + error.getClass().getName() + ")")
			.setStatusCode(500)
			.setWhere(hook.hookName())
			.build();
	}

	static String snakeCase(String hookName) {
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < hookName.length(); i++) {
			char c = hookName.charAt(i);
			boolean boundary = Character.isUpperCase(c) && i > 0
					&& (Character.isLowerCase(hookName.charAt(i - 1))
							|| (i + 1 < hookName.length() && Character.isLowerCase(hookName.charAt(i + 1))));
			if (boundary) {
				out.append('_');
			}
			out.append(c);
		}
		return out.toString().toLowerCase(Locale.ROOT);
	}

}
