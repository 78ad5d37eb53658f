package dev.mattermost.spring.api;

import java.util.List;
import java.util.Objects;

import dev.mattermost.spring.convert.PropertyConverter;
import dev.mattermost.spring.model.PropertyField;
import dev.mattermost.spring.model.PropertyFieldSearchOptions;
import dev.mattermost.spring.model.PropertyGroup;
import dev.mattermost.spring.model.PropertyValue;
import dev.mattermost.spring.model.PropertyValueSearchOptions;
import dev.mattermost.spring.protocol.v1.CountPropertyFieldsForTargetRequest;
import dev.mattermost.spring.protocol.v1.CountPropertyFieldsRequest;
import dev.mattermost.spring.protocol.v1.CreatePropertyFieldRequest;
import dev.mattermost.spring.protocol.v1.CreatePropertyFieldResponse;
import dev.mattermost.spring.protocol.v1.CreatePropertyValueRequest;
import dev.mattermost.spring.protocol.v1.CreatePropertyValueResponse;
import dev.mattermost.spring.protocol.v1.DeletePropertyFieldRequest;
import dev.mattermost.spring.protocol.v1.DeletePropertyValueRequest;
import dev.mattermost.spring.protocol.v1.DeletePropertyValuesForFieldRequest;
import dev.mattermost.spring.protocol.v1.DeletePropertyValuesForTargetRequest;
import dev.mattermost.spring.protocol.v1.GetPropertyFieldByNameRequest;
import dev.mattermost.spring.protocol.v1.GetPropertyFieldByNameResponse;
import dev.mattermost.spring.protocol.v1.GetPropertyFieldRequest;
import dev.mattermost.spring.protocol.v1.GetPropertyFieldResponse;
import dev.mattermost.spring.protocol.v1.GetPropertyFieldsRequest;
import dev.mattermost.spring.protocol.v1.GetPropertyGroupRequest;
import dev.mattermost.spring.protocol.v1.GetPropertyGroupResponse;
import dev.mattermost.spring.protocol.v1.GetPropertyValueRequest;
import dev.mattermost.spring.protocol.v1.GetPropertyValueResponse;
import dev.mattermost.spring.protocol.v1.GetPropertyValuesRequest;
import dev.mattermost.spring.protocol.v1.RegisterPropertyGroupRequest;
import dev.mattermost.spring.protocol.v1.RegisterPropertyGroupResponse;
import dev.mattermost.spring.protocol.v1.SearchPropertyFieldsRequest;
import dev.mattermost.spring.protocol.v1.SearchPropertyValuesRequest;
import dev.mattermost.spring.protocol.v1.UpdatePropertyFieldRequest;
import dev.mattermost.spring.protocol.v1.UpdatePropertyFieldResponse;
import dev.mattermost.spring.protocol.v1.UpdatePropertyFieldsRequest;
import dev.mattermost.spring.protocol.v1.UpdatePropertyValueRequest;
import dev.mattermost.spring.protocol.v1.UpdatePropertyValueResponse;
import dev.mattermost.spring.protocol.v1.UpdatePropertyValuesRequest;
import dev.mattermost.spring.protocol.v1.UpsertPropertyValueRequest;
import dev.mattermost.spring.protocol.v1.UpsertPropertyValueResponse;
import dev.mattermost.spring.protocol.v1.UpsertPropertyValuesRequest;

/**
 * {@link PropertyApi} over the PluginAPI gRPC service.
 */
public final class DefaultPropertyApi implements PropertyApi {

	private final PluginApiCaller caller;

	/**
	 * Creates the API.
	 * @param caller performs the calls
	 */
	public DefaultPropertyApi(PluginApiCaller caller) {
		this.caller = Objects.requireNonNull(caller, "caller must not be null");
	}

	@Override
	public PropertyGroup registerGroup(String name) {
		RegisterPropertyGroupRequest request = RegisterPropertyGroupRequest.newBuilder().setName(name).build();
		RegisterPropertyGroupResponse response = this.caller.call("RegisterPropertyGroup",
				(stub) -> stub.registerPropertyGroup(request));
		return result("RegisterPropertyGroup", response.hasGroup(), response.getGroup());
	}

	@Override
	public PropertyGroup getGroup(String name) {
		GetPropertyGroupRequest request = GetPropertyGroupRequest.newBuilder().setName(name).build();
		GetPropertyGroupResponse response = this.caller.call("GetPropertyGroup",
				(stub) -> stub.getPropertyGroup(request));
		return result("GetPropertyGroup", response.hasGroup(), response.getGroup());
	}

	@Override
	public PropertyField createField(PropertyField field) {
		CreatePropertyFieldRequest request = CreatePropertyFieldRequest.newBuilder()
			.setField(PropertyConverter.toProto(field))
			.build();
		CreatePropertyFieldResponse response = this.caller.call("CreatePropertyField",
				(stub) -> stub.createPropertyField(request));
		return result("CreatePropertyField", response.hasField(), response.getField());
	}

