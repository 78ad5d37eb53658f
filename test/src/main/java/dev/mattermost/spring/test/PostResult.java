package dev.mattermost.spring.test;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

import dev.mattermost.spring.model.Post;

/**
 * What became of a message posted through {@link MattermostTestDriver}: whether {@code MessageWillBePosted} let it
 * through, changed, rejected or dismissed it, and the post as stored.
 *
 * @param status what the plugin decided
 * @param post the stored post, or {@code null} when it was rejected or dismissed
 * @param rejectionReason the plugin's reason when it rejected the post
 * @param hookFailure why the hook call failed, when the post was stored only because the server fails open
 */
public record PostResult(Status status, @Nullable Post post, @Nullable String rejectionReason,
		@Nullable String hookFailure) {

	/**
	 * What {@code MessageWillBePosted} (or {@code MessageWillBeUpdated}) decided.
	 */
	public enum Status {

		/** Stored as written. */
		POSTED,

		/** Stored as the plugin changed it. */
		MODIFIED,

		/** Refused with a reason the poster sees. */
		REJECTED,

		/** Dropped silently. */
		DISMISSED

	}

	/**
	 * Whether the post was stored, changed or not.
	 * @return {@code true} for {@link Status#POSTED} and {@link Status#MODIFIED}
	 */
	public boolean isStored() {
		return this.post != null;
	}

	/**
	 * Whether the plugin changed the post.
	 * @return {@code true} for {@link Status#MODIFIED}
	 */
	public boolean isModified() {
		return this.status == Status.MODIFIED;
	}

	/**
	 * Whether the plugin rejected the post.
	 * @return {@code true} for {@link Status#REJECTED}
	 */
	public boolean isRejected() {
		return this.status == Status.REJECTED;
	}

	/**
	 * Whether the plugin dismissed the post.
	 * @return {@code true} for {@link Status#DISMISSED}
	 */
	public boolean isDismissed() {
		return this.status == Status.DISMISSED;
	}

	/**
	 * The stored post, for tests that expect one.
	 * @return the post
	 * @throws IllegalStateException if the post was rejected or dismissed
	 */
	public Post storedPost() {
		if (this.post == null) {
			throw new IllegalStateException("The post was not stored: " + this);
		}
		return this.post;
	}

	/**
	 * The stored message, for tests that expect one.
	 * @return the message text as stored
	 * @throws IllegalStateException if the post was rejected or dismissed
	 */
	public String message() {
		return storedPost().message();
	}

	@Override
	public String toString() {
		return switch (this.status) {
			case POSTED, MODIFIED -> this.status + " " + Objects.requireNonNull(this.post).id() + ": \""
					+ this.post.message() + "\"" + ((this.hookFailure != null) ? " (hook failed: " + this.hookFailure + ")" : "");
			case REJECTED -> "REJECTED: " + this.rejectionReason;
			case DISMISSED -> "DISMISSED";
		};
	}

}
