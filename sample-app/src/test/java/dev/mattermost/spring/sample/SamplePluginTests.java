package dev.mattermost.spring.sample;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import dev.mattermost.spring.model.Channel;
import dev.mattermost.spring.model.Post;
import dev.mattermost.spring.model.User;
import dev.mattermost.spring.test.CommandResult;
import dev.mattermost.spring.test.HttpResult;
import dev.mattermost.spring.test.MattermostPluginTest;
import dev.mattermost.spring.test.MattermostTestDriver;
import dev.mattermost.spring.test.PostResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample plugin driven as Mattermost drives it, over its real gRPC hooks against an in-memory Mattermost.
 */
@MattermostPluginTest
@ExtendWith(OutputCaptureExtension.class)
class SamplePluginTests {

	@Autowired
	MattermostTestDriver mattermost;

	User alice;

	Channel townSquare;

	@BeforeEach
	void seed() {
		this.alice = this.mattermost.createUser("alice");
		this.townSquare = this.mattermost.createChannel(this.mattermost.createTeam("sample"), "general", this.alice);
	}

	@Test
	void rejectsAMessageWithABlockedWord() {
		PostResult result = this.mattermost.postMessage(this.townSquare, this.alice, "Huge SPOILER: it was a dream");

		assertThat(result.isRejected()).isTrue();
		assertThat(result.rejectionReason()).isEqualTo("Your message contains a blocked word: spoiler");
		assertThat(this.mattermost.posts(this.townSquare)).isEmpty();
	}

	@Test
	void masksCardNumbersBeforeTheyAreStored() {
		PostResult result = this.mattermost.postMessage(this.townSquare, this.alice, "card 4111 1111 1111 1234 ok?");

		assertThat(result.isModified()).isTrue();
		assertThat(this.mattermost.posts(this.townSquare)).extracting(Post::message)
			.containsExactly("card **** **** **** 1234 ok?");
	}

	@Test
	void storesAnOrdinaryMessageUnchanged() {
		PostResult result = this.mattermost.postMessage(this.townSquare, this.alice, "lunch at noon?");

		assertThat(result.status()).isEqualTo(PostResult.Status.POSTED);
		assertThat(result.message()).isEqualTo("lunch at noon?");
	}

	@Test
	void filtersEditsLikeNewPosts() {
		Post post = this.mattermost.postMessage(this.townSquare, this.alice, "draft").storedPost();

		assertThat(this.mattermost.updateMessage(post, this.alice, "a spoiler after all").isRejected()).isTrue();
		assertThat(this.mattermost.updateMessage(post, this.alice, "4111-1111-1111-9876").message())
			.isEqualTo("**** **** **** 9876");
	}

	@Test
	void echoesWithTheSampleCommand() {
		CommandResult result = this.mattermost.executeCommand(this.alice, this.townSquare, "/sample echo hi there");

		assertThat(result.isEphemeral()).isTrue();
		assertThat(result.text()).isEqualTo("hi there");
	}

	@Test
	void countsSeenPostsInTheStatsCommand() {
		long before = postsSeen();

		this.mattermost.postMessage(this.townSquare, this.alice, "one");
		this.mattermost.postMessage(this.townSquare, this.alice, "spoiler");

		// Only the stored post reaches MessageHasBeenPosted.
		assertThat(postsSeen()).isEqualTo(before + 1);
		assertThat(statsText()).endsWith(", in this channel: 1");
	}

	@Test
	void registersTheSampleCommandAndItsBotOnActivation() {
		assertThat(this.mattermost.registeredCommands()).extracting((command) -> command.trigger())
			.containsExactly("sample");
		assertThat(this.mattermost.mattermost().userByUsername(SampleBot.USERNAME)).hasValueSatisfying(
				(bot) -> assertThat(bot.isBot()).isTrue());
	}

	@Test
	void answersPingInTheThreadAsTheBot() {
		PostResult ping = this.mattermost.postMessage(this.townSquare, this.alice, "ping");

		Post pong = this.mattermost.posts(this.townSquare)
			.stream()
			.filter((post) -> post.message().equals("pong"))
			.findFirst()
			.orElseThrow();
		User bot = this.mattermost.mattermost().userByUsername(SampleBot.USERNAME).orElseThrow();
		assertThat(pong.userId()).isEqualTo(bot.id());
		assertThat(pong.rootId()).isEqualTo(ping.post().id());
		assertThat(this.mattermost.kvString("post-count:" + this.townSquare.id())).hasValue("1");
	}

	private long postsSeen() {
		String text = statsText();
		return Long.parseLong(text.substring("Posts seen since start: ".length(), text.indexOf(',')));
	}

	private String statsText() {
		return this.mattermost.executeCommand(this.alice, this.townSquare, "/sample stats").text();
	}

	@Test
	void explainsUsageForAnUnknownAction() {
		assertThat(this.mattermost.executeCommand(this.alice, this.townSquare, "/sample").text())
			.isEqualTo("Usage: /sample echo <text> | stats");
	}

	@Test
	void logsDeactivationWithTheNumberOfPostsSeen(CapturedOutput output) {
		this.mattermost.deactivate();

		assertThat(output).contains("Sample plugin deactivated").contains("posts_seen");
	}

	@Test
	void reportsTheCallerAndSettingsOverHttp() {
		HttpResult result = this.mattermost.http().get("/api/v1/status").as(this.alice).send();

		assertThat(result.status()).isEqualTo(200);
		assertThat(result.bodyAsString()).contains("\"userId\":\"" + this.alice.id() + "\"")
			.contains("\"blockedWords\":[\"spoiler\"]");
	}

	@Test
	void refusesAnonymousHttpRequests() {
		assertThat(this.mattermost.http().get("/api/v1/status").send().status()).isEqualTo(401);
	}

	@Test
	void checksumsAnUploadLargerThanOneServeHttpChunk() throws Exception {
		byte[] content = new byte[300_000];
		for (int i = 0; i < content.length; i++) {
			content[i] = (byte) (i % 251);
		}
		String boundary = "sample-boundary";
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"data.bin\"\r\n"
				+ "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));

		HttpResult result = this.mattermost.http()
			.post("/api/v1/files")
			.as(this.alice)
			.body("multipart/form-data; boundary=" + boundary, body.toByteArray())
			.send();

		String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		assertThat(result.status()).isEqualTo(200);
		assertThat(result.bodyAsString()).contains("\"name\":\"data.bin\"")
			.contains("\"size\":300000")
			.contains("\"sha256\":\"" + sha256 + "\"");
	}

}
