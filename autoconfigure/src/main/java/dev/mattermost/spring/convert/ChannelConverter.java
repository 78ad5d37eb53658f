package dev.mattermost.spring.convert;

import org.jspecify.annotations.Nullable;

import dev.mattermost.spring.model.Channel;
import dev.mattermost.spring.model.ChannelBannerInfo;
import dev.mattermost.spring.model.ChannelMember;
import dev.mattermost.spring.protocol.v1.ChannelType;

/**
 * Converts channels and channel members between their protobuf and model forms.
 */
public final class ChannelConverter {

	private ChannelConverter() {
	}

	/**
	 * Converts a protobuf channel banner info to its model form.
	 * @param bannerInfo the protobuf channel banner info
	 * @return the model channel banner info
	 */
	public static ChannelBannerInfo toModel(dev.mattermost.spring.protocol.v1.ChannelBannerInfo bannerInfo) {
		return new ChannelBannerInfo(
				bannerInfo.hasEnabled() ? bannerInfo.getEnabled() : null,
				bannerInfo.hasText() ? bannerInfo.getText() : null,
				bannerInfo.hasBackgroundColor() ? bannerInfo.getBackgroundColor() : null);
	}

	/**
	 * Converts a model channel banner info to its protobuf form; {@code null} becomes the default instance.
	 * @param bannerInfo the model channel banner info, may be {@code null}
	 * @return the protobuf channel banner info
	 */
	public static dev.mattermost.spring.protocol.v1.ChannelBannerInfo toProto(@Nullable ChannelBannerInfo bannerInfo) {
		if (bannerInfo == null) {
			return dev.mattermost.spring.protocol.v1.ChannelBannerInfo.getDefaultInstance();
		}
		var builder = dev.mattermost.spring.protocol.v1.ChannelBannerInfo.newBuilder();
		Boolean enabled = bannerInfo.enabled();
		if (enabled != null) {
			builder.setEnabled(enabled);
		}
		String text = bannerInfo.text();
		if (text != null) {
			builder.setText(text);
		}
		String backgroundColor = bannerInfo.backgroundColor();
		if (backgroundColor != null) {
			builder.setBackgroundColor(backgroundColor);
		}
		return builder.build();
	}

	/**
	 * Converts a protobuf channel to its model form.
	 * @param channel the protobuf channel
	 * @return the model channel
	 */
	public static Channel toModel(dev.mattermost.spring.protocol.v1.Channel channel) {
		return new Channel(
				channel.getId(),
				channel.getCreateAt(),
				channel.getUpdateAt(),
				channel.getDeleteAt(),
				channel.getTeamId(),
				toModel(channel.getType()),
				channel.getDisplayName(),
				channel.getName(),
				channel.getHeader(),
				channel.getPurpose(),
				channel.getLastPostAt(),
				channel.getTotalMsgCount(),
				channel.getExtraUpdateAt(),
				channel.getCreatorId(),
				channel.hasSchemeId() ? channel.getSchemeId() : null,
				StructConverter.toModel(channel.getProps()),
				channel.hasGroupConstrained() ? channel.getGroupConstrained() : null,
				channel.getAutoTranslation(),
				channel.hasShared() ? channel.getShared() : null,
				channel.getTotalMsgCountRoot(),
				channel.hasPolicyId() ? channel.getPolicyId() : null,
				channel.getLastRootPostAt(),
				channel.hasBannerInfo() ? toModel(channel.getBannerInfo()) : null,
				channel.getPolicyEnforced(),
				channel.getPolicyIsActive(),
				channel.getDefaultCategoryName());
	}

