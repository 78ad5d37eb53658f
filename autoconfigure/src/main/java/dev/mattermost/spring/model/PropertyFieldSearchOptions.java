package dev.mattermost.spring.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Filters and paging for searching property fields, as Mattermost's {@code model.PropertyFieldSearchOpts}.
 *
 * @param page the zero-based page
 * @param perPage the page size
 * @param includeDeleted whether deleted fields are included
 * @param targetType only fields for this kind of object; empty for any
 * @param targetId only fields scoped to this object; empty for any
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PropertyFieldSearchOptions(@JsonProperty("page") int page, @JsonProperty("per_page") int perPage,
		@JsonProperty("include_deleted") boolean includeDeleted, @JsonProperty("target_type") String targetType,
		@JsonProperty("target_id") String targetId) {

	public PropertyFieldSearchOptions {
		targetType = Defaults.text(targetType);
		targetId = Defaults.text(targetId);
	}

	/**
	 * Returns options for one page of the live fields of any target.
	 * @param page the zero-based page
	 * @param perPage the page size
	 * @return the options
	 */
	public static PropertyFieldSearchOptions page(int page, int perPage) {
		return new PropertyFieldSearchOptions(page, perPage, false, "", "");
	}

}
