package dev.mattermost.spring.test.kit;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import dev.mattermost.spring.model.Channel;
import dev.mattermost.spring.model.Post;
import dev.mattermost.spring.model.Team;
import dev.mattermost.spring.model.User;
import dev.mattermost.spring.test.CommandResult;
import dev.mattermost.spring.test.HttpResult;
import dev.mattermost.spring.test.MattermostPluginTest;
import dev.mattermost.spring.test.MattermostTestDriver;
import dev.mattermost.spring.test.PostResult;
import dev.mattermost.spring.test.mattermost.ApiCall;
import dev.mattermost.spring.test.mattermost.InMemoryMattermost;
import dev.mattermost.spring.test.mattermost.LogEntry;
import dev.mattermost.spring.test.mattermost.RegisteredCommand;

import static org.assertj.core.api.Assertions.assertThat;

@MattermostPluginTest
class MattermostPluginTestTests {

	@Autowired
	MattermostTestDriver mattermost;

	@Autowired
	InMemoryMattermost standIn;

	Team team;

	User alice;

	Channel general;

	@BeforeEach
	void seed() {
		this.team = this.mattermost.createTeam("dev");
		this.alice = this.mattermost.createUser("alice");
		this.general = this.mattermost.createChannel(this.team, "general", this.alice);
	}

	@Test
	void activatesThePluginBeforeTheFirstTest() {
		assertThat(this.mattermost.isActive()).isTrue();
		assertThat(this.mattermost.registeredCommands()).extracting(RegisteredCommand::trigger).containsExactly("greet");
		assertThat(this.mattermost.kvString("activations")).isPresent();
	}

	@Test
	void storesAPostTheFilterLetsThrough() {
		PostResult result = this.mattermost.postMessage(this.general, this.alice, "good morning");

		assertThat(result.status()).isEqualTo(PostResult.Status.POSTED);
		assertThat(this.mattermost.posts(this.general)).extracting(Post::message).containsExactly("good morning");
		assertThat(result.storedPost().userId()).isEqualTo(this.alice.id());
	}

	@Test
	void storesThePostAsThePluginModifiedIt() {
		PostResult result = this.mattermost.postMessage(this.general, this.alice, "my secret plan");

		assertThat(result.isModified()).isTrue();
		assertThat(result.message()).isEqualTo("my ****** plan");
		assertThat(this.mattermost.posts(this.general)).extracting(Post::message).containsExactly("my ****** plan");
	}

	@Test
	void reportsARejectionAndStoresNothing() {
		PostResult result = this.mattermost.postMessage(this.general, this.alice, "a forbidden word");

		assertThat(result.isRejected()).isTrue();
		assertThat(result.rejectionReason()).isEqualTo("No forbidden words here");
		assertThat(result.post()).isNull();
		assertThat(this.mattermost.posts(this.general)).isEmpty();
	}

	@Test
	void dropsADismissedPostSilently() {
		PostResult result = this.mattermost.postMessage(this.general, this.alice, "please ignore me");

		assertThat(result.isDismissed()).isTrue();
		assertThat(result.rejectionReason()).isNull();
		assertThat(this.mattermost.posts(this.general)).isEmpty();
	}

	@Test
	void runsMessageHasBeenPostedForPostsThePluginCreatesThroughTheApi() {
		int seenBefore = postsSeen();

		this.mattermost.postMessage(this.general, this.alice, "ping");

		assertThat(this.mattermost.posts(this.general)).extracting(Post::message).containsExactly("ping", "pong");
		// The plugin saw both: alice's post from the driver and its own reply, as the server announces every post.
		assertThat(postsSeen()).isEqualTo(seenBefore + 2);
	}

	private int postsSeen() {
		String text = this.mattermost.executeCommand(this.alice, this.general, "/greet count").text();
		return Integer.parseInt(text.substring("Seen ".length()));
	}

