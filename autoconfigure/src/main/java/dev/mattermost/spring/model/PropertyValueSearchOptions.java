package dev.mattermost.spring.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Filters and paging for searching property values, as Mattermost's {@code model.PropertyValueSearchOpts}.
 *
 * @param page the zero-based page
 * @param perPage the page size
 * @param includeDeleted whether deleted values are included
 * @param targetType only values of this kind of object; empty for any
 * @param targetId only values of this object; empty for any
 * @param fieldId only values of this field; empty for any
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PropertyValueSearchOptions(@JsonProperty("page") int page, @JsonProperty("per_page") int perPage,
		@JsonProperty("include_deleted") boolean includeDeleted, @JsonProperty("target_type") String targetType,
		@JsonProperty("target_id") String targetId, @JsonProperty("field_id") String fieldId) {

	public PropertyValueSearchOptions {
		targetType = Defaults.text(targetType);
		targetId = Defaults.text(targetId);
		fieldId = Defaults.text(fieldId);
	}

	/**
	 * Returns options for one page of the live values of one object.
	 * @param targetType the kind of object
	 * @param targetId the object
	 * @param page the zero-based page
	 * @param perPage the page size
	 * @return the options
	 */
	public static PropertyValueSearchOptions forTarget(String targetType, String targetId, int page, int perPage) {
		return new PropertyValueSearchOptions(page, perPage, false, targetType, targetId, "");
	}

}