	@Override
	public PropertyField getField(String groupId, String fieldId) {
		GetPropertyFieldRequest request = GetPropertyFieldRequest.newBuilder()
			.setGroupId(groupId)
			.setFieldId(fieldId)
			.build();
		GetPropertyFieldResponse response = this.caller.call("GetPropertyField",
				(stub) -> stub.getPropertyField(request));
		return result("GetPropertyField", response.hasField(), response.getField());
	}

	@Override
	public PropertyField getFieldByName(String groupId, String targetId, String name) {
		GetPropertyFieldByNameRequest request = GetPropertyFieldByNameRequest.newBuilder()
			.setGroupId(groupId)
			.setTargetId(targetId)
			.setName(name)
			.build();
		GetPropertyFieldByNameResponse response = this.caller.call("GetPropertyFieldByName",
				(stub) -> stub.getPropertyFieldByName(request));
		return result("GetPropertyFieldByName", response.hasField(), response.getField());
	}

	@Override
	public List<PropertyField> getFields(String groupId, List<String> fieldIds) {
		GetPropertyFieldsRequest request = GetPropertyFieldsRequest.newBuilder()
			.setGroupId(groupId)
			.addAllIds(fieldIds)
			.build();
		return this.caller.call("GetPropertyFields", (stub) -> stub.getPropertyFields(request))
			.getFieldsList()
			.stream()
			.map(PropertyConverter::toModel)
			.toList();
	}

	@Override
	public List<PropertyField> searchFields(String groupId, PropertyFieldSearchOptions options) {
		SearchPropertyFieldsRequest request = SearchPropertyFieldsRequest.newBuilder()
			.setGroupId(groupId)
			.setOpts(PropertyConverter.toProto(options))
			.build();
		return this.caller.call("SearchPropertyFields", (stub) -> stub.searchPropertyFields(request))
			.getFieldsList()
			.stream()
			.map(PropertyConverter::toModel)
			.toList();
	}

	@Override
	public long countFields(String groupId, boolean includeDeleted) {
		CountPropertyFieldsRequest request = CountPropertyFieldsRequest.newBuilder()
			.setGroupId(groupId)
			.setIncludeDeleted(includeDeleted)
			.build();
		return this.caller.call("CountPropertyFields", (stub) -> stub.countPropertyFields(request)).getCount();
	}

	@Override
	public long countFieldsForTarget(String groupId, String targetType, String targetId, boolean includeDeleted) {
		CountPropertyFieldsForTargetRequest request = CountPropertyFieldsForTargetRequest.newBuilder()
			.setGroupId(groupId)
			.setTargetType(targetType)
			.setTargetId(targetId)
			.setIncludeDeleted(includeDeleted)
			.build();
		return this.caller
			.call("CountPropertyFieldsForTarget", (stub) -> stub.countPropertyFieldsForTarget(request))
			.getCount();
	}

	@Override
	public PropertyField updateField(String groupId, PropertyField field) {
		UpdatePropertyFieldRequest request = UpdatePropertyFieldRequest.newBuilder()
			.setGroupId(groupId)
			.setField(PropertyConverter.toProto(field))
			.build();
		UpdatePropertyFieldResponse response = this.caller.call("UpdatePropertyField",
				(stub) -> stub.updatePropertyField(request));
		return result("UpdatePropertyField", response.hasField(), response.getField());
	}

	@Override
	public List<PropertyField> updateFields(String groupId, List<PropertyField> fields) {
		UpdatePropertyFieldsRequest.Builder request = UpdatePropertyFieldsRequest.newBuilder().setGroupId(groupId);
		fields.forEach((field) -> request.addFields(PropertyConverter.toProto(field)));
		return this.caller.call("UpdatePropertyFields", (stub) -> stub.updatePropertyFields(request.build()))
			.getFieldsList()
			.stream()
			.map(PropertyConverter::toModel)
			.toList();
	}

	@Override
	public void deleteField(String groupId, String fieldId) {
		DeletePropertyFieldRequest request = DeletePropertyFieldRequest.newBuilder()
			.setGroupId(groupId)
			.setFieldId(fieldId)
			.build();
		this.caller.call("DeletePropertyField", (stub) -> stub.deletePropertyField(request));
	}

	@Override
	public PropertyValue createValue(PropertyValue value) {
		CreatePropertyValueRequest request = CreatePropertyValueRequest.newBuilder()
			.setValue(PropertyConverter.toProto(value))
			.build();
		CreatePropertyValueResponse response = this.caller.call("CreatePropertyValue",
				(stub) -> stub.createPropertyValue(request));
		return result("CreatePropertyValue", response.hasValue(), response.getValue());
	}

	@Override
	public PropertyValue getValue(String groupId, String valueId) {
		GetPropertyValueRequest request = GetPropertyValueRequest.newBuilder()
			.setGroupId(groupId)
			.setValueId(valueId)
			.build();
		GetPropertyValueResponse response = this.caller.call("GetPropertyValue",
				(stub) -> stub.getPropertyValue(request));
		return result("GetPropertyValue", response.hasValue(), response.getValue());
	}

