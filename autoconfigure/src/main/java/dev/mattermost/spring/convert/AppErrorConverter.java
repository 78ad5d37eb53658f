package dev.mattermost.spring.convert;

import org.jspecify.annotations.Nullable;

import dev.mattermost.spring.model.AppError;

/**
 * Converts errors that Mattermost reports as data between their protobuf and model forms.
 */
public final class AppErrorConverter {

	private AppErrorConverter() {
	}

	/**
	 * Converts a protobuf error to its model form.
	 * @param error the protobuf error
	 * @return the model error
	 */
	public static AppError toModel(dev.mattermost.spring.protocol.v1.AppError error) {
		return new AppError(error.getId(), error.getMessage(), error.getDetailedError(), error.getRequestId(),
				error.getStatusCode(), error.getWhere(), StructConverter.toModel(error.getParams()));
	}

	/**
	 * Converts a model error to its protobuf form; {@code null} becomes the default instance.
	 * @param error the model error, may be {@code null}
	 * @return the protobuf error
	 */
	public static dev.mattermost.spring.protocol.v1.AppError toProto(@Nullable AppError error) {
		if (error == null) {
			return dev.mattermost.spring.protocol.v1.AppError.getDefaultInstance();
		}
		return dev.mattermost.spring.protocol.v1.AppError.newBuilder()
			.setId(error.id())
			.setMessage(error.message())
			.setDetailedError(error.detailedError())
			.setRequestId(error.requestId())
			.setStatusCode(error.statusCode())
			.setWhere(error.where())
			.setParams(StructConverter.toProto(error.params()))
			.build();
	}

}
