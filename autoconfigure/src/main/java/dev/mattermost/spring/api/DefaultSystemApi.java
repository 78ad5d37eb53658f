package dev.mattermost.spring.api;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.mattermost.spring.convert.JsonBlobConverter;
import dev.mattermost.spring.model.ProductLimits;
import dev.mattermost.spring.protocol.v1.GetCloudLimitsRequest;
import dev.mattermost.spring.protocol.v1.GetDiagnosticIdRequest;
import dev.mattermost.spring.protocol.v1.GetLicenseRequest;
import dev.mattermost.spring.protocol.v1.GetServerVersionRequest;
import dev.mattermost.spring.protocol.v1.GetSystemInstallDateRequest;
import dev.mattermost.spring.protocol.v1.GetTelemetryIdRequest;
import dev.mattermost.spring.protocol.v1.IsEnterpriseReadyRequest;
import dev.mattermost.spring.protocol.v1.RegisterCollectionAndTopicRequest;
import dev.mattermost.spring.protocol.v1.RequestTrialLicenseRequest;
import dev.mattermost.spring.protocol.v1.RolesGrantPermissionRequest;

/**
 * {@link SystemApi} over the PluginAPI gRPC service.
 */
public final class DefaultSystemApi implements SystemApi {

	private final PluginApiCaller caller;

	/**
	 * Creates the API.
	 * @param caller performs the calls
	 */
	public DefaultSystemApi(PluginApiCaller caller) {
		this.caller = Objects.requireNonNull(caller, "caller must not be null");
	}

	@Override
	public Optional<JsonNode> getLicense() {
		JsonNode license = JsonBlobConverter.toJsonNode(
				this.caller.call("GetLicense", (stub) -> stub.getLicense(GetLicenseRequest.getDefaultInstance()))
					.getLicenseJson(),
				"license_json");
		return present(license);
	}

	@Override
	public boolean isEnterpriseReady() {
		return this.caller
			.call("IsEnterpriseReady", (stub) -> stub.isEnterpriseReady(IsEnterpriseReadyRequest.getDefaultInstance()))
			.getIsEnterpriseReady();
	}

	@Override
	public String getServerVersion() {
		return this.caller
			.call("GetServerVersion", (stub) -> stub.getServerVersion(GetServerVersionRequest.getDefaultInstance()))
			.getVersion();
	}

	@Override
	public long getSystemInstallDate() {
		return this.caller
			.call("GetSystemInstallDate",
					(stub) -> stub.getSystemInstallDate(GetSystemInstallDateRequest.getDefaultInstance()))
			.getInstallDate();
	}

	@Override
	public String getDiagnosticId() {
		return this.caller
			.call("GetDiagnosticId", (stub) -> stub.getDiagnosticId(GetDiagnosticIdRequest.getDefaultInstance()))
			.getDiagnosticId();
	}

	@Override
	public String getTelemetryId() {
		return this.caller
			.call("GetTelemetryId", (stub) -> stub.getTelemetryId(GetTelemetryIdRequest.getDefaultInstance()))
			.getTelemetryId();
	}

	@Override
	public Optional<ProductLimits> getCloudLimits() {
		JsonNode limits = JsonBlobConverter.toJsonNode(this.caller
			.call("GetCloudLimits", (stub) -> stub.getCloudLimits(GetCloudLimitsRequest.getDefaultInstance()))
			.getLimitsJson(), "limits_json");
		return present(limits).map(DefaultSystemApi::toProductLimits);
	}

	private static ProductLimits toProductLimits(JsonNode limits) {
		try {
			return JsonMapper.shared().treeToValue(limits, ProductLimits.class);
		}
		catch (JacksonException ex) {
			throw new IllegalArgumentException(
					"Field 'limits_json' does not hold Mattermost product limits: " + ex.getOriginalMessage(), ex);
		}
	}

	@Override
	public void requestTrialLicense(String requesterId, int users, boolean termsAccepted,
			boolean receiveEmailsAccepted) {
		RequestTrialLicenseRequest request = RequestTrialLicenseRequest.newBuilder()
			.setRequesterId(requesterId)
			.setUsers(users)
			.setTermsAccepted(termsAccepted)
			.setReceiveEmailsAccepted(receiveEmailsAccepted)
			.build();
		this.caller.call("RequestTrialLicense", (stub) -> stub.requestTrialLicense(request));
	}

	@Override
	@Deprecated
	public void registerCollectionAndTopic(String collectionType, String topicType) {
		RegisterCollectionAndTopicRequest request = RegisterCollectionAndTopicRequest.newBuilder()
			.setCollectionType(collectionType)
			.setTopicType(topicType)
			.build();
		this.caller.call("RegisterCollectionAndTopic", (stub) -> stub.registerCollectionAndTopic(request));
	}

	@Override
	public boolean rolesGrantPermission(List<String> roleNames, String permissionId) {
		RolesGrantPermissionRequest request = RolesGrantPermissionRequest.newBuilder()
			.addAllRoleNames(roleNames)
			.setPermissionId(permissionId)
			.build();
		return this.caller.call("RolesGrantPermission", (stub) -> stub.rolesGrantPermission(request))
			.getHasPermission();
	}

	// Go marshals a nil license or nil limits as no bytes or as JSON null; both mean there is none.
	private static Optional<JsonNode> present(JsonNode node) {
		return (node.isMissingNode() || node.isNull()) ? Optional.empty() : Optional.of(node);
	}

}
