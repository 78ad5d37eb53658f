package dev.mattermost.spring.test.mattermost;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.mattermost.spring.model.Channel;
import dev.mattermost.spring.model.Post;
import dev.mattermost.spring.model.Team;
import dev.mattermost.spring.model.User;

import static org.assertj.core.api.Assertions.assertThat;

class CheckpointTests {

	private final InMemoryMattermost mattermost = new InMemoryMattermost();

	@Test
	void resetReturnsEveryStoreToTheCheckpoint() {
		Team team = this.mattermost.createTeam("dev");
		User alice = this.mattermost.createUser("alice");
		Channel general = this.mattermost.createChannel(team.id(), "general");
		this.mattermost.kvSet("kept", bytes("1"));
		this.mattermost.pluginSettings(Map.of("Greeting", "Hello"));
		this.mattermost.checkpoint();

		User bob = this.mattermost.createUser("bob");
		this.mattermost.addToChannel(general.id(), alice.id());
		this.mattermost.createPost(general.id(), alice.id(), "hi", "", Map.of());
		this.mattermost.kvSet("kept", bytes("2"));
		this.mattermost.kvSet("added", bytes("x"));
		this.mattermost.pluginSettings(Map.of("Greeting", "Howdy"));
		this.mattermost.reset();

		assertThat(this.mattermost.users()).extracting(User::username).containsExactly("alice");
		assertThat(this.mattermost.user(bob.id())).isEmpty();
		assertThat(this.mattermost.isChannelMember(general.id(), alice.id())).isFalse();
		assertThat(this.mattermost.posts(general.id())).isEmpty();
		assertThat(this.mattermost.kv().keySet()).containsExactly("kept");
		assertThat(this.mattermost.kvString("kept")).contains("1");
		assertThat(this.mattermost.pluginSettings()).containsEntry("greeting", "Hello");
	}

	@Test
	void aCheckpointCanBeReturnedToAgainAndAgain() {
		Team team = this.mattermost.createTeam("dev");
		User alice = this.mattermost.createUser("alice");
		Channel general = this.mattermost.createChannel(team.id(), "general");
		this.mattermost.addToChannel(general.id(), alice.id());
		this.mattermost.checkpoint();

		for (int round = 0; round < 3; round++) {
			User bob = this.mattermost.createUser("bob");
			this.mattermost.addToChannel(general.id(), bob.id());
			this.mattermost.createPost(general.id(), bob.id(), "round " + round, "", Map.of());
			this.mattermost.reset();

			assertThat(this.mattermost.posts(general.id())).isEmpty();
			assertThat(this.mattermost.isChannelMember(general.id(), alice.id())).isTrue();
			assertThat(this.mattermost.userByUsername("bob")).isEmpty();
		}
	}

	@Test
	void resetForgetsRecordsAndWithoutACheckpointReturnsToEmpty() {
		this.mattermost.createUser("alice");

		this.mattermost.reset();

		assertThat(this.mattermost.users()).isEmpty();
		assertThat(this.mattermost.apiCalls()).isEmpty();
		assertThat(this.mattermost.logs()).isEmpty();
	}

	@Test
	void savesAndEditsPostsWithTheFieldsTheyCarry() {
		Team team = this.mattermost.createTeam("dev");
		User alice = this.mattermost.createUser("alice");
		Channel general = this.mattermost.createChannel(team.id(), "general");

		Post saved = this.mattermost.savePost(Post.of(general.id(), "hello")
			.withUserId(alice.id())
			.withProps(Map.of("from_test", true)));
		Post edited = this.mattermost.updatePost(saved.withMessage("hello again"));

		assertThat(saved.id()).hasSize(26);
		assertThat(saved.props()).containsEntry("from_test", true);
		assertThat(edited.editAt()).isPositive();
		assertThat(this.mattermost.posts(general.id())).extracting(Post::message).containsExactly("hello again");
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
