package dev.mattermost.spring.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Filters for listing groups, as Mattermost's {@code model.GroupSearchOpts}; paging is passed separately.
 *
 * @param q a term matched against group names and display names; empty for all groups
 * @param includeMemberCount whether each group carries its member count
 * @param includeTotalMemberCount whether the total member count is computed
 * @param filterAllowReference whether only mentionable groups are returned
 * @param filterArchived whether only archived (deleted) groups are returned
 * @param filterParentTeamPermitted whether only groups allowed in the parent team are returned
 * @param source only groups of this source ({@code ldap}, {@code custom}, ...); empty for any
 * @param filterHasMember whether only groups with members are returned
 * @param since only groups changed after this time, in epoch milliseconds; 0 for no limit
 * @param includeChannelMemberCount whether channel member counts are included
 * @param includeTimezones whether member time zones are included
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record GroupSearchOptions(@JsonProperty("q") String q,
		@JsonProperty("include_member_count") boolean includeMemberCount,
		@JsonProperty("include_total_member_count") boolean includeTotalMemberCount,
		@JsonProperty("filter_allow_reference") boolean filterAllowReference,
		@JsonProperty("filter_archived") boolean filterArchived,
		@JsonProperty("filter_parent_team_permitted") boolean filterParentTeamPermitted,
		@JsonProperty("source") String source, @JsonProperty("filter_has_member") boolean filterHasMember,
		@JsonProperty("since") long since,
		@JsonProperty("include_channel_member_count") boolean includeChannelMemberCount,
		@JsonProperty("include_timezones") boolean includeTimezones) {

	public GroupSearchOptions {
		q = Defaults.text(q);
		source = Defaults.text(source);
	}

	/**
	 * Returns options that match every group.
	 * @return options without filters
	 */
	public static GroupSearchOptions all() {
		return new GroupSearchOptions("", false, false, false, false, false, "", false, 0, false, false);
	}

	/**
	 * Returns options that match groups whose name or display name contains the term.
	 * @param term the search term
	 * @return options with only the search term set
	 */
	public static GroupSearchOptions matching(String term) {
		return new GroupSearchOptions(term, false, false, false, false, false, "", false, 0, false, false);
	}

}
