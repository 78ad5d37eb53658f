package dev.mattermost.spring.model;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class AdminModelJsonTests {

	private final JsonMapper mapper = JsonMapper.shared();

	private JsonNode json(Object value) {
		return this.mapper.valueToTree(value);
	}

	@Test
	void writesOAuthAppWithMattermostNamesAndCallbackUrlArray() {
		JsonNode app = json(OAuthApp.of("Demo", "d", "https://example.com", List.of("https://example.com/cb")));
		assertThat(app.path("is_trusted").isBoolean()).isTrue();
		assertThat(app.path("callback_urls").get(0).asString()).isEqualTo("https://example.com/cb");
		assertThat(app.has("client_secret")).isTrue();
		assertThat(app.has("mattermost_app_id")).isTrue();
	}

	@Test
	void writesPluginStateAsMattermostCodeAndReadsItBack() {
		PluginStatus status = new PluginStatus("p", "/x", PluginState.FAILED_TO_START, "n", "d", "1");
		JsonNode written = json(status);
		assertThat(written.path("state").asInt()).isEqualTo(3);
		assertThat(this.mapper.treeToValue(written, PluginStatus.class)).isEqualTo(status);
	}

	@Test
	void readsUnknownPluginStateAndMissingStateAsUnknown() {
		assertThat(this.mapper.readValue("{\"plugin_id\":\"p\",\"state\":77}", PluginStatus.class).state())
			.isEqualTo(PluginState.UNKNOWN);
		assertThat(this.mapper.readValue("{\"plugin_id\":\"p\"}", PluginStatus.class).state())
			.isEqualTo(PluginState.UNKNOWN);
	}

	@Test
	void writesSyncableTypeAsMattermostName() {
		JsonNode syncable = json(GroupSyncable.channel("g", "c", true));
		assertThat(syncable.path("type").asString()).isEqualTo("Channel");
		assertThat(syncable.path("syncable_id").asString()).isEqualTo("c");
		assertThat(this.mapper.treeToValue(syncable, GroupSyncable.class)).isEqualTo(GroupSyncable.channel("g", "c",
				true));
	}

	@Test
	void requiresSyncableType() {
		assertThatNullPointerException().isThrownBy(() -> new GroupSyncable("g", "c", null, false, false, 0, 0, 0))
			.withMessageContaining("type");
	}

	@Test
	void writesSharedChannelWithMattermostNames() {
		JsonNode shared = json(SharedChannel.of("c1", "t1", "town", "u1"));
		assertThat(shared.path("id").asString()).isEqualTo("c1");
		assertThat(shared.path("readonly").isBoolean()).isTrue();
		assertThat(shared.path("name").asString()).isEqualTo("town");
	}

	@Test
	void readsRecordsIgnoringUnknownFieldsAndNormalisingAbsentText() {
		Group group = this.mapper.readValue("""
				{"id": "g1", "create_at": 1, "update_at": 2, "delete_at": 0, "allow_reference": true, "member_count": 3}
				""", Group.class);
		assertThat(group.id()).isEqualTo("g1");
		assertThat(group.name()).isEmpty();
		assertThat(group.source()).isEmpty();
	}

	@Test
	void keepsPropertyValueAsJsonValue() {
		PropertyValue value = PropertyValue.of("grp", "f", "user", "u1", Map.of("a", List.of(1, 2)));
		JsonNode written = json(value);
		assertThat(written.path("value").path("a").get(1).asInt()).isEqualTo(2);
		assertThat(written.path("field_id").asString()).isEqualTo("f");
	}

	@Test
	void writesDialogDefaultUnderMattermostName() {
		JsonNode element = json(DialogElement.text("name", "Name"));
		assertThat(element.has("default")).isTrue();
		assertThat(element.has("defaultValue")).isFalse();
	}

	@Test
	void copiesCollectionsSoRecordsStayImmutable() {
		List<String> omit = new java.util.ArrayList<>(List.of("u1"));
		WebSocketBroadcast broadcast = new WebSocketBroadcast(omit, "", "", "", "", false, false, false);
		omit.add("u2");
		assertThat(broadcast.omitUsers()).containsExactly("u1");
	}

}
