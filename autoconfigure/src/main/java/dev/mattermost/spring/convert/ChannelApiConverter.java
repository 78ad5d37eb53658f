package dev.mattermost.spring.convert;

import org.jspecify.annotations.Nullable;

import dev.mattermost.spring.model.ChannelMemberIdentifier;
import dev.mattermost.spring.model.ChannelStats;
import dev.mattermost.spring.model.OrderedSidebarCategories;
import dev.mattermost.spring.model.SidebarCategory;

/**
 * Converts the channel API's statistics, member identifiers and sidebar categories between their protobuf and model
 * forms.
 */
public final class ChannelApiConverter {

	private ChannelApiConverter() {
	}

	/**
	 * Converts protobuf channel statistics to their model form.
	 * @param stats the protobuf statistics
	 * @return the model statistics
	 */
	public static ChannelStats toModel(dev.mattermost.spring.protocol.v1.ChannelStats stats) {
		return new ChannelStats(
				stats.getChannelId(),
				stats.getMemberCount(),
				stats.getGuestCount(),
				stats.getPinnedpostCount(),
				stats.getFilesCount());
	}

	/**
	 * Converts model channel statistics to their protobuf form; {@code null} becomes the default instance.
	 * @param stats the model statistics, may be {@code null}
	 * @return the protobuf statistics
	 */
	public static dev.mattermost.spring.protocol.v1.ChannelStats toProto(@Nullable ChannelStats stats) {
		if (stats == null) {
			return dev.mattermost.spring.protocol.v1.ChannelStats.getDefaultInstance();
		}
		return dev.mattermost.spring.protocol.v1.ChannelStats.newBuilder()
			.setChannelId(stats.channelId())
			.setMemberCount(stats.memberCount())
			.setGuestCount(stats.guestCount())
			.setPinnedpostCount(stats.pinnedPostCount())
			.setFilesCount(stats.filesCount())
			.build();
	}

	/**
	 * Converts a protobuf channel member identifier to its model form.
	 * @param identifier the protobuf identifier
	 * @return the model identifier
	 */
	public static ChannelMemberIdentifier toModel(
			dev.mattermost.spring.protocol.v1.ChannelMemberIdentifier identifier) {
		return new ChannelMemberIdentifier(identifier.getChannelId(), identifier.getUserId());
	}

	/**
	 * Converts a model channel member identifier to its protobuf form; {@code null} becomes the default instance.
	 * @param identifier the model identifier, may be {@code null}
	 * @return the protobuf identifier
	 */
	public static dev.mattermost.spring.protocol.v1.ChannelMemberIdentifier toProto(
			@Nullable ChannelMemberIdentifier identifier) {
		if (identifier == null) {
			return dev.mattermost.spring.protocol.v1.ChannelMemberIdentifier.getDefaultInstance();
		}
		return dev.mattermost.spring.protocol.v1.ChannelMemberIdentifier.newBuilder()
			.setChannelId(identifier.channelId())
			.setUserId(identifier.userId())
			.build();
	}

	/**
	 * Converts a protobuf sidebar category to its model form.
	 * @param category the protobuf category
	 * @return the model category
	 */
	public static SidebarCategory toModel(dev.mattermost.spring.protocol.v1.SidebarCategoryWithChannels category) {
		return new SidebarCategory(
				category.getId(),
				category.getUserId(),
				category.getTeamId(),
				category.getDisplayName(),
				category.getType(),
				category.getSorting(),
				category.getMuted(),
				category.getCollapsed(),
				category.getChannelIdsList());
	}

	/**
	 * Converts a model sidebar category to its protobuf form; {@code null} becomes the default instance.
	 * @param category the model category, may be {@code null}
	 * @return the protobuf category
	 */
	public static dev.mattermost.spring.protocol.v1.SidebarCategoryWithChannels toProto(
			@Nullable SidebarCategory category) {
		if (category == null) {
			return dev.mattermost.spring.protocol.v1.SidebarCategoryWithChannels.getDefaultInstance();
		}
		return dev.mattermost.spring.protocol.v1.SidebarCategoryWithChannels.newBuilder()
			.setId(category.id())
			.setUserId(category.userId())
			.setTeamId(category.teamId())
			.setDisplayName(category.displayName())
			.setType(category.type())
			.setSorting(category.sorting())
			.setMuted(category.muted())
			.setCollapsed(category.collapsed())
			.addAllChannelIds(category.channelIds())
			.build();
	}

	/**
	 * Converts protobuf ordered sidebar categories to their model form.
	 * @param categories the protobuf categories
	 * @return the model categories
	 */
	public static OrderedSidebarCategories toModel(
			dev.mattermost.spring.protocol.v1.OrderedSidebarCategories categories) {
		return new OrderedSidebarCategories(
				Conversions.list(categories.getCategoriesList(), ChannelApiConverter::toModel),
				categories.getOrderList());
	}

	/**
	 * Converts model ordered sidebar categories to their protobuf form; {@code null} becomes the default instance.
	 * @param categories the model categories, may be {@code null}
	 * @return the protobuf categories
	 */
	public static dev.mattermost.spring.protocol.v1.OrderedSidebarCategories toProto(
			@Nullable OrderedSidebarCategories categories) {
		if (categories == null) {
			return dev.mattermost.spring.protocol.v1.OrderedSidebarCategories.getDefaultInstance();
		}
		return dev.mattermost.spring.protocol.v1.OrderedSidebarCategories.newBuilder()
			.addAllCategories(Conversions.list(categories.categories(), ChannelApiConverter::toProto))
			.addAllOrder(categories.order())
			.build();
	}

}
