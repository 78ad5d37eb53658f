package dev.mattermost.spring.test.devhost;

import java.io.ByteArrayOutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;

import com.google.protobuf.ByteString;
import com.google.protobuf.Value;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.Server;
import io.grpc.health.v1.HealthCheckResponse.ServingStatus;
import io.grpc.netty.NettyServerBuilder;
import io.grpc.protobuf.services.HealthStatusManager;
import io.grpc.stub.StreamObserver;

import dev.mattermost.spring.protocol.goplugin.Empty;
import dev.mattermost.spring.protocol.goplugin.GRPCControllerGrpc;
import dev.mattermost.spring.protocol.v1.Command;
import dev.mattermost.spring.protocol.v1.CommandResponse;
import dev.mattermost.spring.protocol.v1.CreatePostRequest;
import dev.mattermost.spring.protocol.v1.ExecuteCommandRequest;
import dev.mattermost.spring.protocol.v1.ExecuteCommandResponse;
import dev.mattermost.spring.protocol.v1.HTTPHeader;
import dev.mattermost.spring.protocol.v1.ImplementedRequest;
import dev.mattermost.spring.protocol.v1.ImplementedResponse;
import dev.mattermost.spring.protocol.v1.KeyValuePair;
import dev.mattermost.spring.protocol.v1.LogInfoRequest;
import dev.mattermost.spring.protocol.v1.MessageHasBeenPostedRequest;
import dev.mattermost.spring.protocol.v1.MessageHasBeenPostedResponse;
import dev.mattermost.spring.protocol.v1.MessageWillBePostedRequest;
import dev.mattermost.spring.protocol.v1.MessageWillBePostedResponse;
import dev.mattermost.spring.protocol.v1.OnActivateRequest;
import dev.mattermost.spring.protocol.v1.OnActivateResponse;
import dev.mattermost.spring.protocol.v1.OnConfigurationChangeRequest;
import dev.mattermost.spring.protocol.v1.OnConfigurationChangeResponse;
import dev.mattermost.spring.protocol.v1.OnDeactivateRequest;
import dev.mattermost.spring.protocol.v1.OnDeactivateResponse;
import dev.mattermost.spring.protocol.v1.PluginAPIGrpc;
import dev.mattermost.spring.protocol.v1.PluginHooksGrpc;
import dev.mattermost.spring.protocol.v1.Post;
import dev.mattermost.spring.protocol.v1.RegisterCommandRequest;
import dev.mattermost.spring.protocol.v1.RegisterCommandResponse;
import dev.mattermost.spring.protocol.v1.ServeHTTPRequest;
import dev.mattermost.spring.protocol.v1.ServeHTTPResponse;
import dev.mattermost.spring.protocol.v1.ServeHTTPResponseInit;

/**
 * A tiny plugin process for dev host tests; its first argument picks how it (mis)behaves.
 * <ul>
 * <li>{@code good}: handshakes, serves hooks, health and the controller, exits on Shutdown</li>
 * <li>{@code banner}: prints a banner line before the handshake</li>
 * <li>{@code silent}: never handshakes</li>
 * <li>{@code crash}: exits with code 3 shortly after OnActivate</li>
 * <li>{@code stubborn}: ignores Shutdown</li>
 * <li>{@code unhealthy}: reports NOT_SERVING after activation</li>
 * </ul>
 */
public final class FakePlugin {

	private static final DateTimeFormatter HCLOG_TIME = DateTimeFormatter
		.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSXXX");

	private FakePlugin() {
	}