	/**
	 * Converts a model channel to its protobuf form; {@code null} becomes the default instance.
	 * @param channel the model channel, may be {@code null}
	 * @return the protobuf channel
	 */
	public static dev.mattermost.spring.protocol.v1.Channel toProto(@Nullable Channel channel) {
		if (channel == null) {
			return dev.mattermost.spring.protocol.v1.Channel.getDefaultInstance();
		}
		var builder = dev.mattermost.spring.protocol.v1.Channel.newBuilder()
			.setId(channel.id())
			.setCreateAt(channel.createAt())
			.setUpdateAt(channel.updateAt())
			.setDeleteAt(channel.deleteAt())
			.setTeamId(channel.teamId())
			.setType(toChannelType(channel.type()))
			.setDisplayName(channel.displayName())
			.setName(channel.name())
			.setHeader(channel.header())
			.setPurpose(channel.purpose())
			.setLastPostAt(channel.lastPostAt())
			.setTotalMsgCount(channel.totalMsgCount())
			.setExtraUpdateAt(channel.extraUpdateAt())
			.setCreatorId(channel.creatorId())
			.setAutoTranslation(channel.autoTranslation())
			.setTotalMsgCountRoot(channel.totalMsgCountRoot())
			.setLastRootPostAt(channel.lastRootPostAt())
			.setPolicyEnforced(channel.policyEnforced())
			.setPolicyIsActive(channel.policyIsActive())
			.setDefaultCategoryName(channel.defaultCategoryName());
		String schemeId = channel.schemeId();
		if (schemeId != null) {
			builder.setSchemeId(schemeId);
		}
		if (!channel.props().isEmpty()) {
			builder.setProps(StructConverter.toProto(channel.props()));
		}
		Boolean groupConstrained = channel.groupConstrained();
		if (groupConstrained != null) {
			builder.setGroupConstrained(groupConstrained);
		}
		Boolean shared = channel.shared();
		if (shared != null) {
			builder.setShared(shared);
		}
		String policyId = channel.policyId();
		if (policyId != null) {
			builder.setPolicyId(policyId);
		}
		ChannelBannerInfo bannerInfo = channel.bannerInfo();
		if (bannerInfo != null) {
			builder.setBannerInfo(toProto(bannerInfo));
		}
		return builder.build();
	}

	/**
	 * Converts a protobuf channel member to its model form.
	 * @param member the protobuf channel member
	 * @return the model channel member
	 */
	public static ChannelMember toModel(dev.mattermost.spring.protocol.v1.ChannelMember member) {
		return new ChannelMember(
				member.getChannelId(),
				member.getUserId(),
				member.getRoles(),
				member.getLastViewedAt(),
				member.getMsgCount(),
				member.getMentionCount(),
				member.getMentionCountRoot(),
				member.getMsgCountRoot(),
				member.getNotifyPropsMap(),
				member.getLastUpdateAt(),
				member.getSchemeGuest(),
				member.getSchemeUser(),
				member.getSchemeAdmin(),
				member.getUrgentMentionCount());
	}

	/**
	 * Converts a model channel member to its protobuf form; {@code null} becomes the default instance.
	 * @param member the model channel member, may be {@code null}
	 * @return the protobuf channel member
	 */
	public static dev.mattermost.spring.protocol.v1.ChannelMember toProto(@Nullable ChannelMember member) {
		if (member == null) {
			return dev.mattermost.spring.protocol.v1.ChannelMember.getDefaultInstance();
		}
		return dev.mattermost.spring.protocol.v1.ChannelMember.newBuilder()
			.setChannelId(member.channelId())
			.setUserId(member.userId())
			.setRoles(member.roles())
			.setLastViewedAt(member.lastViewedAt())
			.setMsgCount(member.msgCount())
			.setMentionCount(member.mentionCount())
			.setMentionCountRoot(member.mentionCountRoot())
			.setMsgCountRoot(member.msgCountRoot())
			.putAllNotifyProps(member.notifyProps())
			.setLastUpdateAt(member.lastUpdateAt())
			.setSchemeGuest(member.schemeGuest())
			.setSchemeUser(member.schemeUser())
			.setSchemeAdmin(member.schemeAdmin())
			.setUrgentMentionCount(member.urgentMentionCount())
			.build();
	}

	/**
	 * Converts a protobuf channel type to the letter Mattermost's REST API uses.
	 * @param type the protobuf channel type
	 * @return {@code "O"}, {@code "P"}, {@code "D"}, {@code "G"}, or {@code ""} when unspecified
	 */
	public static String toModel(ChannelType type) {
		return switch (type) {
			case CHANNEL_TYPE_OPEN -> Channel.OPEN;
			case CHANNEL_TYPE_PRIVATE -> Channel.PRIVATE;
			case CHANNEL_TYPE_DIRECT -> Channel.DIRECT;
			case CHANNEL_TYPE_GROUP -> Channel.GROUP;
			default -> "";
		};
	}

	/**
	 * Converts a channel type letter to its protobuf form; letters the protocol does not know become unspecified.
	 * @param type the channel type letter, may be {@code null}
	 * @return the protobuf channel type
	 */
	public static ChannelType toChannelType(@Nullable String type) {
		if (type == null) {
			return ChannelType.CHANNEL_TYPE_UNSPECIFIED;
		}
		return switch (type) {
			case Channel.OPEN -> ChannelType.CHANNEL_TYPE_OPEN;
			case Channel.PRIVATE -> ChannelType.CHANNEL_TYPE_PRIVATE;
			case Channel.DIRECT -> ChannelType.CHANNEL_TYPE_DIRECT;
			case Channel.GROUP -> ChannelType.CHANNEL_TYPE_GROUP;
			default -> ChannelType.CHANNEL_TYPE_UNSPECIFIED;
		};
	}

}
