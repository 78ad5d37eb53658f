package dev.mattermost.spring.convert;

import dev.mattermost.spring.model.RegisterPluginOptions;
import dev.mattermost.spring.model.SharedChannel;
import dev.mattermost.spring.model.SyncCursor;
import dev.mattermost.spring.protocol.v1.GetPostsSinceForSyncCursor;
import dev.mattermost.spring.protocol.v1.RegisterPluginOpts;

/**
 * Converts shared channels, remote registrations and sync cursors between protocol messages and model records.
 *
 * <p>The protocol carries {@code home} as a string that the server compares with {@code "true"}.
 */
public final class SharedChannelConverter {

	private SharedChannelConverter() {
	}

	/**
	 * Converts a shared channel message.
	 * @param channel the message
	 * @return the record
	 */
	public static SharedChannel toModel(dev.mattermost.spring.protocol.v1.SharedChannel channel) {
		return new SharedChannel(channel.getChannelId(), channel.getTeamId(), "true".equals(channel.getHome()),
				channel.getReadOnly(), channel.getShareName(), channel.getShareDisplayName(),
				channel.getSharePurpose(), channel.getShareHeader(), channel.getCreatorId(), channel.getCreateAt(),
				channel.getUpdateAt(), channel.getRemoteId(), channel.getType());
	}

	/**
	 * Converts a shared channel record.
	 * @param channel the record
	 * @return the message
	 */
	public static dev.mattermost.spring.protocol.v1.SharedChannel toProto(SharedChannel channel) {
		return dev.mattermost.spring.protocol.v1.SharedChannel.newBuilder()
			.setChannelId(channel.channelId())
			.setTeamId(channel.teamId())
			.setHome(channel.home() ? "true" : "")
			.setReadOnly(channel.readOnly())
			.setShareName(channel.shareName())
			.setShareDisplayName(channel.shareDisplayName())
			.setSharePurpose(channel.sharePurpose())
			.setShareHeader(channel.shareHeader())
			.setCreatorId(channel.creatorId())
			.setCreateAt(channel.createAt())
			.setUpdateAt(channel.updateAt())
			.setRemoteId(channel.remoteId())
			.setType(channel.type())
			.build();
	}

	/**
	 * Converts remote registration options.
	 * @param options the record
	 * @return the message
	 */
	public static RegisterPluginOpts toProto(RegisterPluginOptions options) {
		return RegisterPluginOpts.newBuilder()
			.setPluginId(options.pluginId())
			.setDisplayName(options.displayName())
			.setDescription(options.description())
			.build();
	}

	/**
	 * Converts a sync cursor.
	 * @param cursor the record
	 * @return the message
	 */
	public static GetPostsSinceForSyncCursor toProto(SyncCursor cursor) {
		return GetPostsSinceForSyncCursor.newBuilder()
			.setLastPostUpdateAt(cursor.lastPostUpdateAt())
			.setLastPostId(cursor.lastPostId())
			.build();
	}

}
