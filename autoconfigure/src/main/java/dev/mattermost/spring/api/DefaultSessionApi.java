package dev.mattermost.spring.api;

import java.util.Objects;

import dev.mattermost.spring.convert.SessionConverter;
import dev.mattermost.spring.model.Session;
import dev.mattermost.spring.model.UserAccessToken;
import dev.mattermost.spring.protocol.v1.CreateSessionRequest;
import dev.mattermost.spring.protocol.v1.CreateUserAccessTokenRequest;
import dev.mattermost.spring.protocol.v1.ExtendSessionExpiryRequest;
import dev.mattermost.spring.protocol.v1.GetSessionRequest;
import dev.mattermost.spring.protocol.v1.RevokeSessionRequest;
import dev.mattermost.spring.protocol.v1.RevokeUserAccessTokenRequest;

/**
 * {@link SessionApi} over the PluginAPI gRPC service.
 */
public final class DefaultSessionApi implements SessionApi {

	private final PluginApiCaller caller;

	/**
	 * Creates the session API.
	 * @param caller performs the calls
	 */
	public DefaultSessionApi(PluginApiCaller caller) {
		this.caller = Objects.requireNonNull(caller, "caller must not be null");
	}

	@Override
	public Session get(String sessionId) {
		var request = GetSessionRequest.newBuilder().setSessionId(sessionId).build();
		var response = this.caller.call("GetSession", (stub) -> stub.getSession(request));
		return SessionConverter
			.toModel(ResponseFields.found("GetSession", response.hasSession(), response.getSession(), "session"));
	}

	@Override
	public Session create(Session session) {
		var request = CreateSessionRequest.newBuilder().setSession(SessionConverter.toProto(session)).build();
		var response = this.caller.call("CreateSession", (stub) -> stub.createSession(request));
		return SessionConverter
			.toModel(ResponseFields.require("CreateSession", response.hasSession(), response.getSession()));
	}

	@Override
	public void extendExpiry(String sessionId, long newExpiry) {
		var request = ExtendSessionExpiryRequest.newBuilder().setSessionId(sessionId).setNewExpiry(newExpiry).build();
		this.caller.call("ExtendSessionExpiry", (stub) -> stub.extendSessionExpiry(request));
	}

	@Override
	public void revoke(String sessionId) {
		var request = RevokeSessionRequest.newBuilder().setSessionId(sessionId).build();
		this.caller.call("RevokeSession", (stub) -> stub.revokeSession(request));
	}

	@Override
	public UserAccessToken createUserAccessToken(UserAccessToken token) {
		var request = CreateUserAccessTokenRequest.newBuilder().setToken(SessionConverter.toProto(token)).build();
		var response = this.caller.call("CreateUserAccessToken", (stub) -> stub.createUserAccessToken(request));
		return SessionConverter
			.toModel(ResponseFields.require("CreateUserAccessToken", response.hasToken(), response.getToken()));
	}

	@Override
	public void revokeUserAccessToken(String tokenId) {
		var request = RevokeUserAccessTokenRequest.newBuilder().setTokenId(tokenId).build();
		this.caller.call("RevokeUserAccessToken", (stub) -> stub.revokeUserAccessToken(request));
	}

}
