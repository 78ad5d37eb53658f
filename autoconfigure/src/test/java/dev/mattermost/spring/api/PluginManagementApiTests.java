package dev.mattermost.spring.api;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import io.grpc.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.mattermost.spring.model.PluginManifest;
import dev.mattermost.spring.model.PluginState;
import dev.mattermost.spring.model.PluginStatus;
import dev.mattermost.spring.protocol.v1.DisablePluginRequest;
import dev.mattermost.spring.protocol.v1.EnablePluginRequest;
import dev.mattermost.spring.protocol.v1.GetBundlePathResponse;
import dev.mattermost.spring.protocol.v1.GetPluginIDResponse;
import dev.mattermost.spring.protocol.v1.GetPluginStatusRequest;
import dev.mattermost.spring.protocol.v1.GetPluginStatusResponse;
import dev.mattermost.spring.protocol.v1.GetPluginsResponse;
import dev.mattermost.spring.protocol.v1.InstallPluginRequest;
import dev.mattermost.spring.protocol.v1.InstallPluginResponse;
import dev.mattermost.spring.protocol.v1.Manifest;
import dev.mattermost.spring.protocol.v1.RemovePluginRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PluginManagementApiTests {

	@RegisterExtension
	final ApiTestServer server = new ApiTestServer();

	private PluginManagementApi plugins() {
		return new DefaultPluginManagementApi(this.server.caller());
	}

	private static Manifest manifest(String id) {
		return Manifest.newBuilder()
			.setId(id)
			.setName("Demo")
			.setDescription("A demo plugin")
			.setHomepageUrl("https://example.com")
			.setSupportUrl("https://example.com/support")
			.setReleaseNotesUrl("https://example.com/notes")
			.setIconPath("assets/icon.svg")
			.setVersion("1.2.3")
			.setMinServerVersion("10.0.0")
			.build();
	}

	@Test
	void returnsBundlePath() {
		this.server.respond("GetBundlePath", GetBundlePathResponse.newBuilder().setPath("/plugins/demo").build());
		assertThat(plugins().getBundlePath()).isEqualTo("/plugins/demo");
	}

	@Test
	void mapsEveryManifestField() {
		this.server.respond("GetPlugins",
				GetPluginsResponse.newBuilder().addManifests(manifest("com.example.demo")).build());
		assertThat(plugins().getPlugins()).containsExactly(new PluginManifest("com.example.demo", "Demo",
				"A demo plugin", "https://example.com", "https://example.com/support", "https://example.com/notes",
				"assets/icon.svg", "1.2.3", "10.0.0"));
	}

	@Test
	void returnsNoPluginsWhenNoneAreActive() {
		assertThat(plugins().getPlugins()).isEmpty();
	}

	@Test
	void sendsPluginIdToEnableDisableAndRemove() {
		PluginManagementApi plugins = plugins();
		plugins.enable("a");
		plugins.disable("b");
		plugins.remove("c");
		assertThat(this.server.request("EnablePlugin", EnablePluginRequest.class).getId()).isEqualTo("a");
		assertThat(this.server.request("DisablePlugin", DisablePluginRequest.class).getId()).isEqualTo("b");
		assertThat(this.server.request("RemovePlugin", RemovePluginRequest.class).getId()).isEqualTo("c");
	}

	@Test
	void mapsPluginStatusWithKnownAndUnknownStates() {
		this.server.respond("GetPluginStatus", (GetPluginStatusRequest request) -> GetPluginStatusResponse.newBuilder()
			.setStatus(dev.mattermost.spring.protocol.v1.PluginStatus.newBuilder()
				.setPluginId(request.getId())
				.setPluginPath("/plugins/" + request.getId())
				.setState(request.getId().equals("up") ? 2 : 42)
				.setName("Name")
				.setDescription("Description")
				.setVersion("0.1.0"))
			.build());
		PluginStatus up = plugins().getStatus("up");
		assertThat(up).isEqualTo(new PluginStatus("up", "/plugins/up", PluginState.RUNNING, "Name", "Description",
				"0.1.0"));
		assertThat(up.isRunning()).isTrue();
		assertThat(plugins().getStatus("odd").state()).isEqualTo(PluginState.UNKNOWN);
	}

	@Test
	void rejectsSuccessThatCarriesNoStatusOrManifest() {
		assertThatExceptionOfType(PluginApiException.class).isThrownBy(() -> plugins().getStatus("gone"))
			.withMessageContaining("GetPluginStatus")
			.isExactlyInstanceOf(PluginApiException.class);
		assertThatExceptionOfType(PluginApiException.class).isThrownBy(() -> plugins().install(new byte[0], false))
			.withMessageContaining("InstallPlugin");
	}

	@Test
	void mapsNotFoundStatusOfUnknownPlugin() {
		this.server.fail("GetPluginStatus", ApiTestServer.statusError(Status.Code.NOT_FOUND,
				"app.plugin.not_installed.app_error", "Not installed"));
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> plugins().getStatus("x"))
			.satisfies((ex) -> assertThat(ex.getId()).isEqualTo("app.plugin.not_installed.app_error"));
	}

	@Test
	void installsBundleBytesAndReturnsManifest() {
		this.server.respond("InstallPlugin", InstallPluginResponse.newBuilder().setManifest(manifest("new")).build());
		PluginManifest installed = plugins().install(new byte[] { 1, 2, 3 }, true);
		InstallPluginRequest request = this.server.request("InstallPlugin", InstallPluginRequest.class);
		assertThat(request.getFileData().toByteArray()).containsExactly(1, 2, 3);
		assertThat(request.getReplace()).isTrue();
		assertThat(installed.id()).isEqualTo("new");
	}

	@Test
	void installsBundleFromStream() {
		this.server.respond("InstallPlugin", InstallPluginResponse.newBuilder().setManifest(manifest("new")).build());
		plugins().install(new ByteArrayInputStream(new byte[] { 9, 8 }), false);
		InstallPluginRequest request = this.server.request("InstallPlugin", InstallPluginRequest.class);
		assertThat(request.getFileData().toByteArray()).containsExactly(9, 8);
		assertThat(request.getReplace()).isFalse();
	}

	@Test
	void reportsUnreadableBundleStreamWithoutCallingServer() {
		InputStream broken = new InputStream() {
			@Override
			public int read() throws IOException {
				throw new IOException("disk gone");
			}
		};
		assertThatExceptionOfType(UncheckedIOException.class).isThrownBy(() -> plugins().install(broken, false))
			.withMessageContaining("plugin bundle");
		assertThat(this.server.calledMethods()).isEmpty();
	}

	@Test
	void mapsInstallAppErrorToConflict() {
		this.server.respond("InstallPlugin", InstallPluginResponse.newBuilder()
			.setError(ApiTestServer.appError("app.plugin.install_id.app_error", "Already installed", 409))
			.build());
		assertThatExceptionOfType(ConflictException.class).isThrownBy(() -> plugins().install(new byte[0], false));
	}

	@Test
	void returnsPluginId() {
		this.server.respond("GetPluginID", GetPluginIDResponse.newBuilder().setPluginId("com.example.demo").build());
		assertThat(plugins().getPluginId()).isEqualTo("com.example.demo");
	}

	@Test
	void reportsUnimplementedPluginIdAsPluginApiException() {
		this.server.fail("GetPluginID", Status.UNIMPLEMENTED.withDescription("GetPluginID not yet implemented"));
		assertThatExceptionOfType(PluginApiException.class).isThrownBy(() -> plugins().getPluginId())
			.satisfies((ex) -> assertThat(ex.getStatusCode()).isEqualTo(501));
	}

}
