package dev.mattermost.spring.api;

import java.util.Objects;

import dev.mattermost.spring.convert.SharedChannelConverter;
import dev.mattermost.spring.model.RegisterPluginOptions;
import dev.mattermost.spring.model.SharedChannel;
import dev.mattermost.spring.model.SyncCursor;
import dev.mattermost.spring.protocol.v1.InviteRemoteToChannelRequest;
import dev.mattermost.spring.protocol.v1.RegisterPluginForSharedChannelsRequest;
import dev.mattermost.spring.protocol.v1.ShareChannelRequest;
import dev.mattermost.spring.protocol.v1.ShareChannelResponse;
import dev.mattermost.spring.protocol.v1.SyncSharedChannelRequest;
import dev.mattermost.spring.protocol.v1.UninviteRemoteFromChannelRequest;
import dev.mattermost.spring.protocol.v1.UnregisterPluginForSharedChannelsRequest;
import dev.mattermost.spring.protocol.v1.UnshareChannelRequest;
import dev.mattermost.spring.protocol.v1.UpdateSharedChannelCursorRequest;
import dev.mattermost.spring.protocol.v1.UpdateSharedChannelRequest;
import dev.mattermost.spring.protocol.v1.UpdateSharedChannelResponse;

/**
 * {@link SharedChannelApi} over the PluginAPI gRPC service.
 */
public final class DefaultSharedChannelApi implements SharedChannelApi {

	private final PluginApiCaller caller;

	/**
	 * Creates the API.
	 * @param caller performs the calls
	 */
	public DefaultSharedChannelApi(PluginApiCaller caller) {
		this.caller = Objects.requireNonNull(caller, "caller must not be null");
	}

	@Override
	public String registerPlugin(RegisterPluginOptions options) {
		RegisterPluginForSharedChannelsRequest request = RegisterPluginForSharedChannelsRequest.newBuilder()
			.setOpts(SharedChannelConverter.toProto(options))
			.build();
		return this.caller
			.call("RegisterPluginForSharedChannels", (stub) -> stub.registerPluginForSharedChannels(request))
			.getRemoteId();
	}

	@Override
	public void unregisterPlugin(String pluginId) {
		UnregisterPluginForSharedChannelsRequest request = UnregisterPluginForSharedChannelsRequest.newBuilder()
			.setPluginId(pluginId)
			.build();
		this.caller.call("UnregisterPluginForSharedChannels",
				(stub) -> stub.unregisterPluginForSharedChannels(request));
	}

	@Override
	public SharedChannel share(SharedChannel channel) {
		ShareChannelRequest request = ShareChannelRequest.newBuilder()
			.setSharedChannel(SharedChannelConverter.toProto(channel))
			.build();
		ShareChannelResponse response = this.caller.call("ShareChannel", (stub) -> stub.shareChannel(request));
		return result("ShareChannel", response.hasSharedChannel(), response.getSharedChannel());
	}

	@Override
	public SharedChannel update(SharedChannel channel) {
		UpdateSharedChannelRequest request = UpdateSharedChannelRequest.newBuilder()
			.setSharedChannel(SharedChannelConverter.toProto(channel))
			.build();
		UpdateSharedChannelResponse response = this.caller.call("UpdateSharedChannel",
				(stub) -> stub.updateSharedChannel(request));
		return result("UpdateSharedChannel", response.hasSharedChannel(), response.getSharedChannel());
	}

	@Override
	public boolean unshare(String channelId) {
		UnshareChannelRequest request = UnshareChannelRequest.newBuilder().setChannelId(channelId).build();
		return this.caller.call("UnshareChannel", (stub) -> stub.unshareChannel(request)).getUnshared();
	}

	@Override
	public void updateCursor(String channelId, String remoteId, SyncCursor cursor) {
		UpdateSharedChannelCursorRequest request = UpdateSharedChannelCursorRequest.newBuilder()
			.setChannelId(channelId)
			.setRemoteId(remoteId)
			.setCursor(SharedChannelConverter.toProto(cursor))
			.build();
		this.caller.call("UpdateSharedChannelCursor", (stub) -> stub.updateSharedChannelCursor(request));
	}

	@Override
	public void sync(String channelId) {
		SyncSharedChannelRequest request = SyncSharedChannelRequest.newBuilder().setChannelId(channelId).build();
		this.caller.call("SyncSharedChannel", (stub) -> stub.syncSharedChannel(request));
	}

	@Override
	public void inviteRemote(String channelId, String remoteId, String userId, boolean shareIfNotShared) {
		InviteRemoteToChannelRequest request = InviteRemoteToChannelRequest.newBuilder()
			.setChannelId(channelId)
			.setRemoteId(remoteId)
			.setUserId(userId)
			.setShareIfNotShared(shareIfNotShared)
			.build();
		this.caller.call("InviteRemoteToChannel", (stub) -> stub.inviteRemoteToChannel(request));
	}

	@Override
	public void uninviteRemote(String channelId, String remoteId) {
		UninviteRemoteFromChannelRequest request = UninviteRemoteFromChannelRequest.newBuilder()
			.setChannelId(channelId)
			.setRemoteId(remoteId)
			.build();
		this.caller.call("UninviteRemoteFromChannel", (stub) -> stub.uninviteRemoteFromChannel(request));
	}

	private static SharedChannel result(String method, boolean present,
			dev.mattermost.spring.protocol.v1.SharedChannel channel) {
		return SharedChannelConverter.toModel(ResponseFields.require(method, present, channel));
	}

}
