package dev.mattermost.spring.sample;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.grpc.ManagedChannel;
import io.grpc.health.v1.HealthCheckRequest;
import io.grpc.health.v1.HealthCheckResponse.ServingStatus;
import io.grpc.health.v1.HealthGrpc;
import io.grpc.stub.StreamObserver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.mattermost.spring.test.devhost.PluginBundle;
import dev.mattermost.spring.test.devhost.PluginProcess;
import dev.mattermost.spring.test.mattermost.InMemoryMattermost;

import dev.mattermost.spring.convert.PostConverter;
import dev.mattermost.spring.model.Channel;
import dev.mattermost.spring.model.User;
import dev.mattermost.spring.protocol.goplugin.Empty;
import dev.mattermost.spring.protocol.goplugin.GRPCControllerGrpc;
import dev.mattermost.spring.protocol.v1.ChannelMember;
import dev.mattermost.spring.protocol.v1.CommandArgs;
import dev.mattermost.spring.protocol.v1.ExecuteCommandRequest;
import dev.mattermost.spring.protocol.v1.ExecuteCommandResponse;
import dev.mattermost.spring.protocol.v1.HTTPHeader;
import dev.mattermost.spring.protocol.v1.ImplementedRequest;
import dev.mattermost.spring.protocol.v1.MessageHasBeenPostedRequest;
import dev.mattermost.spring.protocol.v1.MessageWillBePostedRequest;
import dev.mattermost.spring.protocol.v1.MessageWillBePostedResponse;
import dev.mattermost.spring.protocol.v1.OnActivateRequest;
import dev.mattermost.spring.protocol.v1.OnActivateResponse;
import dev.mattermost.spring.protocol.v1.OnDeactivateRequest;
import dev.mattermost.spring.protocol.v1.PluginContext;
import dev.mattermost.spring.protocol.v1.PluginHooksGrpc;
import dev.mattermost.spring.protocol.v1.Post;
import dev.mattermost.spring.protocol.v1.ServeHTTPRequest;
import dev.mattermost.spring.protocol.v1.ServeHTTPRequestInit;
import dev.mattermost.spring.protocol.v1.ServeHTTPResponse;
import dev.mattermost.spring.protocol.v1.UserHasJoinedChannelRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the sample plugin as its bundle ships it (the application jar of the exploded bundle, with Spring AOT on and
 * the recorded start-up classes) in a plain {@code java -jar} subprocess with the server's environment, talked to
 * over real TCP, and stopped with go-plugin's Shutdown.
 */
class SamplePluginProcessIT {

	private PluginUnderTest plugin;

	private ManagedChannel channel;

	private PluginProcess process;

	private InMemoryMattermost mattermost;

	private Channel town;

	private User alice;

	@BeforeEach
	void startPlugin() throws Exception {
		Path jar = Path.of("target", "mattermost-plugin", "com.example.sample", "server", "app", "sample-plugin.jar");
		assertThat(jar).exists();
		String java = ProcessHandle.current().info().command().orElse("java");
		PluginBundle bundle = new PluginBundle("com.example.sample", Files.createTempDirectory("sample-plugin"),
				List.of(java, "-jar", jar.toAbsolutePath().toString()), Map.of());
		this.mattermost = new InMemoryMattermost("sample");
		this.alice = this.mattermost.createUser("alice");
		this.town = this.mattermost.createChannel(this.mattermost.createTeam("dev").id(), "town");
		this.plugin = PluginUnderTest.start(bundle, this.mattermost.startTcp());
		this.channel = this.plugin.channel();
		this.process = this.plugin.process();
	}

	@AfterEach
	void stopPlugin() throws Exception {
		if (this.plugin != null) {
			this.plugin.close();
		}
		if (this.mattermost != null) {
			this.mattermost.close();
		}
	}

	@Test
	void startsAheadOfTimeProcessed() {
		// the bundle turned Spring AOT on: the application reports it as it starts
		assertThat(this.plugin.stderr()).anySatisfy((line) -> assertThat(line).contains("Starting AOT-processed"));
	}

