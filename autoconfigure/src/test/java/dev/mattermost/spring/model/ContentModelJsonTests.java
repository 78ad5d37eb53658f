package dev.mattermost.spring.model;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that the records of the channel, post, emoji, file, bot and command APIs read and write Mattermost's REST JSON
 * with a plain Jackson mapper.
 */
class ContentModelJsonTests {

	private final JsonMapper mapper = JsonMapper.builder().build();

	@ParameterizedTest
	@ValueSource(classes = { Bot.class, BotListOptions.class, BotPatch.class, ChannelMemberIdentifier.class,
			ChannelStats.class, Command.class, Emoji.class, EmojiImage.class, FileInfoListOptions.class,
			OrderedSidebarCategories.class, PostSearchOptions.class, PostSearchParams.class, PostSearchResults.class,
			SidebarCategory.class, UploadSession.class })
	void readsEmptyObjectAsZeroValues(Class<?> type) {
		Object empty = this.mapper.readValue("{}", type);
		JsonNode written = this.mapper.valueToTree(empty);
		written.properties().forEach((property) -> assertThat(property.getValue().isNull())
			.as("%s.%s", type.getSimpleName(), property.getKey())
			.isEqualTo(type == BotPatch.class));
	}

	@Test
	void readsBotFromMattermostJson() {
		Bot bot = this.mapper.readValue("""
				{"user_id":"b1","username":"weather","display_name":"Weather","description":"Forecasts",
				 "owner_id":"com.example.weather","create_at":1,"update_at":2,"delete_at":0,"last_icon_update":3}
				""", Bot.class);
		assertThat(bot).isEqualTo(new Bot("b1", "weather", "Weather", "Forecasts", "com.example.weather", 1, 2, 0, 3));
	}

	@Test
	void writesBotWithoutDerivedProperties() {
		JsonNode json = this.mapper.valueToTree(Bot.of("weather", "Weather", ""));
		assertThat(json.path("display_name").asString()).isEqualTo("Weather");
		assertThat(json.has("active")).isFalse();
		assertThat(json.has("isActive")).isFalse();
	}

	@Test
	void writesOnlyTheSetFieldsOfABotPatch() {
		JsonNode json = this.mapper.valueToTree(new BotPatch(null, "Weather Bot", null));
		assertThat(json.properties()).extracting(Map.Entry::getKey).containsExactly("display_name");
	}

	@Test
	void readsChannelStatsWithMattermostsPinnedPostName() {
		ChannelStats stats = this.mapper.readValue("""
				{"channel_id":"c1","member_count":10,"guest_count":1,"pinnedpost_count":3,"files_count":4}
				""", ChannelStats.class);
		assertThat(stats).isEqualTo(new ChannelStats("c1", 10, 1, 3, 4));
	}

	@Test
	void readsSidebarCategoriesIgnoringFieldsTheProtocolLacks() {
		OrderedSidebarCategories categories = this.mapper.readValue("""
				{"categories":[{"id":"cat1","user_id":"u1","team_id":"t1","sort_order":10,"sorting":0,
				  "type":"favorites","display_name":"Favorites","muted":false,"collapsed":true,
				  "channel_ids":["c1","c2"]}],
				 "order":["cat1"]}
				""", OrderedSidebarCategories.class);
		assertThat(categories.order()).containsExactly("cat1");
		assertThat(categories.categories()).singleElement().satisfies((category) -> {
			assertThat(category.type()).isEqualTo(SidebarCategory.FAVORITES);
			assertThat(category.collapsed()).isTrue();
			assertThat(category.channelIds()).containsExactly("c1", "c2");
		});
	}

	@Test
	void readsUploadSessionAndWritesItWithoutDerivedProperties() {
		UploadSession session = this.mapper.readValue("""
				{"id":"up1","type":"attachment","create_at":5,"user_id":"u1","channel_id":"c1",
				 "filename":"a.pdf","file_size":10,"file_offset":10}
				""", UploadSession.class);
		assertThat(session.isComplete()).isTrue();
		assertThat(session.path()).isEmpty();
		assertThat(session.remoteId()).isEmpty();
		assertThat(this.mapper.valueToTree(session).has("complete")).isFalse();
	}

