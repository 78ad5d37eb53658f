package dev.mattermost.spring.api;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import org.jspecify.annotations.Nullable;

import dev.mattermost.spring.protocol.v1.AppError;
import dev.mattermost.spring.protocol.v1.PluginAPIGrpc;

/**
 * Performs one PluginAPI call with the configured deadline and turns both of Mattermost's error forms into
 * {@link PluginApiException}s.
 *
 * <p>Mattermost reports a failed call either as an {@code AppError} in field 1 of the response or as a gRPC status
 * whose description reads {@code "<id>: <message>"}, depending on the RPC; callers see the same exception either
 * way.
 */
public final class PluginApiCaller {

	/** A Mattermost error id is dotted and has no spaces, which tells it apart from free-text descriptions. */
	private static final Pattern ID_AND_MESSAGE = Pattern.compile("([A-Za-z0-9_\\-]+(?:\\.[A-Za-z0-9_\\-]+)+): (.*)",
			Pattern.DOTALL);

	private final PluginAPIGrpc.PluginAPIBlockingStub stub;

	private final Duration deadline;

	private final long deadlineNanos;

	/**
	 * Creates a caller.
	 * @param stub the blocking stub of the server's PluginAPI service
	 * @param deadline how long each call may take; must be positive
	 */
	public PluginApiCaller(PluginAPIGrpc.PluginAPIBlockingStub stub, Duration deadline) {
		this.stub = Objects.requireNonNull(stub, "stub must not be null");
		Objects.requireNonNull(deadline, "deadline must not be null");
		if (deadline.isNegative() || deadline.isZero()) {
			throw new IllegalArgumentException("deadline must be positive but was " + deadline);
		}
		this.deadline = deadline;
		this.deadlineNanos = deadline.toNanos();
	}

	/**
	 * Returns the deadline applied to each call.
	 * @return the per-call deadline
	 */
	public Duration getDeadline() {
		return this.deadline;
	}

	/**
	 * Invokes one RPC and returns its response when it succeeded.
	 * @param <R> the response type
	 * @param method the RPC name as in the service definition, for example {@code GetUser}; used in error messages
	 * @param rpc invokes the RPC on the stub it is given
	 * @return the response, which carries no error
	 * @throws PluginApiException (or a subclass) when the server reported an error or the call failed
	 */
	public <R extends Message> R call(String method, Function<PluginAPIGrpc.PluginAPIBlockingStub, R> rpc) {
		R response;
		try {
			response = rpc.apply(this.stub.withDeadlineAfter(this.deadlineNanos, TimeUnit.NANOSECONDS));
		}
		catch (StatusRuntimeException ex) {
			throw fromStatus(method, ex);
		}
		AppError error = appError(response);
		if (error != null) {
			throw fromAppError(method, error);
		}
		return response;
	}

	private static @Nullable AppError appError(Message response) {
		FieldDescriptor field = response.getDescriptorForType().findFieldByNumber(1);
		if (field == null || field.getType() != FieldDescriptor.Type.MESSAGE
				|| field.getMessageType() != AppError.getDescriptor() || !response.hasField(field)) {
			return null;
		}
		AppError error = (AppError) response.getField(field);
		return error.getId().isEmpty() ? null : error;
	}

	static PluginApiException fromAppError(String method, AppError error) {
		String id = error.getId();
		String message = error.getMessage();
		String detail = error.getDetailedError();
		int code = error.getStatusCode();
		String where = error.getWhere();
		return switch (code) {
			case 404 -> new NotFoundException(method, id, message, detail, code, where, null);
			case 401, 403 -> new PermissionDeniedException(method, id, message, detail, code, where, null);
			case 400 -> new InvalidInputException(method, id, message, detail, code, where, null);
			case 409 -> new ConflictException(method, id, message, detail, code, where, null);
			case 429, 503 -> new UnavailableException(method, id, message, detail, code, where, null);
			default -> new PluginApiException(method, id, message, detail, code, where, null);
		};
	}

	static PluginApiException fromStatus(String method, StatusRuntimeException ex) {
		Status status = ex.getStatus();
		String description = (status.getDescription() != null) ? status.getDescription() : "";
		String id = "";
		String message = description;
		Matcher matcher = ID_AND_MESSAGE.matcher(description);
		if (matcher.matches()) {
			id = matcher.group(1);
			message = matcher.group(2);
		}
		if (message.isEmpty()) {
			message = status.getCode().name();
		}
		return switch (status.getCode()) {
			case NOT_FOUND -> new NotFoundException(method, id, message, "", 404, "", ex);
			case PERMISSION_DENIED -> new PermissionDeniedException(method, id, message, "", 403, "", ex);
			case UNAUTHENTICATED -> new PermissionDeniedException(method, id, message, "", 401, "", ex);
			case INVALID_ARGUMENT, FAILED_PRECONDITION, OUT_OF_RANGE ->
				new InvalidInputException(method, id, message, "", 400, "", ex);
			case ALREADY_EXISTS -> new ConflictException(method, id, message, "", 409, "", ex);
			case RESOURCE_EXHAUSTED -> new UnavailableException(method, id, message, "", 429, "", ex);
			// The server maps its own 503 AppErrors to UNAVAILABLE; everything else with that code is the transport.
			case UNAVAILABLE -> (!id.isEmpty() && status.getCause() == null)
					? new UnavailableException(method, id, message, "", 503, "", ex)
					: new PluginApiTransportException(method, transportMessage(status, description), ex);
			case DEADLINE_EXCEEDED, CANCELLED ->
				new PluginApiTransportException(method, transportMessage(status, description), ex);
			case UNIMPLEMENTED -> new PluginApiException(method, id, message, "", 501, "", ex);
			default -> new PluginApiException(method, id, message, "", 500, "", ex);
		};
	}

	private static String transportMessage(Status status, String description) {
		return description.isEmpty() ? status.getCode().name() : status.getCode() + ": " + description;
	}

}
