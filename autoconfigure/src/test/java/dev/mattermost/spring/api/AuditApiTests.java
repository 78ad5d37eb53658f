package dev.mattermost.spring.api;

import java.util.Map;

import io.grpc.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.mattermost.spring.convert.StructConverter;
import dev.mattermost.spring.model.AuditRecord;
import dev.mattermost.spring.protocol.v1.LogAuditRecRequest;
import dev.mattermost.spring.protocol.v1.LogAuditRecWithLevelRequest;
import dev.mattermost.spring.protocol.v1.LogAuditRecWithLevelResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class AuditApiTests {

	@RegisterExtension
	final ApiTestServer server = new ApiTestServer();

	private static final AuditRecord RECORD = new AuditRecord("a1", 1_700_000_000_000L, "audit-api", "/plugins/x/do",
			"doThing", AuditRecord.STATUS_SUCCESS, "u1", "s1", "mobile", "10.0.0.1", Map.of("channel_id", "c1"));

	private AuditApi audit() {
		return new DefaultAuditApi(this.server.caller());
	}

	@Test
	void sendsEveryRecordField() {
		audit().log(RECORD);
		assertThat(this.server.request("LogAuditRec", LogAuditRecRequest.class).getRecord())
			.isEqualTo(dev.mattermost.spring.protocol.v1.AuditRecord.newBuilder()
				.setId("a1")
				.setCreateAt(1_700_000_000_000L)
				.setLevel("audit-api")
				.setApiPath("/plugins/x/do")
				.setEvent("doThing")
				.setStatus("success")
				.setUserId("u1")
				.setSessionId("s1")
				.setClient("mobile")
				.setIpAddress("10.0.0.1")
				.setMeta(StructConverter.toProto(Map.of("channel_id", "c1")))
				.build());
	}

	@Test
	void sendsLevelSeparately() {
		audit().log(AuditRecord.of("doThing", AuditRecord.STATUS_FAIL, "u1", Map.of()), "audit-content");
		LogAuditRecWithLevelRequest request = this.server.request("LogAuditRecWithLevel",
				LogAuditRecWithLevelRequest.class);
		assertThat(request.getLevel()).isEqualTo("audit-content");
		assertThat(request.getRecord().getEvent()).isEqualTo("doThing");
		assertThat(request.getRecord().getCreateAt()).isPositive();
	}

	@Test
	void mapsUnimplementedAuditToPluginApiException() {
		this.server.fail("LogAuditRec", Status.UNIMPLEMENTED);
		assertThatExceptionOfType(PluginApiException.class).isThrownBy(() -> audit().log(RECORD))
			.satisfies((ex) -> assertThat(ex.getStatusCode()).isEqualTo(501));
	}

	@Test
	void mapsLevelAppErrorToInvalidInput() {
		this.server.respond("LogAuditRecWithLevel", LogAuditRecWithLevelResponse.newBuilder()
			.setError(ApiTestServer.appError("app.audit.level.invalid", "Unknown level", 400))
			.build());
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> audit().log(RECORD, "nope"));
	}
}
