package dev.mattermost.spring.api;

import io.grpc.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.mattermost.spring.model.RegisterPluginOptions;
import dev.mattermost.spring.model.SharedChannel;
import dev.mattermost.spring.model.SyncCursor;
import dev.mattermost.spring.protocol.v1.GetPostsSinceForSyncCursor;
import dev.mattermost.spring.protocol.v1.InviteRemoteToChannelRequest;
import dev.mattermost.spring.protocol.v1.RegisterPluginForSharedChannelsRequest;
import dev.mattermost.spring.protocol.v1.RegisterPluginForSharedChannelsResponse;
import dev.mattermost.spring.protocol.v1.RegisterPluginOpts;
import dev.mattermost.spring.protocol.v1.ShareChannelRequest;
import dev.mattermost.spring.protocol.v1.ShareChannelResponse;
import dev.mattermost.spring.protocol.v1.SyncSharedChannelRequest;
import dev.mattermost.spring.protocol.v1.UninviteRemoteFromChannelRequest;
import dev.mattermost.spring.protocol.v1.UnregisterPluginForSharedChannelsRequest;
import dev.mattermost.spring.protocol.v1.UnshareChannelRequest;
import dev.mattermost.spring.protocol.v1.UnshareChannelResponse;
import dev.mattermost.spring.protocol.v1.UpdateSharedChannelCursorRequest;
import dev.mattermost.spring.protocol.v1.UpdateSharedChannelRequest;
import dev.mattermost.spring.protocol.v1.UpdateSharedChannelResponse;
import dev.mattermost.spring.protocol.v1.SyncSharedChannelResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class SharedChannelApiTests {

	@RegisterExtension
	final ApiTestServer server = new ApiTestServer();

	private static final SharedChannel SHARED = new SharedChannel("c1", "t1", true, true, "general", "General",
			"Purpose", "Header", "u1", 10, 11, "r1", "O");

	private static final dev.mattermost.spring.protocol.v1.SharedChannel SHARED_PROTO =
			dev.mattermost.spring.protocol.v1.SharedChannel.newBuilder()
				.setChannelId("c1")
				.setTeamId("t1")
				.setHome("true")
				.setReadOnly(true)
				.setShareName("general")
				.setShareDisplayName("General")
				.setSharePurpose("Purpose")
				.setShareHeader("Header")
				.setCreatorId("u1")
				.setCreateAt(10)
				.setUpdateAt(11)
				.setRemoteId("r1")
				.setType("O")
				.build();

	private SharedChannelApi sharedChannels() {
		return new DefaultSharedChannelApi(this.server.caller());
	}

	@Test
	void registersPluginAndReturnsRemoteId() {
		this.server.respond("RegisterPluginForSharedChannels",
				RegisterPluginForSharedChannelsResponse.newBuilder().setRemoteId("remote-1").build());
		String remoteId = sharedChannels().registerPlugin(new RegisterPluginOptions("com.example", "Example", "Sync"));
		assertThat(remoteId).isEqualTo("remote-1");
		assertThat(this.server
			.request("RegisterPluginForSharedChannels", RegisterPluginForSharedChannelsRequest.class)
			.getOpts()).isEqualTo(RegisterPluginOpts.newBuilder()
				.setPluginId("com.example")
				.setDisplayName("Example")
				.setDescription("Sync")
				.build());
	}

	@Test
	void unregistersPlugin() {
		sharedChannels().unregisterPlugin("com.example");
		assertThat(this.server
			.request("UnregisterPluginForSharedChannels", UnregisterPluginForSharedChannelsRequest.class)
			.getPluginId()).isEqualTo("com.example");
	}

	@Test
	void sharesChannelSendingHomeAsString() {
		this.server.respond("ShareChannel", (ShareChannelRequest request) -> ShareChannelResponse.newBuilder()
			.setSharedChannel(request.getSharedChannel())
			.build());
		assertThat(sharedChannels().share(SHARED)).isEqualTo(SHARED);
		assertThat(this.server.request("ShareChannel", ShareChannelRequest.class).getSharedChannel())
			.isEqualTo(SHARED_PROTO);
	}

	@Test
	void readsNonHomeChannelFromEmptyHomeString() {
		this.server.respond("UpdateSharedChannel", UpdateSharedChannelResponse.newBuilder()
			.setSharedChannel(SHARED_PROTO.toBuilder().setHome(""))
			.build());
		SharedChannel updated = sharedChannels().update(SHARED);
		assertThat(updated.home()).isFalse();
		assertThat(this.server.request("UpdateSharedChannel", UpdateSharedChannelRequest.class).getSharedChannel())
			.isEqualTo(SHARED_PROTO);
	}

	@Test
	void unsharesChannel() {
		this.server.respond("UnshareChannel", UnshareChannelResponse.newBuilder().setUnshared(true).build());
		assertThat(sharedChannels().unshare("c1")).isTrue();
		assertThat(this.server.request("UnshareChannel", UnshareChannelRequest.class).getChannelId()).isEqualTo("c1");
	}

	@Test
	void reportsChannelThatWasNotShared() {
		assertThat(sharedChannels().unshare("c1")).isFalse();
	}

	@Test
	void updatesCursor() {
		sharedChannels().updateCursor("c1", "r1", new SyncCursor(1234, "p9"));
		UpdateSharedChannelCursorRequest request = this.server.request("UpdateSharedChannelCursor",
				UpdateSharedChannelCursorRequest.class);
		assertThat(request.getChannelId()).isEqualTo("c1");
		assertThat(request.getRemoteId()).isEqualTo("r1");
		assertThat(request.getCursor()).isEqualTo(
				GetPostsSinceForSyncCursor.newBuilder().setLastPostUpdateAt(1234).setLastPostId("p9").build());
	}

	@Test
	void syncsInvitesAndUninvites() {
		SharedChannelApi sharedChannels = sharedChannels();
		sharedChannels.sync("c1");
		sharedChannels.inviteRemote("c1", "r1", "u1", true);
		sharedChannels.uninviteRemote("c1", "r1");
		assertThat(this.server.request("SyncSharedChannel", SyncSharedChannelRequest.class).getChannelId())
			.isEqualTo("c1");
		assertThat(this.server.request("InviteRemoteToChannel", InviteRemoteToChannelRequest.class))
			.isEqualTo(InviteRemoteToChannelRequest.newBuilder()
				.setChannelId("c1")
				.setRemoteId("r1")
				.setUserId("u1")
				.setShareIfNotShared(true)
				.build());
		assertThat(this.server.request("UninviteRemoteFromChannel", UninviteRemoteFromChannelRequest.class))
			.isEqualTo(UninviteRemoteFromChannelRequest.newBuilder().setChannelId("c1").setRemoteId("r1").build());
	}

	@Test
	void mapsShareFailureStatus() {
		this.server.fail("ShareChannel", Status.INTERNAL.withDescription("internal error: channel is archived"));
		assertThatExceptionOfType(PluginApiException.class).isThrownBy(() -> sharedChannels().share(SHARED))
			.satisfies((ex) -> assertThat(ex.getErrorMessage()).contains("archived"));
	}

	@Test
	void mapsInviteNotFoundStatus() {
		this.server.fail("InviteRemoteToChannel",
				ApiTestServer.statusError(Status.Code.NOT_FOUND, "app.remote_cluster.get.not_found", "No remote"));
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> sharedChannels().inviteRemote("c1", "r9", "u1", false));
	}

	@Test
	void mapsSyncAppErrorToPermissionDenied() {
		this.server.respond("SyncSharedChannel", SyncSharedChannelResponse.newBuilder()
			.setError(ApiTestServer.appError("api.shared_channel.sync.denied", "Not allowed", 403))
			.build());
		assertThatExceptionOfType(PermissionDeniedException.class).isThrownBy(() -> sharedChannels().sync("c1"));
	}
}
