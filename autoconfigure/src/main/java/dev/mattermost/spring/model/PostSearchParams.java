package dev.mattermost.spring.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;

/**
 * One set of post search criteria for {@code posts().searchInTeam(...)} (Mattermost's {@code SearchParams}).
 *
 * @param terms the words to search for
 * @param isOrSearch whether any term may match instead of all of them
 * @param timeZoneOffset the searching user's offset from UTC in seconds, used to read dates
 * @param page the zero-based page
 * @param perPage the page size
 * @param includeDeletedChannels whether posts in archived channels are searched too
 * @param inChannels only posts in these channels
 * @param excludedChannels no posts in these channels
 * @param fromUsers only posts by these users
 * @param excludedUsers no posts by these users
 * @param excludedBeforeDate the {@code before:} dates to exclude ({@code YYYY-MM-DD})
 * @param excludedAfterDate the {@code after:} dates to exclude ({@code YYYY-MM-DD})
 * @param excludedDates the {@code on:} dates to exclude ({@code YYYY-MM-DD})
 * @param extensions only posts with files of these extensions
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PostSearchParams(
		@JsonProperty("terms") String terms,
		@JsonProperty("is_or_search") @JsonSetter(nulls = Nulls.AS_EMPTY) boolean isOrSearch,
		@JsonProperty("time_zone_offset") @JsonSetter(nulls = Nulls.AS_EMPTY) long timeZoneOffset,
		@JsonProperty("page") @JsonSetter(nulls = Nulls.AS_EMPTY) int page,
		@JsonProperty("per_page") @JsonSetter(nulls = Nulls.AS_EMPTY) int perPage,
		@JsonProperty("include_deleted_channels") @JsonSetter(nulls = Nulls.AS_EMPTY) boolean includeDeletedChannels,
		@JsonProperty("in_channels") List<String> inChannels,
		@JsonProperty("excluded_channels") List<String> excludedChannels,
		@JsonProperty("from_users") List<String> fromUsers,
		@JsonProperty("excluded_users") List<String> excludedUsers,
		@JsonProperty("excluded_before_date") List<String> excludedBeforeDate,
		@JsonProperty("excluded_after_date") List<String> excludedAfterDate,
		@JsonProperty("excluded_dates") List<String> excludedDates,
		@JsonProperty("extensions") List<String> extensions) {

	public PostSearchParams {
		terms = Defaults.text(terms);
		inChannels = Defaults.list(inChannels);
		excludedChannels = Defaults.list(excludedChannels);
		fromUsers = Defaults.list(fromUsers);
		excludedUsers = Defaults.list(excludedUsers);
		excludedBeforeDate = Defaults.list(excludedBeforeDate);
		excludedAfterDate = Defaults.list(excludedAfterDate);
		excludedDates = Defaults.list(excludedDates);
		extensions = Defaults.list(extensions);
	}

	/**
	 * Searches every channel of the team for posts containing all the given terms.
	 * @param terms the words to search for
	 * @return the criteria
	 */
	public static PostSearchParams terms(String terms) {
		return new PostSearchParams(terms, false, 0, 0, 0, false, List.of(), List.of(), List.of(), List.of(),
				List.of(), List.of(), List.of(), List.of());
	}

	/**
	 * Returns a copy of these criteria limited to the given channels.
	 * @param channels the channels to search in
	 * @return the changed copy
	 */
	public PostSearchParams withInChannels(List<String> channels) {
		return new PostSearchParams(this.terms, this.isOrSearch, this.timeZoneOffset, this.page, this.perPage,
				this.includeDeletedChannels, channels, this.excludedChannels, this.fromUsers, this.excludedUsers,
				this.excludedBeforeDate, this.excludedAfterDate, this.excludedDates, this.extensions);
	}

	/**
	 * Returns a copy of these criteria limited to posts by the given users.
	 * @param users the authors to search posts of
	 * @return the changed copy
	 */
	public PostSearchParams withFromUsers(List<String> users) {
		return new PostSearchParams(this.terms, this.isOrSearch, this.timeZoneOffset, this.page, this.perPage,
				this.includeDeletedChannels, this.inChannels, this.excludedChannels, users, this.excludedUsers,
				this.excludedBeforeDate, this.excludedAfterDate, this.excludedDates, this.extensions);
	}

}
