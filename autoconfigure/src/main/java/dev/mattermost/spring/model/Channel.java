package dev.mattermost.spring.model;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import org.jspecify.annotations.Nullable;

/**
 * A Mattermost channel: public, private, direct or group.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Channel(
		@JsonProperty("id") String id,
		@JsonProperty("create_at") @JsonSetter(nulls = Nulls.AS_EMPTY) long createAt,
		@JsonProperty("update_at") @JsonSetter(nulls = Nulls.AS_EMPTY) long updateAt,
		@JsonProperty("delete_at") @JsonSetter(nulls = Nulls.AS_EMPTY) long deleteAt,
		@JsonProperty("team_id") String teamId,
		@JsonProperty("type") String type,
		@JsonProperty("display_name") String displayName,
		@JsonProperty("name") String name,
		@JsonProperty("header") String header,
		@JsonProperty("purpose") String purpose,
		@JsonProperty("last_post_at") @JsonSetter(nulls = Nulls.AS_EMPTY) long lastPostAt,
		@JsonProperty("total_msg_count") @JsonSetter(nulls = Nulls.AS_EMPTY) long totalMsgCount,
		@JsonProperty("extra_update_at") @JsonSetter(nulls = Nulls.AS_EMPTY) long extraUpdateAt,
		@JsonProperty("creator_id") String creatorId,
		@JsonProperty("scheme_id") @Nullable String schemeId,
		@JsonProperty("props") Map<String, @Nullable Object> props,
		@JsonProperty("group_constrained") @Nullable Boolean groupConstrained,
		@JsonProperty("autotranslation") @JsonSetter(nulls = Nulls.AS_EMPTY) boolean autoTranslation,
		@JsonProperty("shared") @Nullable Boolean shared,
		@JsonProperty("total_msg_count_root") @JsonSetter(nulls = Nulls.AS_EMPTY) long totalMsgCountRoot,
		@JsonProperty("policy_id") @Nullable String policyId,
		@JsonProperty("last_root_post_at") @JsonSetter(nulls = Nulls.AS_EMPTY) long lastRootPostAt,
		@JsonProperty("banner_info") @Nullable ChannelBannerInfo bannerInfo,
		@JsonProperty("policy_enforced") @JsonSetter(nulls = Nulls.AS_EMPTY) boolean policyEnforced,
		@JsonProperty("policy_is_active") @JsonSetter(nulls = Nulls.AS_EMPTY) boolean policyIsActive,
		@JsonProperty("default_category_name") String defaultCategoryName) {

	/** The {@link #type()} of a public channel. */
	public static final String OPEN = "O";

	/** The {@link #type()} of a private channel. */
	public static final String PRIVATE = "P";

	/** The {@link #type()} of a direct message channel between two users. */
	public static final String DIRECT = "D";

	/** The {@link #type()} of a group message channel. */
	public static final String GROUP = "G";

	public Channel {
		id = Defaults.text(id);
		teamId = Defaults.text(teamId);
		type = Defaults.text(type);
		displayName = Defaults.text(displayName);
		name = Defaults.text(name);
		header = Defaults.text(header);
		purpose = Defaults.text(purpose);
		creatorId = Defaults.text(creatorId);
		props = Defaults.map(props);
		defaultCategoryName = Defaults.text(defaultCategoryName);
	}

}
