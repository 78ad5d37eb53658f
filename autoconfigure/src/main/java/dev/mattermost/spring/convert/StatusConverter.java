package dev.mattermost.spring.convert;

import org.jspecify.annotations.Nullable;

import dev.mattermost.spring.model.CustomStatus;
import dev.mattermost.spring.model.Status;

/**
 * Converts user statuses and custom statuses between their protobuf and model forms.
 */
public final class StatusConverter {

	private StatusConverter() {
	}

	/**
	 * Converts a protobuf status to its model form.
	 * @param status the protobuf status
	 * @return the model status
	 */
	public static Status toModel(dev.mattermost.spring.protocol.v1.Status status) {
		return new Status(status.getUserId(), status.getStatus(), status.getManual(), status.getLastActivityAt(),
				status.getDndEndTime());
	}

	/**
	 * Converts a model status to its protobuf form; {@code null} becomes the default instance.
	 * @param status the model status, may be {@code null}
	 * @return the protobuf status
	 */
	public static dev.mattermost.spring.protocol.v1.Status toProto(@Nullable Status status) {
		if (status == null) {
			return dev.mattermost.spring.protocol.v1.Status.getDefaultInstance();
		}
		return dev.mattermost.spring.protocol.v1.Status.newBuilder()
			.setUserId(status.userId())
			.setStatus(status.status())
			.setManual(status.manual())
			.setLastActivityAt(status.lastActivityAt())
			.setDndEndTime(status.dndEndTime())
			.build();
	}

	/**
	 * Converts a protobuf custom status to its model form.
	 * @param customStatus the protobuf custom status
	 * @return the model custom status
	 */
	public static CustomStatus toModel(dev.mattermost.spring.protocol.v1.CustomStatus customStatus) {
		return new CustomStatus(customStatus.getEmoji(), customStatus.getText(), customStatus.getDuration(),
				customStatus.getExpiresAt());
	}

	/**
	 * Converts a model custom status to its protobuf form; {@code null} becomes the default instance.
	 * @param customStatus the model custom status, may be {@code null}
	 * @return the protobuf custom status
	 */
	public static dev.mattermost.spring.protocol.v1.CustomStatus toProto(@Nullable CustomStatus customStatus) {
		if (customStatus == null) {
			return dev.mattermost.spring.protocol.v1.CustomStatus.getDefaultInstance();
		}
		return dev.mattermost.spring.protocol.v1.CustomStatus.newBuilder()
			.setEmoji(customStatus.emoji())
			.setText(customStatus.text())
			.setDuration(customStatus.duration())
			.setExpiresAt(customStatus.expiresAt())
			.build();
	}

}
