package dev.mattermost.spring.test.mattermost;

import dev.mattermost.spring.protocol.v1.AppError;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import org.jspecify.annotations.Nullable;

/**
 * A Mattermost {@code *model.AppError} raised inside the stand-in; the service turns it into whichever of the
 * server's two wire forms the RPC uses.
 */
final class AppErrorException extends RuntimeException {

	private final String id;

	private final String where;

	private final int statusCode;

	AppErrorException(String where, String id, String message, int statusCode) {
		super(message);
		this.where = where;
		this.id = id;
		this.statusCode = statusCode;
	}

	static AppErrorException notFound(String where, String id, String message) {
		return new AppErrorException(where, id, message, 404);
	}

	/**
	 * Returns what a lookup found, or raises the not-found error the server answers when it found nothing.
	 */
	static <T> T requireFound(@Nullable T found, String where, String id, String message) {
		if (found == null) {
			throw notFound(where, id, message);
		}
		return found;
	}

	static AppErrorException badRequest(String where, String id, String message) {
		return new AppErrorException(where, id, message, 400);
	}

	static AppErrorException forbidden(String where, String id, String message) {
		return new AppErrorException(where, id, message, 403);
	}

	static AppErrorException internal(String where, String id, String message) {
		return new AppErrorException(where, id, message, 500);
	}

	String id() {
		return this.id;
	}

	String where() {
		return this.where;
	}

	int statusCode() {
		return this.statusCode;
	}

	/**
	 * The form api_kv.go, api_post.go and api_file.go use: an AppError inside an OK response, with the translated
	 * message and no params (the server cannot copy them).
	 */
	AppError toProto() {
		return AppError.newBuilder()
			.setId(this.id)
			.setMessage(getMessage())
			.setStatusCode(this.statusCode)
			.setWhere(this.where)
			.build();
	}

	/**
	 * The form the other handlers use: the HTTP status mapped to a gRPC code, description {@code "<id>: <message>"}.
	 */
	StatusRuntimeException toStatus() {
		return grpcStatus(this.statusCode).withDescription(this.id + ": " + getMessage()).asRuntimeException();
	}

	static Status grpcStatus(int httpStatus) {
		return switch (httpStatus) {
			case 400 -> Status.INVALID_ARGUMENT;
			case 401 -> Status.UNAUTHENTICATED;
			case 403 -> Status.PERMISSION_DENIED;
			case 404 -> Status.NOT_FOUND;
			case 409 -> Status.ALREADY_EXISTS;
			case 413, 429 -> Status.RESOURCE_EXHAUSTED;
			case 501 -> Status.UNIMPLEMENTED;
			case 503 -> Status.UNAVAILABLE;
			default -> Status.INTERNAL;
		};
	}

}