	@Test
	void editsAPostThroughTheUpdateHooks() {
		Post post = this.mattermost.postMessage(this.general, this.alice, "first draft").storedPost();

		PostResult edited = this.mattermost.updateMessage(post, this.alice, "second draft");
		PostResult refused = this.mattermost.updateMessage(post, this.alice, "forbidden draft");

		assertThat(edited.message()).isEqualTo("second draft");
		assertThat(edited.storedPost().editAt()).isPositive();
		assertThat(refused.rejectionReason()).isEqualTo("Edits may not be forbidden");
		assertThat(this.mattermost.posts(this.general)).extracting(Post::message).containsExactly("second draft");
	}

	@Test
	void runsASlashCommandWithTheServersArguments() {
		CommandResult result = this.mattermost.executeCommand(this.alice, this.general, "/greet Bob");

		assertThat(result.failed()).isFalse();
		assertThat(result.isEphemeral()).isTrue();
		assertThat(result.text()).isEqualTo("Hello, Bob");
	}

	@Test
	void postsAnInChannelCommandResponseAsTheUser() {
		CommandResult result = this.mattermost.executeCommand(this.alice, this.general, "/greet shout hi all");

		assertThat(result.post()).isNotNull();
		assertThat(this.mattermost.posts(this.general)).singleElement().satisfies(post -> {
			assertThat(post.message()).isEqualTo("HI ALL");
			assertThat(post.userId()).isEqualTo(this.alice.id());
		});
	}

	@Test
	void refusesATriggerThePluginDidNotRegister() {
		CommandResult result = this.mattermost.executeCommand(this.alice, this.general, "/weather");

		assertThat(result.failed()).isTrue();
		assertThat(result.error().id()).isEqualTo("api.command.execute_command.not_found.app_error");
		assertThat(result.error().statusCode()).isEqualTo(404);
	}

	@Test
	void appliesNewSettingsThroughOnConfigurationChange() {
		this.mattermost.configurationChange(Map.of("Greeting", "Howdy"));

		assertThat(this.mattermost.executeCommand(this.alice, this.general, "/greet Bob").text())
			.isEqualTo("Howdy, Bob");
		assertThat(this.mattermost.apiCalls("GetPluginConfig")).hasSize(1);
	}

	@Test
	void servesHttpAsTheSignedInUser() {
		HttpResult result = this.mattermost.http().get("/api/whoami").as(this.alice).send();

		assertThat(result.status()).isEqualTo(200);
		assertThat(result.header("content-type")).startsWith("application/json");
		assertThat(result.bodyAsString()).isEqualTo("{\"user_id\":\"" + this.alice.id() + "\"}");
	}

	@Test
	void refusesAnAnonymousRequestToAnEndpointThatNeedsAUser() {
		assertThat(this.mattermost.http().get("/plugins/" + this.standIn.pluginId() + "/api/whoami").send().status())
			.isEqualTo(401);
	}

	@Test
	void streamsALargeBodyThroughServeHttpInChunks() {
		byte[] body = new byte[200 * 1024 + 17];
		Arrays.fill(body, (byte) 'x');

		HttpResult result = this.mattermost.http()
			.post("/api/echo")
			.as(this.alice)
			.body("application/octet-stream", body)
			.send();

		assertThat(result.status()).isEqualTo(200);
		assertThat(result.body()).isEqualTo(body);
	}

	@Test
	void recordsApiCallsAndLogLinesOfTheCurrentTestOnly() {
		assertThat(this.mattermost.apiCalls()).isEmpty();
		assertThat(this.mattermost.logs()).isEmpty();

		this.mattermost.deactivate();

		assertThat(this.mattermost.logs()).extracting(LogEntry::message).containsExactly("Greeter deactivated");
		assertThat(this.mattermost.apiCalls()).extracting(ApiCall::method).containsExactly("LogInfo");
	}

	@Test
	void startsEveryTestFromTheCheckpointTakenAfterActivation() {
		// Each test seeds "alice" again: users, posts and KV from earlier tests are gone.
		assertThat(this.standIn.users()).extracting(User::username).containsExactly("alice");
		assertThat(this.standIn.kv().keySet()).containsExactly("activations");
		this.standIn.kvSet("scratch", "x".getBytes(StandardCharsets.UTF_8));
	}

}
