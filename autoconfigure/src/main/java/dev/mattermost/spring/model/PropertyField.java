package dev.mattermost.spring.model;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The definition of a custom property that can be attached to users, posts or other objects, as Mattermost's
 * {@code model.PropertyField}.
 *
 * @param id the field id; empty when creating
 * @param groupId the property group the field belongs to
 * @param name the field's name, unique within its group and target
 * @param type the field's type: {@code text}, {@code select}, {@code multiselect}, {@code date}, {@code user} or
 * {@code multiuser}
 * @param attrs type-specific attributes (for example the options of a select field)
 * @param targetId the object the field is scoped to, empty for every object of the target type
 * @param targetType the kind of object the field applies to (for example {@code user} or {@code post})
 * @param createAt creation time in epoch milliseconds
 * @param updateAt last update time in epoch milliseconds
 * @param deleteAt deletion time in epoch milliseconds, 0 while the field exists
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PropertyField(@JsonProperty("id") String id, @JsonProperty("group_id") String groupId,
		@JsonProperty("name") String name, @JsonProperty("type") String type,
		@JsonProperty("attrs") Map<String, @Nullable Object> attrs, @JsonProperty("target_id") String targetId,
		@JsonProperty("target_type") String targetType, @JsonProperty("create_at") long createAt,
		@JsonProperty("update_at") long updateAt, @JsonProperty("delete_at") long deleteAt) {

	public PropertyField {
		id = Defaults.text(id);
		groupId = Defaults.text(groupId);
		name = Defaults.text(name);
		type = Defaults.text(type);
		targetId = Defaults.text(targetId);
		targetType = Defaults.text(targetType);
		attrs = Defaults.map(attrs);
	}

	/**
	 * Returns a new, not yet created field.
	 * @param groupId the property group
	 * @param name the field's name
	 * @param type the field's type
	 * @param targetType the kind of object the field applies to
	 * @return a field to pass to {@code properties().createField(...)}
	 */
	public static PropertyField of(String groupId, String name, String type, String targetType) {
		return new PropertyField("", groupId, name, type, Map.of(), "", targetType, 0, 0, 0);
	}

}
