package dev.mattermost.spring.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;

/**
 * Filters and order for listing file infos (Mattermost's {@code GetFileInfosOptions}).
 *
 * @param userId only files uploaded by this user, empty for any user
 * @param channelId only files posted in this channel, empty for any channel
 * @param includeDeleted whether files of deleted posts are listed too
 * @param sortBy the field to sort by, such as {@code CreateAt} or {@code Size}, empty for the server's default
 * @param sortOrder {@code asc} or {@code desc}, empty for the server's default
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FileInfoListOptions(
		@JsonProperty("user_id") String userId,
		@JsonProperty("channel_id") String channelId,
		@JsonProperty("include_deleted") @JsonSetter(nulls = Nulls.AS_EMPTY) boolean includeDeleted,
		@JsonProperty("sort_by") String sortBy,
		@JsonProperty("sort_order") String sortOrder) {

	/** Every file, in the server's default order. */
	public static final FileInfoListOptions ALL = new FileInfoListOptions("", "", false, "", "");

	public FileInfoListOptions {
		userId = Defaults.text(userId);
		channelId = Defaults.text(channelId);
		sortBy = Defaults.text(sortBy);
		sortOrder = Defaults.text(sortOrder);
	}

	/**
	 * Lists the files posted in one channel.
	 * @param channelId the channel
	 * @return the options
	 */
	public static FileInfoListOptions inChannel(String channelId) {
		return new FileInfoListOptions("", channelId, false, "", "");
	}

	/**
	 * Lists the files uploaded by one user.
	 * @param userId the user
	 * @return the options
	 */
	public static FileInfoListOptions byUser(String userId) {
		return new FileInfoListOptions(userId, "", false, "", "");
	}

}
