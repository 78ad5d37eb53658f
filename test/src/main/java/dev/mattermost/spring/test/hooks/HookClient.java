package dev.mattermost.spring.test.hooks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import com.google.protobuf.ByteString;
import io.grpc.Channel;
import io.grpc.StatusRuntimeException;
import io.grpc.health.v1.HealthCheckRequest;
import io.grpc.health.v1.HealthCheckResponse.ServingStatus;
import io.grpc.health.v1.HealthGrpc;
import io.grpc.stub.ClientCallStreamObserver;
import io.grpc.stub.ClientResponseObserver;
import io.grpc.stub.StreamObserver;
import org.jspecify.annotations.Nullable;

import dev.mattermost.spring.protocol.goplugin.Empty;
import dev.mattermost.spring.protocol.goplugin.GRPCControllerGrpc;
import dev.mattermost.spring.protocol.v1.AppError;
import dev.mattermost.spring.protocol.v1.CommandArgs;
import dev.mattermost.spring.protocol.v1.ExecuteCommandRequest;
import dev.mattermost.spring.protocol.v1.ExecuteCommandResponse;
import dev.mattermost.spring.protocol.v1.HTTPHeader;
import dev.mattermost.spring.protocol.v1.ImplementedRequest;
import dev.mattermost.spring.protocol.v1.ImplementedResponse;
import dev.mattermost.spring.protocol.v1.MessageHasBeenPostedRequest;
import dev.mattermost.spring.protocol.v1.MessageHasBeenUpdatedRequest;
import dev.mattermost.spring.protocol.v1.MessageWillBePostedRequest;
import dev.mattermost.spring.protocol.v1.MessageWillBePostedResponse;
import dev.mattermost.spring.protocol.v1.MessageWillBeUpdatedRequest;
import dev.mattermost.spring.protocol.v1.MessageWillBeUpdatedResponse;
import dev.mattermost.spring.protocol.v1.OnActivateRequest;
import dev.mattermost.spring.protocol.v1.OnConfigurationChangeRequest;
import dev.mattermost.spring.protocol.v1.OnDeactivateRequest;
import dev.mattermost.spring.protocol.v1.PluginContext;
import dev.mattermost.spring.protocol.v1.PluginHooksGrpc;
import dev.mattermost.spring.protocol.v1.Post;
import dev.mattermost.spring.protocol.v1.ServeHTTPRequest;
import dev.mattermost.spring.protocol.v1.ServeHTTPRequestInit;
import dev.mattermost.spring.protocol.v1.ServeHTTPResponse;

/**
 * Calls a plugin process's hooks over gRPC the way the Mattermost server does: every unary hook with a 30 second
 * deadline, only hooks the plugin listed in {@code Implemented}, failing open where the server fails open, and
 * {@code ServeHTTP} as a stream of 64 KiB chunks.
 * <p>
 * It speaks protocol types on purpose: it is the wire-level half shared by the dev host and the test kit's hook
 * driver, which give users their own types on top.
 */
public final class HookClient {

	/** The server's deadline for every unary hook call. */
	public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

	/** The size of the request body pieces the server sends through {@code ServeHTTP}. */
	public static final int HTTP_CHUNK_SIZE = 64 * 1024;

	/** The health service name go-plugin checks. */
	public static final String HEALTH_SERVICE = "plugin";

	private static final byte[] NOT_FOUND_BODY = "404 page not found\n".getBytes(StandardCharsets.UTF_8);

	private final PluginHooksGrpc.PluginHooksBlockingStub hooks;

	private final PluginHooksGrpc.PluginHooksStub asyncHooks;

	private final HealthGrpc.HealthBlockingStub health;

	private final GRPCControllerGrpc.GRPCControllerBlockingStub controller;

	private final Duration timeout;

	private volatile @Nullable Set<String> implemented;

	/**
	 * Creates a client with the server's 30 second hook deadline.
	 * @param channel the connection to the plugin process
	 */
	public HookClient(Channel channel) {
		this(channel, DEFAULT_TIMEOUT);
	}

	/**
	 * Creates a client.
	 * @param channel the connection to the plugin process
	 * @param timeout the deadline for each unary hook call
	 */
	public HookClient(Channel channel, Duration timeout) {
		this.hooks = PluginHooksGrpc.newBlockingStub(channel);
		this.asyncHooks = PluginHooksGrpc.newStub(channel);
		this.health = HealthGrpc.newBlockingStub(channel);
		this.controller = GRPCControllerGrpc.newBlockingStub(channel);
		this.timeout = timeout;
	}