	@Override
	public List<PropertyValue> getValues(String groupId, List<String> valueIds) {
		GetPropertyValuesRequest request = GetPropertyValuesRequest.newBuilder()
			.setGroupId(groupId)
			.addAllIds(valueIds)
			.build();
		return this.caller.call("GetPropertyValues", (stub) -> stub.getPropertyValues(request))
			.getValuesList()
			.stream()
			.map(PropertyConverter::toModel)
			.toList();
	}

	@Override
	public List<PropertyValue> searchValues(String groupId, PropertyValueSearchOptions options) {
		SearchPropertyValuesRequest request = SearchPropertyValuesRequest.newBuilder()
			.setGroupId(groupId)
			.setOpts(PropertyConverter.toProto(options))
			.build();
		return this.caller.call("SearchPropertyValues", (stub) -> stub.searchPropertyValues(request))
			.getValuesList()
			.stream()
			.map(PropertyConverter::toModel)
			.toList();
	}

	@Override
	public PropertyValue updateValue(String groupId, PropertyValue value) {
		UpdatePropertyValueRequest request = UpdatePropertyValueRequest.newBuilder()
			.setGroupId(groupId)
			.setValue(PropertyConverter.toProto(value))
			.build();
		UpdatePropertyValueResponse response = this.caller.call("UpdatePropertyValue",
				(stub) -> stub.updatePropertyValue(request));
		return result("UpdatePropertyValue", response.hasValue(), response.getValue());
	}

	@Override
	public List<PropertyValue> updateValues(String groupId, List<PropertyValue> values) {
		UpdatePropertyValuesRequest.Builder request = UpdatePropertyValuesRequest.newBuilder().setGroupId(groupId);
		values.forEach((value) -> request.addValues(PropertyConverter.toProto(value)));
		return this.caller.call("UpdatePropertyValues", (stub) -> stub.updatePropertyValues(request.build()))
			.getValuesList()
			.stream()
			.map(PropertyConverter::toModel)
			.toList();
	}

	@Override
	public PropertyValue upsertValue(PropertyValue value) {
		UpsertPropertyValueRequest request = UpsertPropertyValueRequest.newBuilder()
			.setValue(PropertyConverter.toProto(value))
			.build();
		UpsertPropertyValueResponse response = this.caller.call("UpsertPropertyValue",
				(stub) -> stub.upsertPropertyValue(request));
		return result("UpsertPropertyValue", response.hasValue(), response.getValue());
	}

	@Override
	public List<PropertyValue> upsertValues(List<PropertyValue> values) {
		UpsertPropertyValuesRequest.Builder request = UpsertPropertyValuesRequest.newBuilder();
		values.forEach((value) -> request.addValues(PropertyConverter.toProto(value)));
		return this.caller.call("UpsertPropertyValues", (stub) -> stub.upsertPropertyValues(request.build()))
			.getValuesList()
			.stream()
			.map(PropertyConverter::toModel)
			.toList();
	}

	@Override
	public void deleteValue(String groupId, String valueId) {
		DeletePropertyValueRequest request = DeletePropertyValueRequest.newBuilder()
			.setGroupId(groupId)
			.setValueId(valueId)
			.build();
		this.caller.call("DeletePropertyValue", (stub) -> stub.deletePropertyValue(request));
	}

	@Override
	public void deleteValuesForTarget(String groupId, String targetType, String targetId) {
		DeletePropertyValuesForTargetRequest request = DeletePropertyValuesForTargetRequest.newBuilder()
			.setGroupId(groupId)
			.setTargetType(targetType)
			.setTargetId(targetId)
			.build();
		this.caller.call("DeletePropertyValuesForTarget", (stub) -> stub.deletePropertyValuesForTarget(request));
	}

	@Override
	public void deleteValuesForField(String groupId, String fieldId) {
		DeletePropertyValuesForFieldRequest request = DeletePropertyValuesForFieldRequest.newBuilder()
			.setGroupId(groupId)
			.setFieldId(fieldId)
			.build();
		this.caller.call("DeletePropertyValuesForField", (stub) -> stub.deletePropertyValuesForField(request));
	}

	private static PropertyGroup result(String method, boolean present,
			dev.mattermost.spring.protocol.v1.PropertyGroup group) {
		return PropertyConverter.toModel(ResponseFields.require(method, present, group));
	}

	private static PropertyField result(String method, boolean present,
			dev.mattermost.spring.protocol.v1.PropertyField field) {
		return PropertyConverter.toModel(ResponseFields.require(method, present, field));
	}

	private static PropertyValue result(String method, boolean present,
			dev.mattermost.spring.protocol.v1.PropertyValue value) {
		return PropertyConverter.toModel(ResponseFields.require(method, present, value));
	}

}
