package dev.mattermost.spring.model;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that the records read and write Mattermost's REST JSON with a plain Jackson mapper.
 */
class ModelJsonTests {

	private final JsonMapper mapper = JsonMapper.builder().build();

	@Test
	void writesPostWithMattermostNames() {
		Post post = Post.of("channel-1", "hello").withUserId("user-1").withProps(Map.of("from_bot", "true"));
		JsonNode json = this.mapper.valueToTree(post);
		assertThat(json.path("channel_id").asString()).isEqualTo("channel-1");
		assertThat(json.path("user_id").asString()).isEqualTo("user-1");
		assertThat(json.path("message").asString()).isEqualTo("hello");
		assertThat(json.path("props").path("from_bot").asString()).isEqualTo("true");
		assertThat(json.has("create_at")).isTrue();
		assertThat(json.has("is_pinned")).isTrue();
		assertThat(json.has("file_ids")).isTrue();
		assertThat(json.has("createAt")).isFalse();
	}

	@Test
	void writesNamesThatDifferFromTheProtocol() {
		FileInfo info = new FileInfo("f1", "creator-1", "", "", 0, 0, 0, "a.png", "png", 3, "image/png", 0, 0, false,
				null, null, false);
		assertThat(this.mapper.valueToTree(info).path("user_id").asString()).isEqualTo("creator-1");
		Channel channel = new Channel("c1", 0, 0, 0, "t1", Channel.OPEN, "Town Square", "town-square", "", "", 0, 0,
				0, "", null, Map.of(), null, true, null, 0, null, 0, null, false, false, "");
		JsonNode channelJson = this.mapper.valueToTree(channel);
		assertThat(channelJson.path("autotranslation").asBoolean()).isTrue();
		assertThat(channelJson.path("type").asString()).isEqualTo("O");
		EmailNotificationContent content = new EmailNotificationContent("s", "t", "sub", "", "", "", "", "");
		assertThat(this.mapper.valueToTree(content).path("subtitle").asString()).isEqualTo("sub");
	}

	@Test
	void readsMattermostJsonIgnoringUnknownAndDefaultingMissingFields() {
		String json = """
				{"id":"p1","channel_id":"c1","message":"hi","create_at":1700000000000,
				 "props":{"count":3,"nested":{"ok":true}},"reply_count":2,"is_following":true,
				 "some_future_field":{"x":1}}
				""";
		Post post = this.mapper.readValue(json, Post.class);
		assertThat(post.id()).isEqualTo("p1");
		assertThat(post.createAt()).isEqualTo(1_700_000_000_000L);
		assertThat(post.props()).containsEntry("count", 3).containsEntry("nested", Map.of("ok", true));
		assertThat(post.isFollowing()).isTrue();
		assertThat(post.rootId()).isEmpty();
		assertThat(post.fileIds()).isEmpty();
		assertThat(post.remoteId()).isNull();
		assertThat(post.metadata()).isNull();
	}

	@Test
	void roundTripsRecordsThroughJson() {
		Post post = Post.of("channel-1", "hello").withProps(Map.of("attachments", List.of(Map.of("text", "a"))));
		assertThat(this.mapper.readValue(this.mapper.writeValueAsString(post), Post.class)).isEqualTo(post);
		FileData file = new FileData("notes.txt", new byte[] { 1, 2, 3 });
		assertThat(this.mapper.readValue(this.mapper.writeValueAsString(file), FileData.class)).isEqualTo(file);
		CommandResponse response = CommandResponse.ephemeral("done");
		JsonNode json = this.mapper.valueToTree(response);
		assertThat(json.path("response_type").asString()).isEqualTo("ephemeral");
		assertThat(this.mapper.treeToValue(json, CommandResponse.class)).isEqualTo(response);
	}

}