	@Test
	void servesHooksLikeAGoPluginAndExitsOnShutdown() throws Exception {
		ServingStatus health = HealthGrpc.newBlockingStub(this.channel)
			.check(HealthCheckRequest.newBuilder().setService("plugin").build())
			.getStatus();
		assertThat(health).isEqualTo(ServingStatus.SERVING);

		PluginHooksGrpc.PluginHooksBlockingStub hooks = PluginHooksGrpc.newBlockingStub(this.channel)
			.withDeadlineAfter(30, TimeUnit.SECONDS);
		assertThat(hooks.implemented(ImplementedRequest.getDefaultInstance()).getHooksList()).contains("OnActivate",
				"OnDeactivate", "OnConfigurationChange", "MessageWillBePosted", "MessageWillBeUpdated",
				"MessageHasBeenPosted", "ExecuteCommand", "UserHasJoinedChannel");

		OnActivateResponse activated = hooks.onActivate(OnActivateRequest.getDefaultInstance());
		assertThat(activated.hasError()).isFalse();

		assertThat(this.mattermost.registeredCommands()).extracting((command) -> command.trigger())
			.containsExactly("sample");
		User bot = this.mattermost.userByUsername(SampleBot.USERNAME).orElseThrow();
		assertThat(bot.isBot()).isTrue();

		MessageWillBePostedResponse masked = hooks.messageWillBePosted(post("pay with 4111 1111 1111 1234 please"));
		assertThat(masked.getRejectionReason()).isEmpty();
		assertThat(masked.getModifiedPost().getMessage()).isEqualTo("pay with **** **** **** 1234 please");
		assertThat(masked.getModifiedPost().getChannelId()).isEqualTo(this.town.id());

		MessageWillBePostedResponse rejected = hooks.messageWillBePosted(post("big SPOILER ahead"));
		assertThat(rejected.hasModifiedPost()).isFalse();
		assertThat(rejected.getRejectionReason()).contains("blocked word");

		// go-plugin sends hook messages of any size; grpc-java's default 4 MiB inbound limit would refuse this.
		MessageWillBePostedResponse large = hooks.messageWillBePosted(post("a".repeat(8 * 1024 * 1024)));
		assertThat(large.getRejectionReason()).isEmpty();

		MessageWillBePostedResponse untouched = hooks.messageWillBePosted(post("ping"));
		assertThat(untouched.hasModifiedPost()).isFalse();
		assertThat(untouched.getRejectionReason()).isEmpty();

		dev.mattermost.spring.model.Post ping = this.mattermost.createPost(this.town.id(), this.alice.id(), "ping", "",
				Map.of());
		hooks.messageHasBeenPosted(MessageHasBeenPostedRequest.newBuilder()
			.setPluginContext(PluginContext.newBuilder().setRequestId("r2"))
			.setPost(PostConverter.toProto(ping))
			.build());
		assertThat(this.mattermost.posts(this.town.id())).anySatisfy((reply) -> {
			assertThat(reply.message()).isEqualTo("pong");
			assertThat(reply.userId()).isEqualTo(bot.id());
			assertThat(reply.rootId()).isEqualTo(ping.id());
		});

		hooks.userHasJoinedChannel(UserHasJoinedChannelRequest.newBuilder()
			.setChannelMember(ChannelMember.newBuilder().setChannelId(this.town.id()).setUserId(this.alice.id()))
			.build());
		assertThat(this.mattermost.ephemeralPosts(this.alice.id())).extracting(dev.mattermost.spring.model.Post::message)
			.anySatisfy((message) -> assertThat(message).startsWith("Welcome!"));

		ExecuteCommandResponse stats = hooks.executeCommand(ExecuteCommandRequest.newBuilder()
			.setArgs(CommandArgs.newBuilder()
				.setCommand("/sample stats")
				.setUserId(this.alice.id())
				.setChannelId(this.town.id()))
			.build());
		assertThat(stats.hasError()).isFalse();
		assertThat(stats.getResponse().getResponseType()).isEqualTo("ephemeral");
		assertThat(stats.getResponse().getText()).isEqualTo("Posts seen since start: 1, in this channel: 1");

		assertThat(hooks.onDeactivate(OnDeactivateRequest.getDefaultInstance()).hasError()).isFalse();
		long askedToStop = System.nanoTime();
		GRPCControllerGrpc.newBlockingStub(this.channel).shutdown(Empty.getDefaultInstance());
		boolean exited = this.process.awaitExit(Duration.ofSeconds(2));
		long tookMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - askedToStop);
		assertThat(exited).as("plugin exited within 2 s of Shutdown (took %d ms)", tookMillis).isTrue();
		assertThat(this.process.exitValue()).isZero();
		assertThat(this.plugin.stdout()).as("nothing after the handshake line on stdout").isEmpty();
		assertThat(this.plugin.stderr()).isNotEmpty().allSatisfy((line) -> assertThat(line).startsWith("{\"@level\":"));
		assertThat(String.join("\n", this.plugin.stderr())).contains("Sample plugin deactivated", "\"posts_seen\":\"1\"");
	}

	@Test
	void servesItsRestApiThroughServeHttp() throws Exception {
		PluginHooksGrpc.PluginHooksBlockingStub hooks = PluginHooksGrpc.newBlockingStub(this.channel)
			.withDeadlineAfter(30, TimeUnit.SECONDS);
		assertThat(hooks.implemented(ImplementedRequest.getDefaultInstance()).getHooksList()).contains("ServeHTTP");

		String status = serveHttp(ServeHTTPRequestInit.newBuilder()
			.setMethod("GET")
			.setUrl("/api/v1/status")
			.setRequestUri("/plugins/com.example.sample/api/v1/status")
			.setContentLength(0)
			.setPluginContext(PluginContext.newBuilder().setRequestId("http-1"))
			.addHeaders(HTTPHeader.newBuilder().setKey("Mattermost-User-Id").addValues("user-1"))
			.build());
		assertThat(status).startsWith("200 ").contains("\"userId\":\"user-1\"", "\"requestId\":\"http-1\"");

		String anonymous = serveHttp(ServeHTTPRequestInit.newBuilder()
			.setMethod("GET")
			.setUrl("/api/v1/status")
			.setContentLength(0)
			.build());
		assertThat(anonymous).startsWith("401 ");
	}

	/** Sends one request over ServeHTTP, body-less, and returns "status body". */
	private String serveHttp(ServeHTTPRequestInit init) throws Exception {
		CompletableFuture<String> result = new CompletableFuture<>();
		StringBuilder body = new StringBuilder();
		int[] statusCode = new int[1];
		StreamObserver<ServeHTTPRequest> requests = PluginHooksGrpc.newStub(this.channel)
			.serveHTTP(new StreamObserver<>() {

				@Override
				public void onNext(ServeHTTPResponse message) {
					if (message.hasInit()) {
						statusCode[0] = message.getInit().getStatusCode();
					}
					body.append(message.getBodyChunk().toStringUtf8());
				}

				@Override
				public void onError(Throwable error) {
					result.completeExceptionally(error);
				}

				@Override
				public void onCompleted() {
					result.complete(statusCode[0] + " " + body);
				}

			});
		requests.onNext(ServeHTTPRequest.newBuilder().setInit(init).setBodyComplete(true).build());
		requests.onCompleted();
		return result.get(30, TimeUnit.SECONDS);
	}

	private MessageWillBePostedRequest post(String message) {
		return MessageWillBePostedRequest.newBuilder()
			.setPluginContext(PluginContext.newBuilder().setRequestId("r1").setSessionId("s1"))
			.setPost(Post.newBuilder().setChannelId(this.town.id()).setUserId(this.alice.id()).setMessage(message))
			.build();
	}

}
