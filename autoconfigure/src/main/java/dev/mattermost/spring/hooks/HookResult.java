package dev.mattermost.spring.hooks;

import org.jspecify.annotations.Nullable;

/**
 * What one handler's return value means to the dispatcher: go on unchanged, answer with a value, or reject.
 *
 * @param kind the outcome
 * @param value the answered value, for {@link Kind#VALUE}
 * @param reason the rejection reason, for {@link Kind#REJECT}
 */
public record HookResult(Kind kind, @Nullable Object value, @Nullable String reason) {

	private static final HookResult PROCEED = new HookResult(Kind.PROCEED, null, null);

	/**
	 * The handler had nothing to say.
	 * @return the result
	 */
	public static HookResult proceed() {
		return PROCEED;
	}

	/**
	 * The handler answered a value.
	 * @param value the value, {@code null} meaning nothing to say
	 * @return the result
	 */
	public static HookResult value(@Nullable Object value) {
		return (value != null) ? new HookResult(Kind.VALUE, value, null) : PROCEED;
	}

	/**
	 * The handler rejected.
	 * @param reason why
	 * @return the result
	 */
	public static HookResult reject(String reason) {
		return new HookResult(Kind.REJECT, null, reason);
	}

	/**
	 * Kinds of outcome.
	 */
	public enum Kind {

		/** Nothing to say. */
		PROCEED,

		/** An answer or a replacement value. */
		VALUE,

		/** A rejection with a reason. */
		REJECT

	}

}
