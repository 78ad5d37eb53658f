package dev.mattermost.spring.api;

import java.util.Objects;

import dev.mattermost.spring.convert.OAuthAppConverter;
import dev.mattermost.spring.model.OAuthApp;
import dev.mattermost.spring.protocol.v1.CreateOAuthAppRequest;
import dev.mattermost.spring.protocol.v1.DeleteOAuthAppRequest;
import dev.mattermost.spring.protocol.v1.GetOAuthAppRequest;
import dev.mattermost.spring.protocol.v1.GetOAuthAppResponse;
import dev.mattermost.spring.protocol.v1.UpdateOAuthAppRequest;

/**
 * {@link OAuthApi} over the PluginAPI gRPC service.
 */
public final class DefaultOAuthApi implements OAuthApi {

	private final PluginApiCaller caller;

	/**
	 * Creates the API.
	 * @param caller performs the calls
	 */
	public DefaultOAuthApi(PluginApiCaller caller) {
		this.caller = Objects.requireNonNull(caller, "caller must not be null");
	}

	@Override
	public OAuthApp create(OAuthApp app) {
		CreateOAuthAppRequest request = CreateOAuthAppRequest.newBuilder()
			.setApp(OAuthAppConverter.toProto(app))
			.build();
		return OAuthAppConverter
			.toModel(this.caller.call("CreateOAuthApp", (stub) -> stub.createOAuthApp(request)).getApp());
	}

	@Override
	public OAuthApp get(String appId) {
		GetOAuthAppRequest request = GetOAuthAppRequest.newBuilder().setAppId(appId).build();
		GetOAuthAppResponse response = this.caller.call("GetOAuthApp", (stub) -> stub.getOAuthApp(request));
		if (!response.hasApp()) {
			throw new NotFoundException("GetOAuthApp", "", "No OAuth app " + appId, "", 404, "", null);
		}
		return OAuthAppConverter.toModel(response.getApp());
	}

	@Override
	public OAuthApp update(OAuthApp app) {
		UpdateOAuthAppRequest request = UpdateOAuthAppRequest.newBuilder()
			.setApp(OAuthAppConverter.toProto(app))
			.build();
		return OAuthAppConverter
			.toModel(this.caller.call("UpdateOAuthApp", (stub) -> stub.updateOAuthApp(request)).getApp());
	}

	@Override
	public void delete(String appId) {
		DeleteOAuthAppRequest request = DeleteOAuthAppRequest.newBuilder().setAppId(appId).build();
		this.caller.call("DeleteOAuthApp", (stub) -> stub.deleteOAuthApp(request));
	}

}