	/**
	 * The hooks the plugin implements, asked once with {@code Implemented} (as the server does right after the
	 * handshake) and remembered.
	 * @return the Go names of the implemented hooks
	 * @throws HookException if the call fails or the plugin answers with an error; the server then refuses to start
	 * the plugin
	 */
	public Set<String> implemented() {
		Set<String> known = this.implemented;
		if (known == null) {
			ImplementedResponse response = call("Implemented",
					() -> blocking().implemented(ImplementedRequest.getDefaultInstance()));
			if (response.hasError()) {
				throw new HookException("Implemented", response.getError());
			}
			known = Set.copyOf(response.getHooksList());
			this.implemented = known;
		}
		return known;
	}

	/**
	 * Whether the plugin implements a hook; the server never sends a hook that is not listed.
	 * @param hook the Go hook name, for example {@code MessageWillBePosted}
	 * @return {@code true} if the hook is implemented
	 */
	public boolean isImplemented(String hook) {
		return implemented().contains(hook);
	}

	/**
	 * Asks go-plugin's health question: is the {@code plugin} service serving?
	 * @param deadline how long to wait for the answer
	 * @return the serving status
	 * @throws StatusRuntimeException if the check cannot be made
	 */
	public ServingStatus health(Duration deadline) {
		return this.health.withDeadlineAfter(deadline.toMillis(), TimeUnit.MILLISECONDS)
			.check(HealthCheckRequest.newBuilder().setService(HEALTH_SERVICE).build())
			.getStatus();
	}

	/**
	 * Calls {@code OnActivate}, if implemented.
	 * @throws HookException if activation fails; the server then shuts the plugin down
	 */
	public void activate() {
		if (isImplemented("OnActivate")) {
			checkError("OnActivate",
					call("OnActivate", () -> blocking().onActivate(OnActivateRequest.getDefaultInstance())).getError());
		}
	}

	/**
	 * Calls {@code OnDeactivate}, if implemented.
	 * @throws HookException if the plugin reports an error
	 */
	public void deactivate() {
		if (isImplemented("OnDeactivate")) {
			checkError("OnDeactivate", call("OnDeactivate",
					() -> blocking().onDeactivate(OnDeactivateRequest.getDefaultInstance())).getError());
		}
	}

	/**
	 * Calls {@code OnConfigurationChange}, if implemented, to say the plugin's settings changed.
	 * @throws HookException if the plugin reports an error
	 */
	public void configurationChanged() {
		if (isImplemented("OnConfigurationChange")) {
			checkError("OnConfigurationChange", call("OnConfigurationChange",
					() -> blocking().onConfigurationChange(OnConfigurationChangeRequest.getDefaultInstance()))
				.getError());
		}
	}

	/**
	 * Asks the plugin about a post before it is stored. Like the server, a rejection reason wins over a modified
	 * post, and a failed call lets the post through unchanged.
	 * @param context the request's plugin context
	 * @param post the post about to be stored
	 * @return what the plugin decided
	 */
	public MessageOutcome messageWillBePosted(PluginContext context, Post post) {
		if (!isImplemented("MessageWillBePosted")) {
			return new MessageOutcome.Accepted(post, false, null);
		}
		MessageWillBePostedResponse response;
		try {
			response = call("MessageWillBePosted", () -> blocking().messageWillBePosted(
					MessageWillBePostedRequest.newBuilder().setPluginContext(context).setPost(post).build()));
		}
		catch (HookException ex) {
			return new MessageOutcome.Accepted(post, false, ex.getMessage());
		}
		return outcome(post, response.getRejectionReason(), response.hasModifiedPost(), response.getModifiedPost());
	}

	/**
	 * Tells the plugin a post was stored, if it listens.
	 * @param context the request's plugin context
	 * @param post the stored post
	 * @throws HookException if the call fails
	 */
	public void messageHasBeenPosted(PluginContext context, Post post) {
		if (isImplemented("MessageHasBeenPosted")) {
			call("MessageHasBeenPosted", () -> blocking().messageHasBeenPosted(
					MessageHasBeenPostedRequest.newBuilder().setPluginContext(context).setPost(post).build()));
		}
	}

	/**
	 * Asks the plugin about an edit before it is stored, read like {@link #messageWillBePosted}: a rejection reason
	 * wins over a modified post, and a failed call lets the edit through unchanged.
	 * @param context the request's plugin context
	 * @param newPost the post as edited
	 * @param oldPost the post as stored
	 * @return what the plugin decided
	 */
	public MessageOutcome messageWillBeUpdated(PluginContext context, Post newPost, Post oldPost) {
		if (!isImplemented("MessageWillBeUpdated")) {
			return new MessageOutcome.Accepted(newPost, false, null);
		}
		MessageWillBeUpdatedResponse response;
		try {
			response = call("MessageWillBeUpdated", () -> blocking().messageWillBeUpdated(MessageWillBeUpdatedRequest
				.newBuilder()
				.setPluginContext(context)
				.setNewPost(newPost)
				.setOldPost(oldPost)
				.build()));
		}
		catch (HookException ex) {
			return new MessageOutcome.Accepted(newPost, false, ex.getMessage());
		}
		return outcome(newPost, response.getRejectionReason(), response.hasModifiedPost(),
				response.getModifiedPost());
	}