	public static void main(String[] args) throws Exception {
		String mode = args[0];
		if (!"Securely message teams, anywhere.".equals(System.getenv("MATTERMOST_PLUGIN"))) {
			System.err.println("This binary is a plugin; it must be started by Mattermost");
			System.exit(1);
		}
		if (mode.equals("silent")) {
			log("info", "starting, but never printing the handshake");
			Thread.sleep(60_000);
			return;
		}
		CountDownLatch shutdown = new CountDownLatch(1);
		HealthStatusManager health = new HealthStatusManager();
		Server server = NettyServerBuilder.forAddress(new InetSocketAddress("127.0.0.1", 0))
			.addService(health.getHealthService())
			.addService(new Hooks(mode, health))
			.addService(new GRPCControllerGrpc.GRPCControllerImplBase() {
				@Override
				public void shutdown(Empty request, StreamObserver<Empty> responses) {
					responses.onNext(Empty.getDefaultInstance());
					responses.onCompleted();
					if (!mode.equals("stubborn")) {
						shutdown.countDown();
					}
				}
			})
			.build()
			.start();
		health.setStatus("plugin", ServingStatus.SERVING);
		if (mode.equals("banner")) {
			System.out.println("  .   ____          _            __ _ _  Spring Boot banner");
		}
		System.out.println("1|1|tcp|127.0.0.1:" + server.getPort() + "|grpc");
		System.out.flush();
		log("info", "fake plugin listening", "port", String.valueOf(server.getPort()),
				"api", System.getenv("MATTERMOST_PLUGIN_API_TARGET"));
		System.err.println("a plain text line");
		if (mode.equals("stubborn")) {
			Thread keepAlive = new Thread(() -> sleep(60_000));
			keepAlive.start();
		}
		shutdown.await();
		server.shutdownNow();
		System.exit(0);
	}

