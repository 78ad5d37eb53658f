package dev.mattermost.spring.api;

import java.util.List;

import io.grpc.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.mattermost.spring.model.OAuthApp;
import dev.mattermost.spring.protocol.v1.CreateOAuthAppRequest;
import dev.mattermost.spring.protocol.v1.CreateOAuthAppResponse;
import dev.mattermost.spring.protocol.v1.DeleteOAuthAppRequest;
import dev.mattermost.spring.protocol.v1.GetOAuthAppRequest;
import dev.mattermost.spring.protocol.v1.GetOAuthAppResponse;
import dev.mattermost.spring.protocol.v1.UpdateOAuthAppRequest;
import dev.mattermost.spring.protocol.v1.UpdateOAuthAppResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class OAuthApiTests {

	@RegisterExtension
	final ApiTestServer server = new ApiTestServer();

	private static final OAuthApp APP = new OAuthApp("app1", "creator", 10, 20, "secret", "Demo", "Demo app",
			"https://example.com/icon.png", List.of("https://example.com/a", "https://example.com/b"),
			"https://example.com", true, "mm-app");

	private OAuthApi oauth() {
		return new DefaultOAuthApi(this.server.caller());
	}

	@Test
	void sendsEveryFieldJoiningCallbackUrlsWithCommas() {
		this.server.respond("CreateOAuthApp", CreateOAuthAppResponse.newBuilder()
			.setApp(dev.mattermost.spring.protocol.v1.OAuthApp.newBuilder().setId("app1"))
			.build());
		oauth().create(APP);
		dev.mattermost.spring.protocol.v1.OAuthApp sent = this.server
			.request("CreateOAuthApp", CreateOAuthAppRequest.class)
			.getApp();
		assertThat(sent).isEqualTo(dev.mattermost.spring.protocol.v1.OAuthApp.newBuilder()
			.setId("app1")
			.setCreatorId("creator")
			.setCreateAt(10)
			.setUpdateAt(20)
			.setClientSecret("secret")
			.setName("Demo")
			.setDescription("Demo app")
			.setIconUrl("https://example.com/icon.png")
			.setCallbackUrls("https://example.com/a,https://example.com/b")
			.setHomepage("https://example.com")
			.setIsTrusted(true)
			.setMattermostAppId("mm-app")
			.build());
	}

	@Test
	void mapsReturnedAppBackSplittingCallbackUrls() {
		this.server.respond("CreateOAuthApp", (CreateOAuthAppRequest request) -> CreateOAuthAppResponse.newBuilder()
			.setApp(request.getApp())
			.build());
		assertThat(oauth().create(APP)).isEqualTo(APP);
	}

	@Test
	void rejectsCallbackUrlWithCommaWithoutCallingServer() {
		OAuthApp app = OAuthApp.of("Demo", "", "https://example.com", List.of("https://example.com/a,b"));
		assertThatIllegalArgumentException().isThrownBy(() -> oauth().create(app)).withMessageContaining("comma");
		assertThat(this.server.calledMethods()).isEmpty();
	}

	@Test
	void getsAppById() {
		this.server.respond("GetOAuthApp", (GetOAuthAppRequest request) -> GetOAuthAppResponse.newBuilder()
			.setApp(dev.mattermost.spring.protocol.v1.OAuthApp.newBuilder().setId(request.getAppId()).setName("Found"))
			.build());
		OAuthApp app = oauth().get("app9");
		assertThat(app.id()).isEqualTo("app9");
		assertThat(app.callbackUrls()).isEmpty();
	}

	@Test
	void mapsMissingAppToNotFound() {
		this.server.fail("GetOAuthApp",
				ApiTestServer.statusError(Status.Code.NOT_FOUND, "app.oauth.get_app.find.app_error", "Not found"));
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> oauth().get("nope"));
	}

	@Test
	void rejectsSuccessThatCarriesNoApp() {
		assertThatExceptionOfType(PluginApiException.class).isThrownBy(() -> oauth().get("nope"))
			.withMessageContaining("GetOAuthApp")
			.isExactlyInstanceOf(PluginApiException.class);
	}

	@Test
	void updatesApp() {
		this.server.respond("UpdateOAuthApp", (UpdateOAuthAppRequest request) -> UpdateOAuthAppResponse.newBuilder()
			.setApp(request.getApp().toBuilder().setUpdateAt(99))
			.build());
		assertThat(oauth().update(APP).updateAt()).isEqualTo(99);
	}

	@Test
	void mapsUpdateAppErrorToPermissionDenied() {
		this.server.respond("UpdateOAuthApp", UpdateOAuthAppResponse.newBuilder()
			.setError(ApiTestServer.appError("api.oauth.update.denied", "Denied", 403))
			.build());
		assertThatExceptionOfType(PermissionDeniedException.class).isThrownBy(() -> oauth().update(APP));
	}

	@Test
	void deletesAppById() {
		oauth().delete("app1");
		assertThat(this.server.request("DeleteOAuthApp", DeleteOAuthAppRequest.class).getAppId()).isEqualTo("app1");
	}

}
