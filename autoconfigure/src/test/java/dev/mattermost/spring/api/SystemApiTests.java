package dev.mattermost.spring.api;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.google.protobuf.ByteString;
import io.grpc.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.mattermost.spring.model.FilesLimits;
import dev.mattermost.spring.model.MessagesLimits;
import dev.mattermost.spring.model.ProductLimits;
import dev.mattermost.spring.model.TeamsLimits;
import dev.mattermost.spring.protocol.v1.GetCloudLimitsResponse;
import dev.mattermost.spring.protocol.v1.GetDiagnosticIdResponse;
import dev.mattermost.spring.protocol.v1.GetLicenseResponse;
import dev.mattermost.spring.protocol.v1.GetServerVersionResponse;
import dev.mattermost.spring.protocol.v1.GetSystemInstallDateResponse;
import dev.mattermost.spring.protocol.v1.GetTelemetryIdResponse;
import dev.mattermost.spring.protocol.v1.IsEnterpriseReadyResponse;
import dev.mattermost.spring.protocol.v1.RegisterCollectionAndTopicRequest;
import dev.mattermost.spring.protocol.v1.RequestTrialLicenseRequest;
import dev.mattermost.spring.protocol.v1.RequestTrialLicenseResponse;
import dev.mattermost.spring.protocol.v1.RolesGrantPermissionRequest;
import dev.mattermost.spring.protocol.v1.RolesGrantPermissionResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class SystemApiTests {

	@RegisterExtension
	final ApiTestServer server = new ApiTestServer();

	private SystemApi system() {
		return new DefaultSystemApi(this.server.caller());
	}

	private static ByteString json(String json) {
		return ByteString.copyFrom(json, StandardCharsets.UTF_8);
	}

	@Test
	void readsLicenseAsJsonTree() {
		this.server.respond("GetLicense", GetLicenseResponse.newBuilder()
			.setLicenseJson(json("{\"id\":\"lic1\",\"features\":{\"users\":100}}"))
			.build());
		assertThat(system().getLicense()).hasValueSatisfying((license) -> {
			assertThat(license.path("id").asString()).isEqualTo("lic1");
			assertThat(license.path("features").path("users").asInt()).isEqualTo(100);
		});
	}

	@Test
	void returnsEmptyLicenseWhenServerHasNone() {
		assertThat(system().getLicense()).isEmpty();
		this.server.respond("GetLicense", GetLicenseResponse.newBuilder().setLicenseJson(json("null")).build());
		assertThat(system().getLicense()).isEmpty();
	}

	@Test
	void returnsScalarFacts() {
		this.server.respond("IsEnterpriseReady",
				IsEnterpriseReadyResponse.newBuilder().setIsEnterpriseReady(true).build());
		this.server.respond("GetServerVersion", GetServerVersionResponse.newBuilder().setVersion("10.5.0").build());
		this.server.respond("GetSystemInstallDate",
				GetSystemInstallDateResponse.newBuilder().setInstallDate(1_700_000_000_000L).build());
		this.server.respond("GetDiagnosticId", GetDiagnosticIdResponse.newBuilder().setDiagnosticId("diag").build());
		this.server.respond("GetTelemetryId", GetTelemetryIdResponse.newBuilder().setTelemetryId("tele").build());
		SystemApi system = system();
		assertThat(system.isEnterpriseReady()).isTrue();
		assertThat(system.getServerVersion()).isEqualTo("10.5.0");
		assertThat(system.getSystemInstallDate()).isEqualTo(1_700_000_000_000L);
		assertThat(system.getDiagnosticId()).isEqualTo("diag");
		assertThat(system.getTelemetryId()).isEqualTo("tele");
	}

	@Test
	void mapsInstallDateStatusErrorToPluginApiException() {
		this.server.fail("GetSystemInstallDate",
				ApiTestServer.statusError(Status.Code.INTERNAL, "app.system.get.app_error", "No install date"));
		assertThatExceptionOfType(PluginApiException.class).isThrownBy(() -> system().getSystemInstallDate())
			.satisfies((ex) -> assertThat(ex.getId()).isEqualTo("app.system.get.app_error"));
	}

	@Test
	void readsCloudLimitsIntoRecords() {
		this.server.respond("GetCloudLimits", GetCloudLimitsResponse.newBuilder()
			.setLimitsJson(json("{\"files\":{\"total_storage\":1073741824},\"messages\":{\"history\":10000},"
					+ "\"teams\":{\"active\":1},\"boards\":{\"cards\":500}}"))
			.build());
		assertThat(system().getCloudLimits()).contains(new ProductLimits(new FilesLimits(1_073_741_824L),
				new MessagesLimits(10_000), new TeamsLimits(1)));
	}

	@Test
	void returnsEmptyCloudLimitsOutsideCloud() {
		assertThat(system().getCloudLimits()).isEmpty();
	}

	@Test
	void sendsTrialLicenseRequestFields() {
		system().requestTrialLicense("admin1", 50, true, false);
		RequestTrialLicenseRequest request = this.server.request("RequestTrialLicense",
				RequestTrialLicenseRequest.class);
		assertThat(request.getRequesterId()).isEqualTo("admin1");
		assertThat(request.getUsers()).isEqualTo(50);
		assertThat(request.getTermsAccepted()).isTrue();
		assertThat(request.getReceiveEmailsAccepted()).isFalse();
	}

	@Test
	void mapsTrialLicenseAppErrorToInvalidInput() {
		this.server.respond("RequestTrialLicense", RequestTrialLicenseResponse.newBuilder()
			.setError(ApiTestServer.appError("api.license.request_trial_license.app_error", "Terms", 400))
			.build());
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> system().requestTrialLicense("admin1", 50, false, false));
	}

	@Test
	@SuppressWarnings("deprecation")
	void sendsCollectionAndTopicTypes() {
		system().registerCollectionAndTopic("boards", "card");
		RegisterCollectionAndTopicRequest request = this.server.request("RegisterCollectionAndTopic",
				RegisterCollectionAndTopicRequest.class);
		assertThat(request.getCollectionType()).isEqualTo("boards");
		assertThat(request.getTopicType()).isEqualTo("card");
	}

	@Test
	void asksWhetherRolesGrantPermission() {
		this.server.respond("RolesGrantPermission",
				(RolesGrantPermissionRequest request) -> RolesGrantPermissionResponse
			.newBuilder()
			.setHasPermission(request.getRoleNamesList().contains("system_admin"))
			.build());
		assertThat(system().rolesGrantPermission(List.of("system_user", "system_admin"), "manage_system")).isTrue();
		assertThat(system().rolesGrantPermission(List.of("system_user"), "manage_system")).isFalse();
		assertThat(this.server.requests("RolesGrantPermission", RolesGrantPermissionRequest.class).get(0)
			.getPermissionId()).isEqualTo("manage_system");
	}

}