	/**
	 * Tells the plugin a post was edited, if it listens.
	 * @param context the request's plugin context
	 * @param newPost the stored post after the edit
	 * @param oldPost the post before the edit
	 * @throws HookException if the call fails
	 */
	public void messageHasBeenUpdated(PluginContext context, Post newPost, Post oldPost) {
		if (isImplemented("MessageHasBeenUpdated")) {
			call("MessageHasBeenUpdated", () -> blocking().messageHasBeenUpdated(MessageHasBeenUpdatedRequest.newBuilder()
				.setPluginContext(context)
				.setNewPost(newPost)
				.setOldPost(oldPost)
				.build()));
		}
	}

	/**
	 * Runs a slash command the plugin registered. A failed call becomes the error the server shows.
	 * @param context the request's plugin context
	 * @param args the command and where it was typed
	 * @return the plugin's answer
	 */
	public CommandOutcome executeCommand(PluginContext context, CommandArgs args) {
		if (!isImplemented("ExecuteCommand")) {
			return new CommandOutcome(null, null);
		}
		ExecuteCommandResponse response;
		try {
			response = call("ExecuteCommand", () -> blocking()
				.executeCommand(ExecuteCommandRequest.newBuilder().setPluginContext(context).setArgs(args).build()));
		}
		catch (HookException ex) {
			return new CommandOutcome(null, AppError.newBuilder()
				.setId("plugin.grpc.execute_command.error")
				.setDetailedError(ex.getMessage())
				.setStatusCode(500)
				.setWhere("ExecuteCommand")
				.build());
		}
		return new CommandOutcome(response.hasResponse() ? response.getResponse() : null,
				response.hasError() ? response.getError() : null);
	}

	/**
	 * Sends one HTTP request through {@code ServeHTTP} and streams the answer into {@code sink}, with the server's
	 * rules: 404 when the plugin has no {@code ServeHTTP}, 502 when the stream fails before the plugin answers,
	 * status 0 read as 200, a status outside 100..999 replaced by 500. There is no deadline: the exchange lasts as
	 * long as the HTTP request.
	 * @param init the request line, headers and plugin context
	 * @param body the request body, or {@code null} for none
	 * @param sink where the response goes
	 * @return the status sent to the client
	 * @throws IOException if reading the body or writing the response fails
	 */
	public int serveHttp(ServeHTTPRequestInit init, @Nullable InputStream body, HttpResponseSink sink)
			throws IOException {
		if (!isImplemented("ServeHTTP")) {
			sink.start(404, List.of(header("Content-Type", "text/plain; charset=utf-8"),
					header("X-Content-Type-Options", "nosniff")));
			sink.write(NOT_FOUND_BODY);
			return 404;
		}
		HttpExchange exchange = new HttpExchange();
		StreamObserver<ServeHTTPRequest> requests = this.asyncHooks.serveHTTP(exchange);
		Thread sender = new Thread(() -> exchange.send(init, body, requests), "serve-http-body");
		sender.setDaemon(true);
		sender.start();
		try {
			return exchange.receive(sink);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("Interrupted while waiting for the plugin's response", ex);
		}
		finally {
			// The server's stream lives in the HTTP request's context, which ends when the handler returns.
			exchange.finish();
		}
	}

	/**
	 * Asks the plugin process to exit with go-plugin's {@code GRPCController/Shutdown}. Like go-plugin, a failure
	 * is not an error: the caller still waits for the process and kills it if needed.
	 * @return whether the plugin acknowledged the request
	 */
	public boolean shutdown() {
		try {
			this.controller.withDeadlineAfter(this.timeout.toMillis(), TimeUnit.MILLISECONDS)
				.shutdown(Empty.getDefaultInstance());
			return true;
		}
		catch (StatusRuntimeException ex) {
			return false;
		}
	}

	private PluginHooksGrpc.PluginHooksBlockingStub blocking() {
		return this.hooks.withDeadlineAfter(this.timeout.toMillis(), TimeUnit.MILLISECONDS);
	}

	private static <T> T call(String hook, Supplier<T> invocation) {
		try {
			return invocation.get();
		}
		catch (StatusRuntimeException ex) {
			throw new HookException(hook, ex);
		}
	}

