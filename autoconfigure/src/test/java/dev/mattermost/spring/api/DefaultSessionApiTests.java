package dev.mattermost.spring.api;

import java.util.List;
import java.util.Map;

import io.grpc.Status.Code;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.mattermost.spring.model.Session;
import dev.mattermost.spring.model.TeamMember;
import dev.mattermost.spring.model.UserAccessToken;
import dev.mattermost.spring.protocol.v1.CreateSessionRequest;
import dev.mattermost.spring.protocol.v1.CreateSessionResponse;
import dev.mattermost.spring.protocol.v1.CreateUserAccessTokenRequest;
import dev.mattermost.spring.protocol.v1.CreateUserAccessTokenResponse;
import dev.mattermost.spring.protocol.v1.ExtendSessionExpiryRequest;
import dev.mattermost.spring.protocol.v1.GetSessionResponse;
import dev.mattermost.spring.protocol.v1.RevokeSessionRequest;
import dev.mattermost.spring.protocol.v1.RevokeUserAccessTokenRequest;
import dev.mattermost.spring.protocol.v1.RevokeUserAccessTokenResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class DefaultSessionApiTests {

	@RegisterExtension
	final ApiTestServer server = new ApiTestServer();

	private SessionApi sessions() {
		return new DefaultSessionApi(this.server.caller());
	}

	@Test
	void getMapsEveryField() {
		this.server.respond("GetSession", GetSessionResponse.newBuilder()
			.setSession(dev.mattermost.spring.protocol.v1.Session.newBuilder()
				.setId("s1")
				.setToken("tok")
				.setCreateAt(1)
				.setExpiresAt(2)
				.setLastActivityAt(3)
				.setUserId("u1")
				.setDeviceId("d1")
				.setRoles("system_user")
				.setIsOauth(true)
				.setExpiredNotify(true)
				.putProps("os", "linux")
				.addTeamMembers(
						dev.mattermost.spring.protocol.v1.TeamMember.newBuilder().setTeamId("t1").setUserId("u1"))
				.setLocal(true))
			.build());
		assertThat(sessions().get("s1")).isEqualTo(new Session("s1", "tok", 1, 2, 3, "u1", "d1", "system_user", true,
				true, Map.of("os", "linux"), List.of(new TeamMember("t1", "u1", "", 0, false, false, false, 0)), true));
	}

	@Test
	void createSendsSessionForUser() {
		this.server.respond("CreateSession", (CreateSessionRequest request) -> CreateSessionResponse.newBuilder()
			.setSession(request.getSession().toBuilder().setId("s9").setToken("secret"))
			.build());
		Session created = sessions().create(Session.forUser("u1", 99L));
		assertThat(created.id()).isEqualTo("s9");
		assertThat(created.token()).isEqualTo("secret");
		var sent = this.server.request("CreateSession", CreateSessionRequest.class).getSession();
		assertThat(sent.getUserId()).isEqualTo("u1");
		assertThat(sent.getExpiresAt()).isEqualTo(99L);
	}

	@Test
	void extendExpiryAndRevokeSendIds() {
		sessions().extendExpiry("s1", 123L);
		sessions().revoke("s1");
		assertThat(this.server.request("ExtendSessionExpiry", ExtendSessionExpiryRequest.class))
			.isEqualTo(ExtendSessionExpiryRequest.newBuilder().setSessionId("s1").setNewExpiry(123L).build());
		assertThat(this.server.request("RevokeSession", RevokeSessionRequest.class).getSessionId()).isEqualTo("s1");
	}

	@Test
	void getThrowsNotFoundForUnknownSession() {
		this.server.fail("GetSession",
				ApiTestServer.statusError(Code.NOT_FOUND, "app.session.get.app_error", "Unable to find session."));
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> sessions().get("gone"));
	}

	@Test
	void createUserAccessTokenReturnsSecret() {
		this.server.respond("CreateUserAccessToken",
				(CreateUserAccessTokenRequest request) -> CreateUserAccessTokenResponse.newBuilder()
					.setToken(request.getToken().toBuilder().setId("tid").setToken("secret"))
					.build());
		UserAccessToken token = sessions().createUserAccessToken(UserAccessToken.forUser("u1", "ci"));
		assertThat(token).isEqualTo(new UserAccessToken("tid", "secret", "u1", "ci", true));
	}

	@Test
	void revokeUserAccessTokenMapsResponseAppError() {
		this.server.respond("RevokeUserAccessToken", RevokeUserAccessTokenResponse.newBuilder()
			.setError(ApiTestServer.appError("app.user_access_token.disabled", "Tokens are disabled.", 501))
			.build());
		assertThatExceptionOfType(PluginApiException.class).isThrownBy(() -> sessions().revokeUserAccessToken("tid"))
			.satisfies((ex) -> assertThat(ex.getStatusCode()).isEqualTo(501));
		assertThat(this.server.request("RevokeUserAccessToken", RevokeUserAccessTokenRequest.class).getTokenId())
			.isEqualTo("tid");
	}

}
