package dev.mattermost.spring.hooks;

import java.util.Objects;

/**
 * What a handler of a "will be" hook decides about the value passing through it: let it pass unchanged, replace
 * it, reject it with a reason, or (for posts) dismiss it without telling the user.
 *
 * @param <T> the type of value the hook decides on, e.g. {@code Post}
 */
public final class Decision<T> {

	/** The rejection reason Mattermost treats as "drop the post silently". */
	public static final String DISMISS_POST_REASON = "plugin.message_will_be_posted.dismiss_post";

	private static final Decision<?> ALLOW = new Decision<>(Kind.ALLOW, null, null);

	private final Kind kind;

	private final T value;

	private final String reason;

	private Decision(Kind kind, T value, String reason) {
		this.kind = kind;
		this.value = value;
		this.reason = reason;
	}

	/**
	 * Lets the value pass unchanged.
	 * @param <T> the value type
	 * @return the decision
	 */
	@SuppressWarnings("unchecked")
	public static <T> Decision<T> allow() {
		return (Decision<T>) ALLOW;
	}

	/**
	 * Replaces the value; later handlers see the replacement.
	 * @param <T> the value type
	 * @param value the new value
	 * @return the decision
	 */
	public static <T> Decision<T> modify(T value) {
		return new Decision<>(Kind.MODIFY, Objects.requireNonNull(value, "value"), null);
	}

	/**
	 * Rejects the value; Mattermost shows the reason where it can, and no later handler runs.
	 * @param <T> the value type
	 * @param reason why, never empty
	 * @return the decision
	 */
	public static <T> Decision<T> reject(String reason) {
		if (reason == null || reason.isBlank()) {
			throw new IllegalArgumentException("A rejection needs a reason");
		}
		return new Decision<>(Kind.REJECT, null, reason);
	}

	/**
	 * Drops a post without an error shown to its author.
	 * @param <T> the value type
	 * @return the decision
	 */
	public static <T> Decision<T> dismiss() {
		return new Decision<>(Kind.REJECT, null, DISMISS_POST_REASON);
	}

	/**
	 * Whether the value was rejected or dismissed.
	 * @return {@code true} for a rejection
	 */
	public boolean isRejected() {
		return this.kind == Kind.REJECT;
	}

	/**
	 * Whether the value was replaced.
	 * @return {@code true} for a modification
	 */
	public boolean isModified() {
		return this.kind == Kind.MODIFY;
	}

	/**
	 * The replacement value, or {@code null} unless modified.
	 * @return the value
	 */
	public T value() {
		return this.value;
	}

	/**
	 * The rejection reason, or {@code null} unless rejected.
	 * @return the reason
	 */
	public String reason() {
		return this.reason;
	}

	@Override
	public String toString() {
		return switch (this.kind) {
			case ALLOW -> "Decision.allow()";
			case MODIFY -> "Decision.modify(" + this.value + ")";
			case REJECT -> "Decision.reject(" + this.reason + ")";
		};
	}

	private enum Kind {

		ALLOW, MODIFY, REJECT

	}

}
