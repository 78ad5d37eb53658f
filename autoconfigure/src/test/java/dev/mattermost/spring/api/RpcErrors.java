package dev.mattermost.spring.api;

import java.util.function.Consumer;
import java.util.stream.Stream;

import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;
import io.grpc.MethodDescriptor;
import io.grpc.Status;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.Arguments.ArgumentSet;

import dev.mattermost.spring.protocol.v1.AppError;
import dev.mattermost.spring.protocol.v1.PluginAPIGrpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Checks that an API method reaches its RPC and turns both of Mattermost's error forms into the right exception.
 */
final class RpcErrors {

	private RpcErrors() {
	}

	/**
	 * Names one API method call for a parameterized test.
	 * @param <A> the API group type
	 * @param rpc the RPC the call must reach
	 * @param call the call
	 * @return the test arguments
	 */
	static <A> ArgumentSet call(String rpc, Consumer<A> call) {
		return Arguments.argumentSet(rpc, rpc, call);
	}

	/**
	 * Returns the RPC names of the given calls.
	 * @param calls the calls, as made by {@link #call}
	 * @return the RPC names
	 */
	static Stream<String> rpcs(Stream<ArgumentSet> calls) {
		return calls.map((arguments) -> (String) arguments.get()[0]);
	}

	/**
	 * Answers the RPC with a 404 {@code AppError} in field 1 and checks the call throws {@link NotFoundException}
	 * carrying the error.
	 * @param server the fake server
	 * @param rpc the RPC the call must reach
	 * @param call the call
	 */
	static void assertAppErrorMapped(ApiTestServer server, String rpc, ThrowingCallable call) {
		server.respond(rpc, withError(rpc, ApiTestServer.appError("app.thing.missing.app_error", "Not there", 404)));
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(call).satisfies((ex) -> {
			assertThat(ex.getMethod()).isEqualTo(rpc);
			assertThat(ex.getId()).isEqualTo("app.thing.missing.app_error");
			assertThat(ex.getErrorMessage()).isEqualTo("Not there");
			assertThat(ex.getDetailedError()).isEqualTo("detail of app.thing.missing.app_error");
			assertThat(ex.getStatusCode()).isEqualTo(404);
		});
		assertThat(server.calledMethodsInOrder()).containsExactly(rpc);
	}

	/**
	 * Fails the RPC with a PERMISSION_DENIED status as Mattermost's handlers do and checks the call throws
	 * {@link PermissionDeniedException} with the id and message parsed from the description.
	 * @param server the fake server
	 * @param rpc the RPC the call must reach
	 * @param call the call
	 */
	static void assertStatusMapped(ApiTestServer server, String rpc, ThrowingCallable call) {
		server.fail(rpc, ApiTestServer.statusError(Status.Code.PERMISSION_DENIED, "api.context.permissions.app_error",
				"You do not have the appropriate permissions."));
		assertThatExceptionOfType(PermissionDeniedException.class).isThrownBy(call).satisfies((ex) -> {
			assertThat(ex.getMethod()).isEqualTo(rpc);
			assertThat(ex.getId()).isEqualTo("api.context.permissions.app_error");
			assertThat(ex.getErrorMessage()).isEqualTo("You do not have the appropriate permissions.");
			assertThat(ex.getStatusCode()).isEqualTo(403);
		});
		assertThat(server.calledMethodsInOrder()).containsExactly(rpc);
	}

	private static Message withError(String rpc, AppError error) {
		Message prototype = responsePrototype(rpc);
		FieldDescriptor errorField = prototype.getDescriptorForType().findFieldByNumber(1);
		return prototype.toBuilder().setField(errorField, error).build();
	}

	private static Message responsePrototype(String rpc) {
		MethodDescriptor<?, ?> method = PluginAPIGrpc.getServiceDescriptor()
			.getMethods()
			.stream()
			.filter((candidate) -> candidate.getBareMethodName().equals(rpc))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No RPC " + rpc));
		return (Message) ((MethodDescriptor.PrototypeMarshaller<?>) method.getResponseMarshaller())
			.getMessagePrototype();
	}

}