	// Both "will be" hooks answer alike: the dismiss marker dismisses, any other reason rejects and wins over a
	// modified post, and with neither the original goes through unchanged.
	private static MessageOutcome outcome(Post original, String reason, boolean modified, Post modifiedPost) {
		if (MessageOutcome.DISMISS_POST.equals(reason)) {
			return new MessageOutcome.Dismissed();
		}
		if (!reason.isEmpty()) {
			return new MessageOutcome.Rejected(reason);
		}
		if (modified) {
			return new MessageOutcome.Accepted(modifiedPost, true, null);
		}
		return new MessageOutcome.Accepted(original, false, null);
	}

	private static void checkError(String hook, AppError error) {
		if (!error.getId().isEmpty() || !error.getDetailedError().isEmpty() || !error.getMessage().isEmpty()) {
			throw new HookException(hook, error);
		}
	}

	private static HTTPHeader header(String key, String value) {
		return HTTPHeader.newBuilder().setKey(key).addValues(value).build();
	}

	/**
	 * One {@code ServeHTTP} stream: the body goes out on its own thread while the caller's thread writes the
	 * response, so a plugin may answer before it has read the whole body.
	 */
	private static final class HttpExchange implements ClientResponseObserver<ServeHTTPRequest, ServeHTTPResponse> {

		private static final Object END = new Object();

		private final BlockingQueue<Object> events = new LinkedBlockingQueue<>();

		private final AtomicBoolean responded = new AtomicBoolean();

		private final AtomicReference<@Nullable ClientCallStreamObserver<ServeHTTPRequest>> call = new AtomicReference<>();

		@Override
		public void beforeStart(ClientCallStreamObserver<ServeHTTPRequest> requestStream) {
			this.call.set(requestStream);
		}

		@Override
		public void onNext(ServeHTTPResponse value) {
			this.events.add(value);
		}

		@Override
		public void onError(Throwable error) {
			this.events.add(error);
		}

		@Override
		public void onCompleted() {
			this.events.add(END);
		}

		void send(ServeHTTPRequestInit init, @Nullable InputStream body, StreamObserver<ServeHTTPRequest> requests) {
			try {
				if (body == null) {
					requests.onNext(ServeHTTPRequest.newBuilder().setInit(init).setBodyComplete(true).build());
				}
				else {
					sendBody(init, body, requests);
				}
				requests.onCompleted();
			}
			catch (IOException | RuntimeException ex) {
				// Reading the client's body failed or the stream is already closed: the plugin sees a cancelled call.
				cancel("request body could not be sent: " + ex.getMessage(), ex);
			}
		}

		private void sendBody(ServeHTTPRequestInit init, InputStream body, StreamObserver<ServeHTTPRequest> requests)
				throws IOException {
			boolean first = true;
			while (!this.responded.get()) {
				byte[] chunk = body.readNBytes(HTTP_CHUNK_SIZE);
				boolean complete = chunk.length < HTTP_CHUNK_SIZE;
				ServeHTTPRequest.Builder message = ServeHTTPRequest.newBuilder()
					.setBodyChunk(ByteString.copyFrom(chunk))
					.setBodyComplete(complete);
				if (first) {
					message.setInit(init);
					first = false;
				}
				requests.onNext(message.build());
				if (complete) {
					return;
				}
			}
		}

		int receive(HttpResponseSink sink) throws IOException, InterruptedException {
			boolean started = false;
			int status = 0;
			while (true) {
				Object event = this.events.take();
				if (event instanceof ServeHTTPResponse response) {
					if (!started) {
						started = true;
						status = response.hasInit() ? response.getInit().getStatusCode() : 200;
						if (status == 0) {
							status = 200;
						}
						if (status < 100 || status > 999) {
							sink.start(500, List.of());
							return 500;
						}
						sink.start(status,
								response.hasInit() ? response.getInit().getHeadersList() : List.<HTTPHeader>of());
					}
					if (!response.getBodyChunk().isEmpty()) {
						sink.write(response.getBodyChunk().toByteArray());
					}
					if (response.getFlush()) {
						sink.flush();
					}
					if (response.getBodyComplete()) {
						return status;
					}
				}
				else {
					// Stream failed or ended without body_complete.
					if (!started) {
						sink.start(502, List.of(header("Content-Type", "text/plain; charset=utf-8")));
						sink.write("Bad Gateway\n".getBytes(StandardCharsets.UTF_8));
						return 502;
					}
					return status;
				}
			}
		}

		void finish() {
			if (this.responded.compareAndSet(false, true)) {
				cancel("response complete", null);
			}
		}

		private void cancel(String reason, @Nullable Throwable cause) {
			ClientCallStreamObserver<ServeHTTPRequest> stream = this.call.get();
			if (stream != null) {
				stream.cancel(reason, cause);
			}
		}

	}

}
