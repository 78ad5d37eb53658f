package dev.mattermost.spring.test.hooks;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import com.google.protobuf.ByteString;
import io.grpc.ManagedChannel;
import io.grpc.Server;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.inprocess.InProcessChannelBuilder;
import io.grpc.inprocess.InProcessServerBuilder;
import io.grpc.stub.StreamObserver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.mattermost.spring.protocol.v1.AppError;
import dev.mattermost.spring.protocol.v1.CommandArgs;
import dev.mattermost.spring.protocol.v1.ExecuteCommandRequest;
import dev.mattermost.spring.protocol.v1.ExecuteCommandResponse;
import dev.mattermost.spring.protocol.v1.HTTPHeader;
import dev.mattermost.spring.protocol.v1.ImplementedRequest;
import dev.mattermost.spring.protocol.v1.ImplementedResponse;
import dev.mattermost.spring.protocol.v1.MessageWillBePostedRequest;
import dev.mattermost.spring.protocol.v1.MessageWillBePostedResponse;
import dev.mattermost.spring.protocol.v1.OnActivateRequest;
import dev.mattermost.spring.protocol.v1.OnActivateResponse;
import dev.mattermost.spring.protocol.v1.PluginContext;
import dev.mattermost.spring.protocol.v1.PluginHooksGrpc;
import dev.mattermost.spring.protocol.v1.Post;
import dev.mattermost.spring.protocol.v1.ServeHTTPRequest;
import dev.mattermost.spring.protocol.v1.ServeHTTPRequestInit;
import dev.mattermost.spring.protocol.v1.ServeHTTPResponse;
import dev.mattermost.spring.protocol.v1.ServeHTTPResponseInit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class HookClientTests {

	private final FakeHooks plugin = new FakeHooks();

	private Server server;

	private ManagedChannel channel;

	@AfterEach
	void close() {
		if (this.channel != null) {
			this.channel.shutdownNow();
			this.server.shutdownNow();
		}
	}

	@Test
	void sendsTheBodyIn64KibChunksWithInitOnTheFirst() throws IOException {
		RecordingSink sink = new RecordingSink();

		int status = client("ServeHTTP").serveHttp(init(), new ByteArrayInputStream(new byte[150 * 1024]), sink);

		assertThat(status).isEqualTo(200);
		List<ServeHTTPRequest> received = this.plugin.httpRequests;
		assertThat(received).hasSize(3);
		assertThat(received.get(0).hasInit()).isTrue();
		assertThat(received.get(0).getBodyChunk().size()).isEqualTo(65536);
		assertThat(received.get(1).hasInit()).isFalse();
		assertThat(received.get(1).getBodyChunk().size()).isEqualTo(65536);
		assertThat(received.get(2).getBodyChunk().size()).isEqualTo(22528);
		assertThat(received.get(2).getBodyComplete()).isTrue();
	}

	@Test
	void sendsASingleMessageWhenThereIsNoBody() throws IOException {
		client("ServeHTTP").serveHttp(init(), null, new RecordingSink());

		assertThat(this.plugin.httpRequests).singleElement()
			.satisfies((message) -> assertThat(message.hasInit() && message.getBodyComplete()).isTrue());
	}

	@Test
	void streamsTheResponseReadingStatusZeroAs200() throws IOException {
		this.plugin.httpResponses = List.of(
				ServeHTTPResponse.newBuilder()
					.setInit(ServeHTTPResponseInit.newBuilder()
						.addHeaders(HTTPHeader.newBuilder().setKey("Content-Type").addValues("text/plain")))
					.setBodyChunk(ByteString.copyFromUtf8("hello "))
					.setFlush(true)
					.build(),
				ServeHTTPResponse.newBuilder().setBodyChunk(ByteString.copyFromUtf8("world")).setBodyComplete(true)
					.build());
		RecordingSink sink = new RecordingSink();

		int status = client("ServeHTTP").serveHttp(init(), null, sink);

		assertThat(status).isEqualTo(200);
		assertThat(sink.status).isEqualTo(200);
		assertThat(sink.headers).extracting(HTTPHeader::getKey).containsExactly("Content-Type");
		assertThat(sink.body()).isEqualTo("hello world");
		assertThat(sink.flushes).isEqualTo(1);
	}

	@Test
	void answers404WithoutCallingWhenServeHttpIsNotImplemented() throws IOException {
		RecordingSink sink = new RecordingSink();

		int status = client("OnActivate").serveHttp(init(), null, sink);

		assertThat(status).isEqualTo(404);
		assertThat(sink.body()).isEqualTo("404 page not found\n");
		assertThat(this.plugin.httpRequests).isEmpty();
	}

	@Test
	void answers502WhenTheStreamFailsBeforeThePluginAnswers() throws IOException {
		this.plugin.httpFailure = Status.INTERNAL.withDescription("boom");
		RecordingSink sink = new RecordingSink();

		assertThat(client("ServeHTTP").serveHttp(init(), null, sink)).isEqualTo(502);
		assertThat(sink.status).isEqualTo(502);
	}

	@Test
	void replacesAStatusOutsideTheValidRangeWith500() throws IOException {
		this.plugin.httpResponses = List.of(ServeHTTPResponse.newBuilder()
			.setInit(ServeHTTPResponseInit.newBuilder().setStatusCode(42))
			.setBodyComplete(true)
			.build());

		assertThat(client("ServeHTTP").serveHttp(init(), null, new RecordingSink())).isEqualTo(500);
	}

	@Test
	void rejectionWinsOverAModifiedPost() {
		this.plugin.willBePosted = (request) -> MessageWillBePostedResponse.newBuilder()
			.setModifiedPost(request.getPost().toBuilder().setMessage("changed"))
			.setRejectionReason("spam")
			.build();

		MessageOutcome outcome = client("MessageWillBePosted").messageWillBePosted(context(), post("hi"));

		assertThat(outcome).isEqualTo(new MessageOutcome.Rejected("spam"));
	}

	@Test
	void readsTheDismissReasonAsDismissed() {
		this.plugin.willBePosted = (request) -> MessageWillBePostedResponse.newBuilder()
			.setRejectionReason(MessageOutcome.DISMISS_POST)
			.build();

		assertThat(client("MessageWillBePosted").messageWillBePosted(context(), post("hi")))
			.isInstanceOf(MessageOutcome.Dismissed.class);
	}

	@Test
	void returnsTheModifiedPost() {
		this.plugin.willBePosted = (request) -> MessageWillBePostedResponse.newBuilder()
			.setModifiedPost(request.getPost().toBuilder().setMessage("changed"))
			.build();

		MessageOutcome outcome = client("MessageWillBePosted").messageWillBePosted(context(), post("hi"));

		assertThat(outcome).isInstanceOfSatisfying(MessageOutcome.Accepted.class, (accepted) -> {
			assertThat(accepted.modified()).isTrue();
			assertThat(accepted.post().getMessage()).isEqualTo("changed");
		});
	}

	@Test
	void keepsThePostUnchangedWhenTheHookFails() {
		this.plugin.willBePosted = (request) -> {
			throw Status.INTERNAL.withDescription("handler blew up").asRuntimeException();
		};

		MessageOutcome outcome = client("MessageWillBePosted").messageWillBePosted(context(), post("hi"));

		assertThat(outcome).isInstanceOfSatisfying(MessageOutcome.Accepted.class, (accepted) -> {
			assertThat(accepted.post().getMessage()).isEqualTo("hi");
			assertThat(accepted.modified()).isFalse();
			assertThat(accepted.hookFailure()).contains("MessageWillBePosted failed").contains("handler blew up");
		});
	}

	@Test
	void doesNotCallHooksThePluginDidNotList() {
		HookClient client = client("ServeHTTP");

		client.activate();
		MessageOutcome outcome = client.messageWillBePosted(context(), post("hi"));

		assertThat(this.plugin.activations).hasValue(0);
		assertThat(outcome).isEqualTo(new MessageOutcome.Accepted(post("hi"), false, null));
	}

	@Test
	void raisesTheActivationErrorWithItsDetail() {
		this.plugin.activationError = AppError.newBuilder()
			.setId("plugin.on_activate.error")
			.setDetailedError("missing setting Greeting")
			.setStatusCode(500)
			.build();

		assertThatExceptionOfType(HookException.class).isThrownBy(() -> client("OnActivate").activate())
			.withMessage("OnActivate returned an error: plugin.on_activate.error: missing setting Greeting (status 500)");
	}

	@Test
	void turnsAFailedCommandCallIntoTheServersError() {
		this.plugin.commandFailure = Status.DEADLINE_EXCEEDED;

		CommandOutcome outcome = client("ExecuteCommand").executeCommand(context(), CommandArgs.getDefaultInstance());

		assertThat(outcome.failed()).isTrue();
		assertThat(outcome.error().getId()).isEqualTo("plugin.grpc.execute_command.error");
		assertThat(outcome.error().getStatusCode()).isEqualTo(500);
	}

	@Test
	void asksImplementedOnlyOnce() {
		HookClient client = client("OnActivate");

		client.implemented();
		client.isImplemented("OnActivate");
		client.activate();

		assertThat(this.plugin.implementedCalls).hasValue(1);
	}

	private HookClient client(String... hooks) {
		this.plugin.hooks = Set.of(hooks);
		String name = InProcessServerBuilder.generateName();
		try {
			this.server = InProcessServerBuilder.forName(name).addService(this.plugin).build().start();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		this.channel = InProcessChannelBuilder.forName(name).build();
		return new HookClient(this.channel);
	}

	private static ServeHTTPRequestInit init() {
		return ServeHTTPRequestInit.newBuilder().setMethod("POST").setUrl("/api").build();
	}

	private static PluginContext context() {
		return PluginContext.newBuilder().setRequestId("r1").build();
	}

	private static Post post(String message) {
		return Post.newBuilder().setMessage(message).setChannelId("c1").build();
	}

	/**
	 * A plugin whose hook answers each test sets.
	 */
	static final class FakeHooks extends PluginHooksGrpc.PluginHooksImplBase {

		volatile Set<String> hooks = Set.of();

		final AtomicInteger implementedCalls = new AtomicInteger();

		final AtomicInteger activations = new AtomicInteger();

		volatile AppError activationError;

		volatile Function<MessageWillBePostedRequest, MessageWillBePostedResponse> willBePosted;

		volatile Status commandFailure;

		volatile List<ServeHTTPResponse> httpResponses = List.of(
				ServeHTTPResponse.newBuilder().setBodyComplete(true).build());

		volatile Status httpFailure;

		final List<ServeHTTPRequest> httpRequests = new CopyOnWriteArrayList<>();

		@Override
		public void implemented(ImplementedRequest request, StreamObserver<ImplementedResponse> responses) {
			this.implementedCalls.incrementAndGet();
			responses.onNext(ImplementedResponse.newBuilder().addAllHooks(this.hooks).build());
			responses.onCompleted();
		}

		@Override
		public void onActivate(OnActivateRequest request, StreamObserver<OnActivateResponse> responses) {
			this.activations.incrementAndGet();
			OnActivateResponse.Builder response = OnActivateResponse.newBuilder();
			if (this.activationError != null) {
				response.setError(this.activationError);
			}
			responses.onNext(response.build());
			responses.onCompleted();
		}

		@Override
		public void messageWillBePosted(MessageWillBePostedRequest request,
				StreamObserver<MessageWillBePostedResponse> responses) {
			try {
				responses.onNext(this.willBePosted.apply(request));
				responses.onCompleted();
			}
			catch (StatusRuntimeException ex) {
				responses.onError(ex);
			}
		}

		@Override
		public void executeCommand(ExecuteCommandRequest request, StreamObserver<ExecuteCommandResponse> responses) {
			responses.onError(this.commandFailure.asRuntimeException());
		}

		@Override
		public StreamObserver<ServeHTTPRequest> serveHTTP(StreamObserver<ServeHTTPResponse> responses) {
			return new StreamObserver<>() {

				@Override
				public void onNext(ServeHTTPRequest request) {
					FakeHooks.this.httpRequests.add(request);
					if (request.getBodyComplete()) {
						if (FakeHooks.this.httpFailure != null) {
							responses.onError(FakeHooks.this.httpFailure.asRuntimeException());
							return;
						}
						FakeHooks.this.httpResponses.forEach(responses::onNext);
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

	}

	/**
	 * Collects what the client writes as the HTTP response.
	 */
	static final class RecordingSink implements HttpResponseSink {

		int status;

		List<HTTPHeader> headers = new ArrayList<>();

		final ByteArrayOutputStream body = new ByteArrayOutputStream();

		int flushes;

		@Override
		public void start(int status, List<HTTPHeader> headers) {
			this.status = status;
			this.headers = headers;
		}

		@Override
		public void write(byte[] chunk) {
			this.body.writeBytes(chunk);
		}

		@Override
		public void flush() {
			this.flushes++;
		}

		String body() {
			return this.body.toString(StandardCharsets.UTF_8);
		}

	}

}
