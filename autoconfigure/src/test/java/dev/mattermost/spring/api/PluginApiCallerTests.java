package dev.mattermost.spring.api;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import io.grpc.Context;
import io.grpc.Deadline;
import io.grpc.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.mattermost.spring.protocol.v1.AppError;
import dev.mattermost.spring.protocol.v1.GetServerVersionRequest;
import dev.mattermost.spring.protocol.v1.GetServerVersionResponse;
import dev.mattermost.spring.protocol.v1.GetUserRequest;
import dev.mattermost.spring.protocol.v1.PluginAPIGrpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PluginApiCallerTests {

	@RegisterExtension
	final ApiTestServer server = new ApiTestServer();

	private GetServerVersionResponse serverVersion() {
		return this.server.caller()
			.call("GetServerVersion", (stub) -> stub.getServerVersion(GetServerVersionRequest.getDefaultInstance()));
	}

	@Test
	void returnsResponseWhenCallSucceeds() {
		this.server.respond("GetServerVersion", GetServerVersionResponse.newBuilder().setVersion("10.5.0").build());
		assertThat(serverVersion().getVersion()).isEqualTo("10.5.0");
		assertThat(this.server.calledMethods()).containsExactly("GetServerVersion");
	}

	@Test
	void treatsAppErrorWithoutIdAsSuccess() {
		this.server.respond("GetServerVersion", GetServerVersionResponse.newBuilder()
			.setError(AppError.newBuilder().setStatusCode(500))
			.setVersion("10.5.0")
			.build());
		assertThat(serverVersion().getVersion()).isEqualTo("10.5.0");
	}

	@Test
	void appliesDeadlineToEachCall() {
		AtomicReference<Deadline> seen = new AtomicReference<>();
		this.server.respond("GetServerVersion", (GetServerVersionRequest request) -> {
			seen.set(Context.current().getDeadline());
			return GetServerVersionResponse.getDefaultInstance();
		});
		PluginApiCaller caller = new PluginApiCaller(PluginAPIGrpc.newBlockingStub(this.server.channel()),
				Duration.ofSeconds(3));
		caller.call("GetServerVersion", (stub) -> stub.getServerVersion(GetServerVersionRequest.getDefaultInstance()));
		long remainingMillis = seen.get().timeRemaining(TimeUnit.MILLISECONDS);
		assertThat(remainingMillis).isBetween(1_000L, 3_000L);
		assertThat(caller.getDeadline()).isEqualTo(Duration.ofSeconds(3));
	}

	@Test
	void rejectsNonPositiveDeadline() {
		PluginAPIGrpc.PluginAPIBlockingStub stub = PluginAPIGrpc.newBlockingStub(this.server.channel());
		assertThatIllegalArgumentException().isThrownBy(() -> new PluginApiCaller(stub, Duration.ZERO))
			.withMessageContaining("deadline");
	}

	@ParameterizedTest
	@CsvSource({ "404, NotFoundException", "403, PermissionDeniedException", "401, PermissionDeniedException",
			"400, InvalidInputException", "409, ConflictException", "503, UnavailableException",
			"429, UnavailableException", "500, PluginApiException", "501, PluginApiException" })
	void mapsResponseAppErrorByStatusCode(int statusCode, String exceptionType) {
		this.server.respond("GetServerVersion", GetServerVersionResponse.newBuilder()
			.setError(ApiTestServer.appError("app.system.version.app_error", "No version", statusCode))
			.build());
		assertThatExceptionOfType(PluginApiException.class).isThrownBy(this::serverVersion).satisfies((ex) -> {
			assertThat(ex.getClass().getSimpleName()).isEqualTo(exceptionType);
			assertThat(ex.getMethod()).isEqualTo("GetServerVersion");
			assertThat(ex.getId()).isEqualTo("app.system.version.app_error");
			assertThat(ex.getErrorMessage()).isEqualTo("No version");
			assertThat(ex.getDetailedError()).isEqualTo("detail of app.system.version.app_error");
			assertThat(ex.getStatusCode()).isEqualTo(statusCode);
			assertThat(ex.getWhere()).isEqualTo("FakeServer");
			assertThat(ex.getMessage()).contains("GetServerVersion", "app.system.version.app_error", "No version");
		});
	}

	@ParameterizedTest
	@CsvSource({ "NOT_FOUND, NotFoundException, 404", "PERMISSION_DENIED, PermissionDeniedException, 403",
			"UNAUTHENTICATED, PermissionDeniedException, 401", "INVALID_ARGUMENT, InvalidInputException, 400",
			"FAILED_PRECONDITION, InvalidInputException, 400", "OUT_OF_RANGE, InvalidInputException, 400",
			"ALREADY_EXISTS, ConflictException, 409", "RESOURCE_EXHAUSTED, UnavailableException, 429",
			"UNAVAILABLE, UnavailableException, 503", "UNIMPLEMENTED, PluginApiException, 501",
			"INTERNAL, PluginApiException, 500", "ABORTED, PluginApiException, 500" })
	void mapsServerStatusByCodeAndParsesIdFromDescription(Status.Code code, String exceptionType, int statusCode) {
		this.server.fail("GetUser",
				ApiTestServer.statusError(code, "app.user.missing_account.const", "Unable: to find"));
		assertThatExceptionOfType(PluginApiException.class).isThrownBy(this::getUser).satisfies((ex) -> {
			assertThat(ex.getClass().getSimpleName()).isEqualTo(exceptionType);
			assertThat(ex.getId()).isEqualTo("app.user.missing_account.const");
			assertThat(ex.getErrorMessage()).isEqualTo("Unable: to find");
			assertThat(ex.getStatusCode()).isEqualTo(statusCode);
			assertThat(ex.getCause()).isInstanceOf(io.grpc.StatusRuntimeException.class);
		});
	}

	@Test
	void keepsFreeTextDescriptionAsMessageWithoutId() {
		this.server.fail("GetUser", Status.INTERNAL.withDescription("internal error: sql: no rows"));
		assertThatExceptionOfType(PluginApiException.class).isThrownBy(this::getUser).satisfies((ex) -> {
			assertThat(ex.getId()).isEmpty();
			assertThat(ex.getErrorMessage()).isEqualTo("internal error: sql: no rows");
		});
	}

	@Test
	void treatsUnavailableWithoutServerErrorIdAsTransportFailure() {
		this.server.fail("GetUser", Status.UNAVAILABLE.withDescription("io exception"));
		assertThatExceptionOfType(PluginApiTransportException.class).isThrownBy(this::getUser)
			.withMessageContaining("UNAVAILABLE: io exception");
	}

	@Test
	void treatsUnavailableWithIoCauseAsTransportFailure() {
		// Causes never cross the wire, so this is the client transport's own failure.
		Status refused = Status.UNAVAILABLE.withDescription("a.b: refused").withCause(new IOException("refused"));
		assertThat(PluginApiCaller.fromStatus("GetUser", refused.asRuntimeException()))
			.isInstanceOf(PluginApiTransportException.class);
	}

	@Test
	void treatsDeadlineAndCancellationAsTransportFailure() {
		this.server.fail("GetUser", Status.DEADLINE_EXCEEDED);
		assertThatExceptionOfType(PluginApiTransportException.class).isThrownBy(this::getUser)
			.withMessageContaining("DEADLINE_EXCEEDED");
		this.server.fail("GetUser", Status.CANCELLED);
		assertThatExceptionOfType(PluginApiTransportException.class).isThrownBy(this::getUser);
	}

	@Test
	void reportsGoneServerAsTransportFailure() {
		this.server.close();
		assertThatExceptionOfType(PluginApiTransportException.class).isThrownBy(this::getUser)
			.satisfies((ex) -> assertThat(ex.getMethod()).isEqualTo("GetUser"));
	}

	@Test
	void recordsRequestsForAssertions() {
		getUser("u1");
		getUser("u2");
		assertThat(this.server.requests("GetUser", GetUserRequest.class)).extracting(GetUserRequest::getUserId)
			.containsExactly("u1", "u2");
		assertThat(this.server.calledMethodsInOrder()).containsExactly("GetUser", "GetUser");
		assertThatIllegalArgumentException().isThrownBy(() -> this.server.respond("GetUsr",
				GetServerVersionResponse.getDefaultInstance()));
	}

	private void getUser() {
		getUser("u");
	}

	private void getUser(String id) {
		this.server.caller().call("GetUser", (stub) -> stub.getUser(GetUserRequest.newBuilder().setUserId(id).build()));
	}

}
