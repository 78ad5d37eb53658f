package dev.mattermost.spring.api;

import java.util.List;
import java.util.Optional;

import tools.jackson.databind.JsonNode;

import dev.mattermost.spring.model.ProductLimits;

/**
 * Facts about the Mattermost server (version, license, identifiers, cloud limits) and server-wide operations.
 */
public interface SystemApi {

	/**
	 * Returns the server's license ({@code GetLicense}).
	 * @return Mattermost's {@code model.License} as a JSON tree, empty when the server has no license
	 */
	Optional<JsonNode> getLicense();

	/**
	 * Returns whether the server is an Enterprise Edition build ({@code IsEnterpriseReady}).
	 * @return {@code true} for Enterprise Edition
	 */
	boolean isEnterpriseReady();

	/**
	 * Returns the server's version ({@code GetServerVersion}).
	 * @return the version, for example {@code 10.5.0}
	 */
	String getServerVersion();

	/**
	 * Returns when Mattermost was first installed and ran ({@code GetSystemInstallDate}).
	 * @return the install time in epoch milliseconds
	 */
	long getSystemInstallDate();

	/**
	 * Returns the server's identifier for diagnostic reports ({@code GetDiagnosticId}).
	 * @return the diagnostic id
	 */
	String getDiagnosticId();

	/**
	 * Returns the server's identifier for telemetry reports ({@code GetTelemetryId}).
	 * @return the telemetry id
	 */
	String getTelemetryId();

	/**
	 * Returns the limits of the cloud workspace ({@code GetCloudLimits}).
	 * @return the limits, empty when the server is not a cloud workspace or reports none
	 */
	Optional<ProductLimits> getCloudLimits();

	/**
	 * Requests a trial license and installs it ({@code RequestTrialLicense}).
	 * @param requesterId the user requesting the trial
	 * @param users the number of users the trial covers
	 * @param termsAccepted whether the requester accepted the terms
	 * @param receiveEmailsAccepted whether the requester agreed to receive emails
	 */
	void requestTrialLicense(String requesterId, int users, boolean termsAccepted, boolean receiveEmailsAccepted);

	/**
	 * Registers a collection and topic type for the server's sharing features ({@code RegisterCollectionAndTopic}).
	 * @param collectionType the collection type
	 * @param topicType the topic type
	 * @deprecated Mattermost no longer supports collections and topics; the call has no effect on current servers
	 */
	@Deprecated
	void registerCollectionAndTopic(String collectionType, String topicType);

	/**
	 * Returns whether any of the given roles grants a permission ({@code RolesGrantPermission}).
	 * @param roleNames role names, for example {@code system_user}
	 * @param permissionId the permission, for example {@code create_post}
	 * @return {@code true} if one of the roles grants it
	 */
	boolean rolesGrantPermission(List<String> roleNames, String permissionId);

}
