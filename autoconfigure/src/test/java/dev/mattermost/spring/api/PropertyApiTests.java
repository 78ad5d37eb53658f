package dev.mattermost.spring.api;

import java.util.List;
import java.util.Map;

import com.google.protobuf.Value;
import io.grpc.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.mattermost.spring.convert.StructConverter;
import dev.mattermost.spring.model.PropertyField;
import dev.mattermost.spring.model.PropertyFieldSearchOptions;
import dev.mattermost.spring.model.PropertyGroup;
import dev.mattermost.spring.model.PropertyValue;
import dev.mattermost.spring.model.PropertyValueSearchOptions;
import dev.mattermost.spring.protocol.v1.CountPropertyFieldsForTargetRequest;
import dev.mattermost.spring.protocol.v1.CountPropertyFieldsForTargetResponse;
import dev.mattermost.spring.protocol.v1.CountPropertyFieldsRequest;
import dev.mattermost.spring.protocol.v1.CountPropertyFieldsResponse;
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
import dev.mattermost.spring.protocol.v1.GetPropertyFieldsResponse;
import dev.mattermost.spring.protocol.v1.GetPropertyGroupResponse;
import dev.mattermost.spring.protocol.v1.GetPropertyValueRequest;
import dev.mattermost.spring.protocol.v1.GetPropertyValueResponse;
import dev.mattermost.spring.protocol.v1.GetPropertyValuesRequest;
import dev.mattermost.spring.protocol.v1.GetPropertyValuesResponse;
import dev.mattermost.spring.protocol.v1.PropertyFieldSearchOpts;
import dev.mattermost.spring.protocol.v1.PropertyValueSearchOpts;
import dev.mattermost.spring.protocol.v1.RegisterPropertyGroupRequest;
import dev.mattermost.spring.protocol.v1.RegisterPropertyGroupResponse;
import dev.mattermost.spring.protocol.v1.SearchPropertyFieldsRequest;
import dev.mattermost.spring.protocol.v1.SearchPropertyValuesRequest;
import dev.mattermost.spring.protocol.v1.SearchPropertyValuesResponse;
import dev.mattermost.spring.protocol.v1.UpdatePropertyFieldRequest;
import dev.mattermost.spring.protocol.v1.UpdatePropertyFieldResponse;
import dev.mattermost.spring.protocol.v1.UpdatePropertyFieldsRequest;
import dev.mattermost.spring.protocol.v1.UpdatePropertyFieldsResponse;
import dev.mattermost.spring.protocol.v1.UpdatePropertyValueRequest;
import dev.mattermost.spring.protocol.v1.UpdatePropertyValueResponse;
import dev.mattermost.spring.protocol.v1.UpdatePropertyValuesRequest;
import dev.mattermost.spring.protocol.v1.UpdatePropertyValuesResponse;
import dev.mattermost.spring.protocol.v1.UpsertPropertyValueRequest;
import dev.mattermost.spring.protocol.v1.UpsertPropertyValueResponse;
import dev.mattermost.spring.protocol.v1.UpsertPropertyValuesRequest;
import dev.mattermost.spring.protocol.v1.UpsertPropertyValuesResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PropertyApiTests {

	@RegisterExtension
	final ApiTestServer server = new ApiTestServer();

	private static final PropertyField FIELD = new PropertyField("f1", "grp", "Team", "select",
			Map.of("options", List.of(Map.of("name", "red"))), "t1", "user", 1, 2, 3);

	private static final dev.mattermost.spring.protocol.v1.PropertyField FIELD_PROTO =
			dev.mattermost.spring.protocol.v1.PropertyField.newBuilder()
				.setId("f1")
				.setGroupId("grp")
				.setName("Team")
				.setType("select")
				.setAttrs(StructConverter.toProto(Map.of("options", List.of(Map.of("name", "red")))))
				.setTargetId("t1")
				.setTargetType("user")
				.setCreateAt(1)
				.setUpdateAt(2)
				.setDeleteAt(3)
				.build();

	private static final PropertyValue VALUE =
			new PropertyValue("v1", "grp", "f1", "u1", "user", List.of("red", "blue"),
			4, 5, 6);

	private static final dev.mattermost.spring.protocol.v1.PropertyValue VALUE_PROTO =
			dev.mattermost.spring.protocol.v1.PropertyValue.newBuilder()
				.setId("v1")
				.setGroupId("grp")
				.setFieldId("f1")
				.setTargetId("u1")
				.setTargetType("user")
				.setValue(StructConverter.toValue(List.of("red", "blue")))
				.setCreateAt(4)
				.setUpdateAt(5)
				.setDeleteAt(6)
				.build();

	private PropertyApi properties() {
		return new DefaultPropertyApi(this.server.caller());
	}

	@Test
	void registersAndGetsGroups() {
		dev.mattermost.spring.protocol.v1.PropertyGroup group = dev.mattermost.spring.protocol.v1.PropertyGroup
			.newBuilder()
			.setId("grp")
			.setName("com.example")
			.build();
		this.server.respond("RegisterPropertyGroup",
				RegisterPropertyGroupResponse.newBuilder().setGroup(group).build());
		this.server.respond("GetPropertyGroup", GetPropertyGroupResponse.newBuilder().setGroup(group).build());
		assertThat(properties().registerGroup("com.example")).isEqualTo(new PropertyGroup("grp", "com.example"));
		assertThat(properties().getGroup("com.example").id()).isEqualTo("grp");
		assertThat(this.server.request("RegisterPropertyGroup", RegisterPropertyGroupRequest.class).getName())
			.isEqualTo("com.example");
	}

	@Test
	void rejectsSuccessThatCarriesNoResult() {
		PropertyApi properties = properties();
		assertThatExceptionOfType(PluginApiException.class).isThrownBy(() -> properties.getGroup("x"))
			.withMessageContaining("GetPropertyGroup")
			.isExactlyInstanceOf(PluginApiException.class);
		assertThatExceptionOfType(PluginApiException.class).isThrownBy(() -> properties.getField("g", "f"))
			.withMessageContaining("GetPropertyField");
		assertThatExceptionOfType(PluginApiException.class).isThrownBy(() -> properties.upsertValue(VALUE))
			.withMessageContaining("UpsertPropertyValue");
	}

	@Test
	void mapsMissingFieldStatusToNotFound() {
		this.server.fail("GetPropertyFieldByName",
				ApiTestServer.statusError(Status.Code.NOT_FOUND, "app.property_field.get.app_error", "No field"));
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> properties().getFieldByName("grp", "", "Team"));
	}

	@Test
	void sendsEveryFieldAttributeAndMapsItBack() {
		this.server.respond("CreatePropertyField", (CreatePropertyFieldRequest request) -> CreatePropertyFieldResponse
			.newBuilder()
			.setField(request.getField())
			.build());
		assertThat(properties().createField(FIELD)).isEqualTo(FIELD);
		assertThat(this.server.request("CreatePropertyField", CreatePropertyFieldRequest.class).getField())
			.isEqualTo(FIELD_PROTO);
	}

	@Test
	void getsFieldsByIdAndName() {
		this.server.respond("GetPropertyField", GetPropertyFieldResponse.newBuilder().setField(FIELD_PROTO).build());
		this.server.respond("GetPropertyFieldByName",
				GetPropertyFieldByNameResponse.newBuilder().setField(FIELD_PROTO).build());
		this.server.respond("GetPropertyFields", GetPropertyFieldsResponse.newBuilder().addFields(FIELD_PROTO).build());
		PropertyApi properties = properties();
		assertThat(properties.getField("grp", "f1")).isEqualTo(FIELD);
		assertThat(properties.getFieldByName("grp", "t1", "Team")).isEqualTo(FIELD);
		assertThat(properties.getFields("grp", List.of("f1", "f2"))).containsExactly(FIELD);
		GetPropertyFieldRequest byId = this.server.request("GetPropertyField", GetPropertyFieldRequest.class);
		assertThat(List.of(byId.getGroupId(), byId.getFieldId())).containsExactly("grp", "f1");
		GetPropertyFieldByNameRequest byName = this.server.request("GetPropertyFieldByName",
				GetPropertyFieldByNameRequest.class);
		assertThat(List.of(byName.getGroupId(), byName.getTargetId(), byName.getName()))
			.containsExactly("grp", "t1", "Team");
		assertThat(this.server.request("GetPropertyFields", GetPropertyFieldsRequest.class).getIdsList())
			.containsExactly("f1", "f2");
	}

	@Test
	void searchesAndCountsFields() {
		this.server.respond("CountPropertyFields", CountPropertyFieldsResponse.newBuilder().setCount(7).build());
		this.server.respond("CountPropertyFieldsForTarget",
				CountPropertyFieldsForTargetResponse.newBuilder().setCount(2).build());
		PropertyApi properties = properties();
		assertThat(properties.searchFields("grp", new PropertyFieldSearchOptions(1, 20, true, "user", "u1"))).isEmpty();
		assertThat(properties.countFields("grp", true)).isEqualTo(7);
		assertThat(properties.countFieldsForTarget("grp", "user", "u1", false)).isEqualTo(2);
		SearchPropertyFieldsRequest search = this.server.request("SearchPropertyFields",
				SearchPropertyFieldsRequest.class);
		assertThat(search.getGroupId()).isEqualTo("grp");
		assertThat(search.getOpts()).isEqualTo(PropertyFieldSearchOpts.newBuilder()
			.setPage(1)
			.setPerPage(20)
			.setIncludeDeleted(true)
			.setTargetType("user")
			.setTargetId("u1")
			.build());
		CountPropertyFieldsRequest count = this.server.request("CountPropertyFields", CountPropertyFieldsRequest.class);
		assertThat(count.getIncludeDeleted()).isTrue();
		assertThat(this.server.request("CountPropertyFieldsForTarget", CountPropertyFieldsForTargetRequest.class))
			.isEqualTo(CountPropertyFieldsForTargetRequest.newBuilder()
				.setGroupId("grp")
				.setTargetType("user")
				.setTargetId("u1")
				.build());
	}

	@Test
	void updatesAndDeletesFields() {
		this.server.respond("UpdatePropertyField", (UpdatePropertyFieldRequest request) -> UpdatePropertyFieldResponse
			.newBuilder()
			.setField(request.getField())
			.build());
		this.server.respond("UpdatePropertyFields",
				(UpdatePropertyFieldsRequest request) -> UpdatePropertyFieldsResponse.newBuilder()
					.addAllFields(request.getFieldsList())
					.build());
		PropertyApi properties = properties();
		assertThat(properties.updateField("grp", FIELD)).isEqualTo(FIELD);
		assertThat(properties.updateFields("grp", List.of(FIELD, FIELD))).containsExactly(FIELD, FIELD);
		properties.deleteField("grp", "f1");
		assertThat(this.server.request("UpdatePropertyField", UpdatePropertyFieldRequest.class).getGroupId())
			.isEqualTo("grp");
		assertThat(this.server.request("UpdatePropertyFields", UpdatePropertyFieldsRequest.class).getGroupId())
			.isEqualTo("grp");
		DeletePropertyFieldRequest delete = this.server.request("DeletePropertyField",
				DeletePropertyFieldRequest.class);
		assertThat(List.of(delete.getGroupId(), delete.getFieldId())).containsExactly("grp", "f1");
	}

	@Test
	void sendsEveryValueFieldAndMapsJsonValueBack() {
		this.server.respond("CreatePropertyValue", (CreatePropertyValueRequest request) -> CreatePropertyValueResponse
			.newBuilder()
			.setValue(request.getValue())
			.build());
		assertThat(properties().createValue(VALUE)).isEqualTo(VALUE);
		assertThat(this.server.request("CreatePropertyValue", CreatePropertyValueRequest.class).getValue())
			.isEqualTo(VALUE_PROTO);
	}

	@Test
	void sendsNullValueAsJsonNull() {
		this.server.respond("CreatePropertyValue", (CreatePropertyValueRequest request) -> CreatePropertyValueResponse
			.newBuilder()
			.setValue(request.getValue())
			.build());
		properties().createValue(PropertyValue.of("grp", "f1", "user", "u1", null));
		Value sent = this.server.request("CreatePropertyValue", CreatePropertyValueRequest.class).getValue().getValue();
		assertThat(sent.hasNullValue()).isTrue();
	}

	@Test
	void readsValues() {
		this.server.respond("GetPropertyValue", GetPropertyValueResponse.newBuilder().setValue(VALUE_PROTO).build());
		this.server.respond("GetPropertyValues", GetPropertyValuesResponse.newBuilder().addValues(VALUE_PROTO).build());
		this.server.respond("SearchPropertyValues",
				SearchPropertyValuesResponse.newBuilder().addValues(VALUE_PROTO).build());
		PropertyApi properties = properties();
		assertThat(properties.getValue("grp", "v1")).isEqualTo(VALUE);
		assertThat(properties.getValues("grp", List.of("v1"))).containsExactly(VALUE);
		assertThat(properties.searchValues("grp", new PropertyValueSearchOptions(0, 100, true, "user", "u1", "f1")))
			.containsExactly(VALUE);
		GetPropertyValueRequest one = this.server.request("GetPropertyValue", GetPropertyValueRequest.class);
		assertThat(List.of(one.getGroupId(), one.getValueId())).containsExactly("grp", "v1");
		assertThat(this.server.request("GetPropertyValues", GetPropertyValuesRequest.class).getIdsList())
			.containsExactly("v1");
		assertThat(this.server.request("SearchPropertyValues", SearchPropertyValuesRequest.class).getOpts())
			.isEqualTo(PropertyValueSearchOpts.newBuilder()
				.setPerPage(100)
				.setIncludeDeleted(true)
				.setTargetType("user")
				.setTargetId("u1")
				.setFieldId("f1")
				.build());
	}

	@Test
	void streamsValuesKeepingFiltersAcrossPages() {
		this.server.respond("SearchPropertyValues", (SearchPropertyValuesRequest request) -> {
			SearchPropertyValuesResponse.Builder response = SearchPropertyValuesResponse.newBuilder();
			if (request.getOpts().getPage() < 3) {
				response.addValues(VALUE_PROTO).addValues(VALUE_PROTO);
			}
			return response.build();
		});
		assertThat(properties().streamValues("grp", PropertyValueSearchOptions.forTarget("user", "u1", 1, 2)))
			.hasSize(4);
		assertThat(this.server.requests("SearchPropertyValues", SearchPropertyValuesRequest.class))
			.extracting((request) -> request.getOpts().getPage() + ":" + request.getOpts().getTargetId())
			.containsExactly("1:u1", "2:u1", "3:u1");
	}

	@Test
	void updatesAndUpsertsValues() {
		this.server.respond("UpdatePropertyValue", (UpdatePropertyValueRequest request) -> UpdatePropertyValueResponse
			.newBuilder()
			.setValue(request.getValue())
			.build());
		this.server.respond("UpdatePropertyValues",
				(UpdatePropertyValuesRequest request) -> UpdatePropertyValuesResponse.newBuilder()
					.addAllValues(request.getValuesList())
					.build());
		this.server.respond("UpsertPropertyValue", (UpsertPropertyValueRequest request) -> UpsertPropertyValueResponse
			.newBuilder()
			.setValue(request.getValue())
			.build());
		this.server.respond("UpsertPropertyValues",
				(UpsertPropertyValuesRequest request) -> UpsertPropertyValuesResponse.newBuilder()
					.addAllValues(request.getValuesList())
					.build());
		PropertyApi properties = properties();
		assertThat(properties.updateValue("grp", VALUE)).isEqualTo(VALUE);
		assertThat(properties.updateValues("grp", List.of(VALUE))).containsExactly(VALUE);
		assertThat(properties.upsertValue(VALUE)).isEqualTo(VALUE);
		assertThat(properties.upsertValues(List.of(VALUE, VALUE))).containsExactly(VALUE, VALUE);
		assertThat(this.server.request("UpdatePropertyValue", UpdatePropertyValueRequest.class).getGroupId())
			.isEqualTo("grp");
		assertThat(this.server.request("UpdatePropertyValues", UpdatePropertyValuesRequest.class).getGroupId())
			.isEqualTo("grp");
	}

	@Test
	void deletesValuesByIdTargetAndField() {
		PropertyApi properties = properties();
		properties.deleteValue("grp", "v1");
		properties.deleteValuesForTarget("grp", "user", "u1");
		properties.deleteValuesForField("grp", "f1");
		assertThat(this.server.request("DeletePropertyValue", DeletePropertyValueRequest.class))
			.isEqualTo(DeletePropertyValueRequest.newBuilder().setGroupId("grp").setValueId("v1").build());
		assertThat(this.server.request("DeletePropertyValuesForTarget", DeletePropertyValuesForTargetRequest.class))
			.isEqualTo(DeletePropertyValuesForTargetRequest.newBuilder()
				.setGroupId("grp")
				.setTargetType("user")
				.setTargetId("u1")
				.build());
		assertThat(this.server.request("DeletePropertyValuesForField", DeletePropertyValuesForFieldRequest.class))
			.isEqualTo(DeletePropertyValuesForFieldRequest.newBuilder().setGroupId("grp").setFieldId("f1").build());
	}

	@Test
	void reportsServerWithoutPropertySupport() {
		this.server.fail("CreatePropertyField", Status.UNIMPLEMENTED.withDescription("method not implemented"));
		assertThatExceptionOfType(PluginApiException.class).isThrownBy(() -> properties().createField(FIELD))
			.satisfies((ex) -> assertThat(ex.getStatusCode()).isEqualTo(501));
	}

	@Test
	void mapsValueAppErrorToInvalidInput() {
		this.server.respond("UpsertPropertyValue", UpsertPropertyValueResponse.newBuilder()
			.setError(ApiTestServer.appError("app.property_value.invalid", "Bad value", 400))
			.build());
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> properties().upsertValue(VALUE));
	}

}
