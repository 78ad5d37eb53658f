package dev.mattermost.spring.api;

import java.util.List;
import java.util.stream.Stream;

import dev.mattermost.spring.model.PropertyField;
import dev.mattermost.spring.model.PropertyFieldSearchOptions;
import dev.mattermost.spring.model.PropertyGroup;
import dev.mattermost.spring.model.PropertyValue;
import dev.mattermost.spring.model.PropertyValueSearchOptions;

/**
 * Defines custom properties (fields) and stores their values on users, posts and other objects.
 *
 * <p>Fields and values live in a property group, usually one per plugin: {@link #registerGroup} it once and pass its id
 * to the other methods.
 */
public interface PropertyApi {

	/**
	 * Registers a property group, or returns it if it exists ({@code RegisterPropertyGroup}).
	 * @param name the group's unique name
	 * @return the group
	 */
	PropertyGroup registerGroup(String name);

	/**
	 * Returns a property group ({@code GetPropertyGroup}).
	 * @param name the group's name
	 * @return the group
	 * @throws NotFoundException if there is no such group
	 */
	PropertyGroup getGroup(String name);

	/**
	 * Creates a field ({@code CreatePropertyField}).
	 * @param field the field, for example from {@link PropertyField#of}
	 * @return the created field with its id
	 */
	PropertyField createField(PropertyField field);

	/**
	 * Returns a field ({@code GetPropertyField}).
	 * @param groupId the property group
	 * @param fieldId the field id
	 * @return the field
	 * @throws NotFoundException if there is no such field
	 */
	PropertyField getField(String groupId, String fieldId);

	/**
	 * Returns a field by name ({@code GetPropertyFieldByName}).
	 * @param groupId the property group
	 * @param targetId the object the field is scoped to, empty for fields of every object
	 * @param name the field's name
	 * @return the field
	 * @throws NotFoundException if there is no such field
	 */
	PropertyField getFieldByName(String groupId, String targetId, String name);

	/**
	 * Returns fields by id ({@code GetPropertyFields}).
	 * @param groupId the property group
	 * @param fieldIds the field ids
	 * @return the fields found
	 */
	List<PropertyField> getFields(String groupId, List<String> fieldIds);

	/**
	 * Returns the fields matching the options ({@code SearchPropertyFields}).
	 * @param groupId the property group
	 * @param options the filters and page
	 * @return the fields of that page
	 */
	List<PropertyField> searchFields(String groupId, PropertyFieldSearchOptions options);

	/**
	 * Counts a group's fields ({@code CountPropertyFields}).
	 * @param groupId the property group
	 * @param includeDeleted whether deleted fields count
	 * @return the number of fields
	 */
	long countFields(String groupId, boolean includeDeleted);

	/**
	 * Counts a group's fields for one object ({@code CountPropertyFieldsForTarget}).
	 * @param groupId the property group
	 * @param targetType the kind of object
	 * @param targetId the object
	 * @param includeDeleted whether deleted fields count
	 * @return the number of fields
	 */
	long countFieldsForTarget(String groupId, String targetType, String targetId, boolean includeDeleted);

	/**
	 * Updates a field ({@code UpdatePropertyField}).
	 * @param groupId the property group
	 * @param field the field with its id and the new values
	 * @return the updated field
	 */
	PropertyField updateField(String groupId, PropertyField field);

	/**
	 * Updates several fields at once ({@code UpdatePropertyFields}).
	 * @param groupId the property group
	 * @param fields the fields with their ids and the new values
	 * @return the updated fields
	 */
	List<PropertyField> updateFields(String groupId, List<PropertyField> fields);

	/**
	 * Deletes a field ({@code DeletePropertyField}).
	 * @param groupId the property group
	 * @param fieldId the field id
	 */
	void deleteField(String groupId, String fieldId);

	/**
	 * Stores a new value ({@code CreatePropertyValue}).
	 * @param value the value, for example from {@link PropertyValue#of}
	 * @return the stored value with its id
	 */
	PropertyValue createValue(PropertyValue value);

	/**
	 * Returns a value ({@code GetPropertyValue}).
	 * @param groupId the property group
	 * @param valueId the value id
	 * @return the value
	 * @throws NotFoundException if there is no such value
	 */
	PropertyValue getValue(String groupId, String valueId);

	/**
	 * Returns values by id ({@code GetPropertyValues}).
	 * @param groupId the property group
	 * @param valueIds the value ids
	 * @return the values found
	 */
	List<PropertyValue> getValues(String groupId, List<String> valueIds);

	/**
	 * Returns the values matching the options ({@code SearchPropertyValues}).
	 * @param groupId the property group
	 * @param options the filters and page
	 * @return the values of that page
	 */
	List<PropertyValue> searchValues(String groupId, PropertyValueSearchOptions options);

	/**
	 * Streams every value matching the options from their page on, fetching pages lazily
	 * ({@code SearchPropertyValues}).
	 * @param groupId the property group
	 * @param options the filters; the page and page size say where to start and how many to fetch at a time
	 * @return the values
	 */
	default Stream<PropertyValue> streamValues(String groupId, PropertyValueSearchOptions options) {
		int perPage = (options.perPage() > 0) ? options.perPage() : Paging.DEFAULT_PAGE_SIZE;
		return Paging.stream(options.page(), perPage, (page, size) -> searchValues(groupId,
				new PropertyValueSearchOptions(page, size, options.includeDeleted(), options.targetType(),
						options.targetId(), options.fieldId())));
	}

	/**
	 * Updates a value ({@code UpdatePropertyValue}).
	 * @param groupId the property group
	 * @param value the value with its id and the new content
	 * @return the updated value
	 */
	PropertyValue updateValue(String groupId, PropertyValue value);

	/**
	 * Updates several values at once ({@code UpdatePropertyValues}).
	 * @param groupId the property group
	 * @param values the values with their ids and the new content
	 * @return the updated values
	 */
	List<PropertyValue> updateValues(String groupId, List<PropertyValue> values);

	/**
	 * Stores a value, replacing the object's existing value of the same field ({@code UpsertPropertyValue}).
	 * @param value the value
	 * @return the stored value
	 */
	PropertyValue upsertValue(PropertyValue value);

	/**
	 * Stores several values, replacing existing values of the same fields ({@code UpsertPropertyValues}).
	 * @param values the values
	 * @return the stored values
	 */
	List<PropertyValue> upsertValues(List<PropertyValue> values);

	/**
	 * Deletes a value ({@code DeletePropertyValue}).
	 * @param groupId the property group
	 * @param valueId the value id
	 */
	void deleteValue(String groupId, String valueId);

	/**
	 * Deletes all values of one object ({@code DeletePropertyValuesForTarget}).
	 * @param groupId the property group
	 * @param targetType the kind of object
	 * @param targetId the object
	 */
	void deleteValuesForTarget(String groupId, String targetType, String targetId);

	/**
	 * Deletes all values of one field ({@code DeletePropertyValuesForField}).
	 * @param groupId the property group
	 * @param fieldId the field id
	 */
	void deleteValuesForField(String groupId, String fieldId);

}