	static void log(String level, String message, String... keyValues) {
		StringBuilder line = new StringBuilder("{\"@level\":\"").append(level)
			.append("\",\"@message\":\"")
			.append(message)
			.append("\",\"@timestamp\":\"")
			.append(HCLOG_TIME.format(OffsetDateTime.now(ZoneOffset.UTC)))
			.append('"');
		for (int i = 0; i + 1 < keyValues.length; i += 2) {
			line.append(",\"").append(keyValues[i]).append("\":\"").append(keyValues[i + 1]).append('"');
		}
		System.err.println(line.append('}'));
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * The hooks the fake plugin implements.
	 */
	static final class Hooks extends PluginHooksGrpc.PluginHooksImplBase {

		private final String mode;

		private final HealthStatusManager health;

		Hooks(String mode, HealthStatusManager health) {
			this.mode = mode;
			this.health = health;
		}

		@Override
		public void implemented(ImplementedRequest request, StreamObserver<ImplementedResponse> responses) {
			reply(responses, ImplementedResponse.newBuilder()
				.addAllHooks(List.of("OnActivate", "OnDeactivate", "OnConfigurationChange", "MessageWillBePosted",
						"MessageHasBeenPosted", "ExecuteCommand", "ServeHTTP"))
				.build());
		}

		@Override
		public void onActivate(OnActivateRequest request, StreamObserver<OnActivateResponse> responses) {
			log("info", "activated");
			if (this.mode.equals("good")) {
				logThroughApi("hello through the API");
				registerCommand("fake");
			}
			if (this.mode.equals("crash")) {
				new Thread(() -> {
					sleep(300);
					log("error", "out of memory, giving up");
					System.exit(3);
				}).start();
			}
			if (this.mode.equals("unhealthy")) {
				this.health.setStatus("plugin", ServingStatus.NOT_SERVING);
			}
			reply(responses, OnActivateResponse.getDefaultInstance());
		}

		@Override
		public void onDeactivate(OnDeactivateRequest request, StreamObserver<OnDeactivateResponse> responses) {
			log("info", "deactivated");
			reply(responses, OnDeactivateResponse.getDefaultInstance());
		}

		@Override
		public void onConfigurationChange(OnConfigurationChangeRequest request,
				StreamObserver<OnConfigurationChangeResponse> responses) {
			log("info", "configuration changed");
			reply(responses, OnConfigurationChangeResponse.getDefaultInstance());
		}

		@Override
		public void messageWillBePosted(MessageWillBePostedRequest request,
				StreamObserver<MessageWillBePostedResponse> responses) {
			String message = request.getPost().getMessage();
			MessageWillBePostedResponse.Builder response = MessageWillBePostedResponse.newBuilder();
			if (message.contains("reject")) {
				response.setRejectionReason("no rejects here");
			}
			else if (message.contains("dismiss")) {
				response.setRejectionReason("plugin.message_will_be_posted.dismiss_post");
			}
			else if (message.contains("shout")) {
				response.setModifiedPost(request.getPost().toBuilder().setMessage(message.toUpperCase(Locale.ROOT)));
			}
			reply(responses, response.build());
		}

		@Override
		public void messageHasBeenPosted(MessageHasBeenPostedRequest request,
				StreamObserver<MessageHasBeenPostedResponse> responses) {
			log("info", "posted", "post_id", request.getPost().getId());
			reply(responses, MessageHasBeenPostedResponse.getDefaultInstance());
		}

		@Override
		public void executeCommand(ExecuteCommandRequest request, StreamObserver<ExecuteCommandResponse> responses) {
			if (request.getArgs().getCommand().equals("/fake post")) {
				createPostThroughApi(request.getArgs().getUserId(), request.getArgs().getChannelId(), "from the plugin");
				reply(responses, ExecuteCommandResponse.getDefaultInstance());
				return;
			}
			reply(responses, ExecuteCommandResponse.newBuilder()
				.setResponse(CommandResponse.newBuilder()
					.setResponseType("in_channel")
					.setText("echo " + request.getArgs().getCommand()))
				.build());
		}

		@Override
		public StreamObserver<ServeHTTPRequest> serveHTTP(StreamObserver<ServeHTTPResponse> responses) {
			return new StreamObserver<>() {

				private final ByteArrayOutputStream body = new ByteArrayOutputStream();

				private final StringBuilder seen = new StringBuilder();

				private int messages;

				@Override
				public void onNext(ServeHTTPRequest request) {
					this.messages++;
					if (request.hasInit()) {
						this.seen.append("url=").append(request.getInit().getUrl()).append('\n');
						this.seen.append("request_uri=").append(request.getInit().getRequestUri()).append('\n');
						for (HTTPHeader header : request.getInit().getHeadersList()) {
							if (header.getKey().startsWith("Mattermost")) {
								this.seen.append(header.getKey()).append('=').append(header.getValues(0)).append('\n');
							}
						}
					}
					this.body.writeBytes(request.getBodyChunk().toByteArray());
					if (request.getBodyComplete()) {
						this.seen.append("body_bytes=").append(this.body.size()).append('\n');
						this.seen.append("messages=").append(this.messages).append('\n');
						responses.onNext(ServeHTTPResponse.newBuilder()
							.setInit(ServeHTTPResponseInit.newBuilder()
								.setStatusCode(201)
								.addHeaders(HTTPHeader.newBuilder().setKey("X-Fake").addValues("yes")))
							.setBodyChunk(ByteString.copyFrom(this.seen.toString(), StandardCharsets.UTF_8))
							.setBodyComplete(true)
							.build());
						responses.onCompleted();
					}
				}

				@Override
				public void onError(Throwable error) {
				}

				@Override
				public void onCompleted() {
				}

			};
		}

		private static <T> void reply(StreamObserver<T> responses, T response) {
			responses.onNext(response);
			responses.onCompleted();
		}

		private static void createPostThroughApi(String userId, String channelId, String message) {
			ManagedChannel api = ManagedChannelBuilder.forTarget(System.getenv("MATTERMOST_PLUGIN_API_TARGET"))
				.usePlaintext()
				.build();
			try {
				PluginAPIGrpc.newBlockingStub(api).createPost(CreatePostRequest.newBuilder()
					.setPost(Post.newBuilder().setUserId(userId).setChannelId(channelId).setMessage(message))
					.build());
			}
			finally {
				api.shutdownNow();
			}
		}

		private static void registerCommand(String trigger) {
			ManagedChannel api = ManagedChannelBuilder.forTarget(System.getenv("MATTERMOST_PLUGIN_API_TARGET"))
				.usePlaintext()
				.build();
			try {
				RegisterCommandResponse response = PluginAPIGrpc.newBlockingStub(api)
					.registerCommand(RegisterCommandRequest.newBuilder()
						.setCommand(Command.newBuilder().setTrigger(trigger).setAutoComplete(true).setDisplayName("Fake"))
						.build());
				if (response.hasError()) {
					log("error", "RegisterCommand failed: " + response.getError().getId());
				}
			}
			finally {
				api.shutdownNow();
			}
		}

		private static void logThroughApi(String message) {
			ManagedChannel api = ManagedChannelBuilder.forTarget(System.getenv("MATTERMOST_PLUGIN_API_TARGET"))
				.usePlaintext()
				.build();
			try {
				PluginAPIGrpc.newBlockingStub(api).logInfo(LogInfoRequest.newBuilder()
					.setMsg(message)
					.addKeyValuePairs(KeyValuePair.newBuilder()
						.setKey("source")
						.setValue(Value.newBuilder().setStringValue("fake")))
					.build());
			}
			finally {
				api.shutdownNow();
			}
		}

	}

}
