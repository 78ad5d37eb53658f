package dev.mattermost.spring.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;

/**
 * A post search run as a user, for {@code posts().searchInTeamForUser(...)} (Mattermost's {@code SearchParameter}).
 *
 * @param terms the search string, which may use Mattermost's modifiers such as {@code from:} and {@code in:}
 * @param isOrSearch whether any term may match instead of all of them
 * @param timeZoneOffset the user's offset from UTC in seconds, used to read dates
 * @param page the zero-based page
 * @param perPage the page size
 * @param includeDeletedChannels whether posts in archived channels are searched too
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PostSearchOptions(
		@JsonProperty("terms") String terms,
		@JsonProperty("is_or_search") @JsonSetter(nulls = Nulls.AS_EMPTY) boolean isOrSearch,
		@JsonProperty("time_zone_offset") @JsonSetter(nulls = Nulls.AS_EMPTY) long timeZoneOffset,
		@JsonProperty("page") @JsonSetter(nulls = Nulls.AS_EMPTY) int page,
		@JsonProperty("per_page") @JsonSetter(nulls = Nulls.AS_EMPTY) int perPage,
		@JsonProperty("include_deleted_channels") @JsonSetter(nulls = Nulls.AS_EMPTY) boolean includeDeletedChannels) {

	/** The page size Mattermost's web app searches with. */
	public static final int DEFAULT_PER_PAGE = 60;

	public PostSearchOptions {
		terms = Defaults.text(terms);
	}

	/**
	 * Searches for posts containing all the given terms, first page of {@value #DEFAULT_PER_PAGE}.
	 * @param terms the search string
	 * @return the options
	 */
	public static PostSearchOptions terms(String terms) {
		return new PostSearchOptions(terms, false, 0, 0, DEFAULT_PER_PAGE, false);
	}

	/**
	 * Returns these options for another page.
	 * @param page the zero-based page
	 * @return the changed copy
	 */
	public PostSearchOptions withPage(int page) {
		return new PostSearchOptions(this.terms, this.isOrSearch, this.timeZoneOffset, page, this.perPage,
				this.includeDeletedChannels);
	}

}
