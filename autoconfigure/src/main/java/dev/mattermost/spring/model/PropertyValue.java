package dev.mattermost.spring.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The value of a custom property for one object, as Mattermost's {@code model.PropertyValue}.
 *
 * @param id the value id; empty when creating
 * @param groupId the property group
 * @param fieldId the property field this is a value of
 * @param targetId the object the value belongs to
 * @param targetType the kind of that object (for example {@code user} or {@code post})
 * @param value the value as a JSON-like Java object: {@code String}, {@code Double}, {@code Boolean},
 * {@code List}, {@code Map} or {@code null}
 * @param createAt creation time in epoch milliseconds
 * @param updateAt last update time in epoch milliseconds
 * @param deleteAt deletion time in epoch milliseconds, 0 while the value exists
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PropertyValue(@JsonProperty("id") String id, @JsonProperty("group_id") String groupId,
		@JsonProperty("field_id") String fieldId, @JsonProperty("target_id") String targetId,
		@JsonProperty("target_type") String targetType, @JsonProperty("value") @Nullable Object value,
		@JsonProperty("create_at") long createAt, @JsonProperty("update_at") long updateAt,
		@JsonProperty("delete_at") long deleteAt) {

	public PropertyValue {
		id = Defaults.text(id);
		groupId = Defaults.text(groupId);
		fieldId = Defaults.text(fieldId);
		targetId = Defaults.text(targetId);
		targetType = Defaults.text(targetType);
	}

	/**
	 * Returns a new, not yet stored value.
	 * @param groupId the property group
	 * @param fieldId the property field
	 * @param targetType the kind of object the value belongs to
	 * @param targetId the object the value belongs to
	 * @param value the value
	 * @return a value to pass to {@code properties().createValue(...)} or {@code upsertValue(...)}
	 */
	public static PropertyValue of(String groupId, String fieldId, String targetType, String targetId,
			@Nullable Object value) {
		return new PropertyValue("", groupId, fieldId, targetId, targetType, value, 0, 0, 0);
	}

}
