package dev.mattermost.spring.api;

import java.util.Objects;

import dev.mattermost.spring.convert.OAuthAppConverter;
import dev.mattermost.spring.model.OAuthApp;
import dev.mattermost.spring.protocol.v1.CreateOAuthAppRequest;
import dev.mattermost.spring.protocol.v1.CreateOAuthAppResponse;
import dev.mattermost.spring.protocol.v1.DeleteOAuthAppRequest;
import dev.mattermost.spring.protocol.v1.GetOAuthAppRequest;
import dev.mattermost.spring.protocol.v1.GetOAuthAppResponse;
import dev.mattermost.spring.protocol.v1.UpdateOAuthAppRequest;
import dev.mattermost.spring.protocol.v1.UpdateOAuthAppResponse;

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
		CreateOAuthAppResponse response = this.caller.call("CreateOAuthApp", (stub) -> stub.createOAuthApp(request));
		return result("CreateOAuthApp", response.hasApp(), response.getApp());
	}

	@Override
	public OAuthApp get(String appId) {
		GetOAuthAppRequest request = GetOAuthAppRequest.newBuilder().setAppId(appId).build();
		GetOAuthAppResponse response = this.caller.call("GetOAuthApp", (stub) -> stub.getOAuthApp(request));
		return result("GetOAuthApp", response.hasApp(), response.getApp());
	}

	@Override
	public OAuthApp update(OAuthApp app) {
		UpdateOAuthAppRequest request = UpdateOAuthAppRequest.newBuilder()
			.setApp(OAuthAppConverter.toProto(app))
			.build();
		UpdateOAuthAppResponse response = this.caller.call("UpdateOAuthApp", (stub) -> stub.updateOAuthApp(request));
		return result("UpdateOAuthApp", response.hasApp(), response.getApp());
	}

	@Override
	public void delete(String appId) {
		DeleteOAuthAppRequest request = DeleteOAuthAppRequest.newBuilder().setAppId(appId).build();
		this.caller.call("DeleteOAuthApp", (stub) -> stub.deleteOAuthApp(request));
	}

	private static OAuthApp result(String method, boolean present, dev.mattermost.spring.protocol.v1.OAuthApp app) {
		return OAuthAppConverter.toModel(ResponseFields.require(method, present, app));
	}

}