	@Test
	void writesCommandWithMattermostNames() {
		JsonNode json = this.mapper.valueToTree(Command.builder("weather").autoComplete("Weather", "[city]").build());
		assertThat(json.path("trigger").asString()).isEqualTo("weather");
		assertThat(json.path("auto_complete").asBoolean()).isTrue();
		assertThat(json.path("auto_complete_desc").asString()).isEqualTo("Weather");
		assertThat(json.path("auto_complete_hint").asString()).isEqualTo("[city]");
		assertThat(json.path("icon_url").asString()).isEmpty();
	}

	@Test
	void readsCommandFromMattermostJson() {
		Command command = this.mapper.readValue("""
				{"id":"cmd1","token":"tok","create_at":1,"update_at":2,"delete_at":0,"creator_id":"u1","team_id":"t1",
				 "trigger":"deploy","method":"P","username":"","icon_url":"","auto_complete":false,
				 "auto_complete_desc":"","auto_complete_hint":"","display_name":"Deploy","description":"",
				 "url":"https://ci.example.com","plugin_id":"","autocomplete_data":{"Trigger":"deploy"}}
				""", Command.class);
		assertThat(command.url()).isEqualTo("https://ci.example.com");
		assertThat(command.toBuilder().build()).isEqualTo(command);
	}

	@Test
	void writesPostSearchResultsWithoutDerivedProperties() {
		PostSearchResults results = new PostSearchResults(List.of("p1"), Map.of("p1", Post.of("c1", "hello")),
				Map.of("p1", List.of("hello")));
		JsonNode json = this.mapper.valueToTree(results);
		assertThat(json.path("posts").path("p1").path("message").asString()).isEqualTo("hello");
		assertThat(json.path("matches").path("p1").get(0).asString()).isEqualTo("hello");
		assertThat(json.has("orderedPosts")).isFalse();
	}

	@Test
	void readsSearchResultsIntoImmutableWordLists() {
		PostSearchResults results = this.mapper.readValue("""
				{"order":["p1"],"posts":{"p1":{"id":"p1","message":"hello world"}},"matches":{"p1":["hello"]}}
				""", PostSearchResults.class);
		assertThat(results.orderedPosts()).extracting(Post::message).containsExactly("hello world");
		assertThat(results.matches().get("p1")).containsExactly("hello").isUnmodifiable();
	}

	@Test
	void writesEmojiImageAsBase64AndReadsItBack() {
		EmojiImage image = new EmojiImage(new byte[] { 1, 2, 3 }, "image/png");
		String json = this.mapper.writeValueAsString(image);
		assertThat(json).contains("\"content_type\":\"image/png\"");
		assertThat(this.mapper.readValue(json, EmojiImage.class)).isEqualTo(image);
	}

	@Test
	void keepsEmojiImageBytesFromOutsideChanges() {
		byte[] data = { 1, 2, 3 };
		EmojiImage image = new EmojiImage(data, "image/png");
		data[0] = 9;
		image.data()[1] = 9;
		assertThat(image.data()).containsExactly(1, 2, 3);
	}

	@Test
	void readsSearchOptionsAndParamsWithMattermostNames() {
		PostSearchOptions options = this.mapper.readValue("""
				{"terms":"hello","is_or_search":true,"time_zone_offset":3600,"page":1,"per_page":20,
				 "include_deleted_channels":true}
				""", PostSearchOptions.class);
		assertThat(options).isEqualTo(new PostSearchOptions("hello", true, 3600, 1, 20, true));
		PostSearchParams params = this.mapper.readValue("{\"terms\":\"x\",\"in_channels\":[\"town-square\"]}",
				PostSearchParams.class);
		assertThat(params.inChannels()).containsExactly("town-square");
		assertThat(params.fromUsers()).isEmpty();
	}

}
