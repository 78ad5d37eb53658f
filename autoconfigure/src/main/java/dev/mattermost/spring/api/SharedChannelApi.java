package dev.mattermost.spring.api;

import dev.mattermost.spring.model.RegisterPluginOptions;
import dev.mattermost.spring.model.SharedChannel;
import dev.mattermost.spring.model.SyncCursor;

/**
 * Shares channels with remote clusters and lets this plugin act as a shared-channels remote itself, receiving
 * changes through the {@code OnSharedChannelsSyncMsg} hook.
 */
public interface SharedChannelApi {

	/**
	 * Registers this plugin as a shared-channels remote; calling it again returns the same id
	 * ({@code RegisterPluginForSharedChannels}).
	 * @param options how the remote is registered
	 * @return the plugin's remote id
	 */
	String registerPlugin(RegisterPluginOptions options);

	/**
	 * Stops this plugin from being a shared-channels remote ({@code UnregisterPluginForSharedChannels}).
	 * @param pluginId the plugin id it registered with
	 */
	void unregisterPlugin(String pluginId);

	/**
	 * Marks a channel as shared, without inviting any remote yet ({@code ShareChannel}).
	 * @param channel the share, for example from {@link SharedChannel#of}
	 * @return the stored share
	 */
	SharedChannel share(SharedChannel channel);

	/**
	 * Updates how a channel is shared: name, display name, purpose, header ({@code UpdateSharedChannel}).
	 * @param channel the share with the new values
	 * @return the updated share
	 */
	SharedChannel update(SharedChannel channel);

	/**
	 * Stops sharing a channel and uninvites every remote ({@code UnshareChannel}).
	 * @param channelId the channel
	 * @return whether the channel had been shared
	 */
	boolean unshare(String channelId);

	/**
	 * Moves the point up to which a channel counts as synchronised to a remote ({@code UpdateSharedChannelCursor}).
	 * @param channelId the channel
	 * @param remoteId the remote
	 * @param cursor the new sync point
	 */
	void updateCursor(String channelId, String remoteId, SyncCursor cursor);

	/**
	 * Sends a shared channel's pending changes to all its remotes ({@code SyncSharedChannel}).
	 * @param channelId the channel
	 */
	void sync(String channelId);

	/**
	 * Invites a remote (or this plugin) to receive a channel's changes ({@code InviteRemoteToChannel}).
	 * @param channelId the channel
	 * @param remoteId the remote
	 * @param userId the user on whose behalf the invitation is sent
	 * @param shareIfNotShared whether the channel is shared first if it is not yet
	 */
	void inviteRemote(String channelId, String remoteId, String userId, boolean shareIfNotShared);

	/**
	 * Stops a remote (or this plugin) from receiving a channel's changes ({@code UninviteRemoteFromChannel}).
	 * @param channelId the channel
	 * @param remoteId the remote
	 */
	void uninviteRemote(String channelId, String remoteId);

}
