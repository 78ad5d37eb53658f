package dev.mattermost.spring.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;

/**
 * A category of a user's channel sidebar on one team, with the channels in it (Mattermost's
 * {@code SidebarCategoryWithChannels}).
 *
 * @param id the category id, empty when creating a category
 * @param userId the user whose sidebar this is
 * @param teamId the team the sidebar belongs to
 * @param displayName the name shown in the sidebar
 * @param type the category type: {@code favorites}, {@code channels}, {@code direct_messages} or {@code custom}
 * @param sorting how the channels are sorted, as the server sends it
 * @param muted whether the category is muted
 * @param collapsed whether the category is collapsed
 * @param channelIds the ids of the channels in the category, in sidebar order
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SidebarCategory(
		@JsonProperty("id") String id,
		@JsonProperty("user_id") String userId,
		@JsonProperty("team_id") String teamId,
		@JsonProperty("display_name") String displayName,
		@JsonProperty("type") String type,
		@JsonProperty("sorting") @JsonSetter(nulls = Nulls.AS_EMPTY) int sorting,
		@JsonProperty("muted") @JsonSetter(nulls = Nulls.AS_EMPTY) boolean muted,
		@JsonProperty("collapsed") @JsonSetter(nulls = Nulls.AS_EMPTY) boolean collapsed,
		@JsonProperty("channel_ids") List<String> channelIds) {

	/** The type of the categories users create themselves. */
	public static final String CUSTOM = "custom";

	/** The type of the favorites category. */
	public static final String FAVORITES = "favorites";

	public SidebarCategory {
		id = Defaults.text(id);
		userId = Defaults.text(userId);
		teamId = Defaults.text(teamId);
		displayName = Defaults.text(displayName);
		type = Defaults.text(type);
		channelIds = Defaults.list(channelIds);
	}

	/**
	 * Creates a custom category holding the given channels, to pass to
	 * {@code channels().createSidebarCategory(...)}.
	 * @param userId the user whose sidebar gets the category
	 * @param teamId the team the sidebar belongs to
	 * @param displayName the name shown in the sidebar
	 * @param channelIds the channels to put in the category
	 * @return the category
	 */
	public static SidebarCategory custom(String userId, String teamId, String displayName, List<String> channelIds) {
		return new SidebarCategory("", userId, teamId, displayName, CUSTOM, 0, false, false, channelIds);
	}

	/**
	 * Returns a copy of this category holding other channels.
	 * @param channelIds the new value
	 * @return the changed copy
	 */
	public SidebarCategory withChannelIds(List<String> channelIds) {
		return new SidebarCategory(this.id, this.userId, this.teamId, this.displayName, this.type, this.sorting,
				this.muted, this.collapsed, channelIds);
	}

}
