package dev.mattermost.spring.convert;

import dev.mattermost.spring.model.PropertyField;
import dev.mattermost.spring.model.PropertyFieldSearchOptions;
import dev.mattermost.spring.model.PropertyGroup;
import dev.mattermost.spring.model.PropertyValue;
import dev.mattermost.spring.model.PropertyValueSearchOptions;
import dev.mattermost.spring.protocol.v1.PropertyFieldSearchOpts;
import dev.mattermost.spring.protocol.v1.PropertyValueSearchOpts;

/**
 * Converts property fields, values, groups and their search options between protocol messages and model records.
 */
public final class PropertyConverter {

	private PropertyConverter() {
	}

	/**
	 * Converts a property field message.
	 * @param field the message
	 * @return the record
	 */
	public static PropertyField toModel(dev.mattermost.spring.protocol.v1.PropertyField field) {
		return new PropertyField(field.getId(), field.getGroupId(), field.getName(), field.getType(),
				StructConverter.toModel(field.getAttrs()), field.getTargetId(), field.getTargetType(),
				field.getCreateAt(), field.getUpdateAt(), field.getDeleteAt());
	}

	/**
	 * Converts a property field record.
	 * @param field the record
	 * @return the message
	 * @throws IllegalArgumentException if an attribute has no JSON form
	 */
	public static dev.mattermost.spring.protocol.v1.PropertyField toProto(PropertyField field) {
		return dev.mattermost.spring.protocol.v1.PropertyField.newBuilder()
			.setId(field.id())
			.setGroupId(field.groupId())
			.setName(field.name())
			.setType(field.type())
			.setAttrs(StructConverter.toProto(field.attrs()))
			.setTargetId(field.targetId())
			.setTargetType(field.targetType())
			.setCreateAt(field.createAt())
			.setUpdateAt(field.updateAt())
			.setDeleteAt(field.deleteAt())
			.build();
	}

	/**
	 * Converts a property value message.
	 * @param value the message
	 * @return the record
	 */
	public static PropertyValue toModel(dev.mattermost.spring.protocol.v1.PropertyValue value) {
		return new PropertyValue(value.getId(), value.getGroupId(), value.getFieldId(), value.getTargetId(),
				value.getTargetType(), StructConverter.toModel(value.getValue()), value.getCreateAt(),
				value.getUpdateAt(), value.getDeleteAt());
	}

	/**
	 * Converts a property value record.
	 * @param value the record
	 * @return the message
	 * @throws IllegalArgumentException if the value has no JSON form
	 */
	public static dev.mattermost.spring.protocol.v1.PropertyValue toProto(PropertyValue value) {
		return dev.mattermost.spring.protocol.v1.PropertyValue.newBuilder()
			.setId(value.id())
			.setGroupId(value.groupId())
			.setFieldId(value.fieldId())
			.setTargetId(value.targetId())
			.setTargetType(value.targetType())
			.setValue(StructConverter.toValue(value.value()))
			.setCreateAt(value.createAt())
			.setUpdateAt(value.updateAt())
			.setDeleteAt(value.deleteAt())
			.build();
	}

	/**
	 * Converts a property group message.
	 * @param group the message
	 * @return the record
	 */
	public static PropertyGroup toModel(dev.mattermost.spring.protocol.v1.PropertyGroup group) {
		return new PropertyGroup(group.getId(), group.getName());
	}

	/**
	 * Converts field search options.
	 * @param options the record
	 * @return the message
	 */
	public static PropertyFieldSearchOpts toProto(PropertyFieldSearchOptions options) {
		return PropertyFieldSearchOpts.newBuilder()
			.setPage(options.page())
			.setPerPage(options.perPage())
			.setIncludeDeleted(options.includeDeleted())
			.setTargetType(options.targetType())
			.setTargetId(options.targetId())
			.build();
	}

	/**
	 * Converts value search options.
	 * @param options the record
	 * @return the message
	 */
	public static PropertyValueSearchOpts toProto(PropertyValueSearchOptions options) {
		return PropertyValueSearchOpts.newBuilder()
			.setPage(options.page())
			.setPerPage(options.perPage())
			.setIncludeDeleted(options.includeDeleted())
			.setTargetType(options.targetType())
			.setTargetId(options.targetId())
			.setFieldId(options.fieldId())
			.build();
	}

}
