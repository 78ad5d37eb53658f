package dev.mattermost.spring.http;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;

import com.google.protobuf.ByteString;
import io.grpc.ManagedChannel;
import io.grpc.Server;
import io.grpc.inprocess.InProcessChannelBuilder;
import io.grpc.inprocess.InProcessServerBuilder;
import io.grpc.stub.ClientCallStreamObserver;
import io.grpc.stub.ClientResponseObserver;
import io.grpc.stub.StreamObserver;

import dev.mattermost.spring.hooks.ServeHttpHandler;
import dev.mattermost.spring.protocol.v1.HTTPHeader;
import dev.mattermost.spring.protocol.v1.PluginContext;
import dev.mattermost.spring.protocol.v1.PluginHooksGrpc;
import dev.mattermost.spring.protocol.v1.ServeHTTPRequest;
import dev.mattermost.spring.protocol.v1.ServeHTTPRequestInit;
import dev.mattermost.spring.protocol.v1.ServeHTTPResponse;

/**
 * Plays Mattermost's side of {@code ServeHTTP} over a real (in-process) gRPC channel: init and first chunk in the
 * first message, 64 KiB chunks, {@code body_complete}, and flow control on the request side.
 */
final class ServeHttpTestClient implements AutoCloseable {

	static final String PLUGIN_ID = "com.example.test";

	static final int CHUNK_SIZE = 64 * 1024;

	private static final RequestBuilder RAW = new RequestBuilder("GET", "/");

	private final Server server;

	private final ManagedChannel channel;

	ServeHttpTestClient(ServeHttpHandler handler) throws IOException {
		String name = "serve-http-" + UUID.randomUUID();
		this.server = InProcessServerBuilder.forName(name)
			.addService(new PluginHooksGrpc.PluginHooksImplBase() {

				@Override
				public StreamObserver<ServeHTTPRequest> serveHTTP(StreamObserver<ServeHTTPResponse> responses) {
					return handler.serve(responses);
				}

			})
			.build()
			.start();
		this.channel = InProcessChannelBuilder.forName(name).build();
	}

	static RequestBuilder request(String method, String url) {
		return new RequestBuilder(method, url);
	}

	Call start(RequestBuilder request) {
		Call call = new Call(request);
		PluginHooksGrpc.newStub(this.channel).serveHTTP(call);
		return call;
	}

	Response exchange(RequestBuilder request) {
		return start(request).response();
	}

	/** Sends the given messages as they are, then half-closes. */
	Response raw(List<ServeHTTPRequest> messages) {
		Call call = new Call(RAW);
		StreamObserver<ServeHTTPRequest> requests = PluginHooksGrpc.newStub(this.channel).serveHTTP(call);
		messages.forEach(requests::onNext);
		requests.onCompleted();
		return call.response();
	}

	@Override
	public void close() throws InterruptedException {
		this.channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
		this.server.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
	}

	static final class RequestBuilder {

		private final ServeHTTPRequestInit.Builder init;

		private final Map<String, List<String>> headers = new LinkedHashMap<>();

		private InputStream body = InputStream.nullInputStream();

		private boolean endBody = true;

		private boolean keepBody = true;

		RequestBuilder(String method, String url) {
			this.init = ServeHTTPRequestInit.newBuilder()
				.setPluginContext(PluginContext.newBuilder()
					.setRequestId("req-1")
					.setIpAddress("203.0.113.9")
					.setAcceptLanguage("de")
					.setUserAgent("test-agent")
					.setSessionId("session-1"))
				.setMethod(method)
				.setUrl(url)
				.setProto("HTTP/1.1")
				.setProtoMajor(1)
				.setProtoMinor(1)
				.setHost("mattermost.example.com")
				.setRemoteAddr("203.0.113.9:51234")
				.setRequestUri("/plugins/" + PLUGIN_ID + url)
				.setContentLength(0);
		}

		RequestBuilder header(String name, String... values) {
			this.headers.computeIfAbsent(name, (key) -> new ArrayList<>()).addAll(List.of(values));
			return this;
		}

		RequestBuilder user(String userId) {
			return header("Mattermost-User-Id", userId);
		}

		RequestBuilder body(byte[] bytes, String contentType) {
			this.init.setContentLength(bytes.length);
			header("Content-Type", contentType);
			this.body = new ByteArrayInputStream(bytes);
			return this;
		}

		/** A body of unknown length, as from a chunked upload. */
		RequestBuilder body(InputStream stream, String contentType) {
			this.init.setContentLength(-1);
			header("Content-Type", contentType);
			this.body = stream;
			return this;
		}

		/** Sends the body but never {@code body_complete}, like a client that stalls mid-upload. */
		RequestBuilder stallAfterBody() {
			this.endBody = false;
			return this;
		}

		/** Counts and checksums the response body instead of keeping it. */
		RequestBuilder discardResponseBody() {
			this.keepBody = false;
			return this;
		}

		ServeHTTPRequestInit init() {
			ServeHTTPRequestInit.Builder builder = this.init.clone();
			this.headers.forEach((name, values) -> builder
				.addHeaders(HTTPHeader.newBuilder().setKey(name).addAllValues(values)));
			return builder.build();
		}

	}

	/** One message as received, with the time it arrived. */
	record Received(long nanos, boolean init, int bodySize, boolean flush, boolean complete) {
	}

	record Response(int status, Map<String, List<String>> headers, byte[] body, long bodySize, long crc,
			List<Received> messages) {

		String text() {
			return new String(this.body, java.nio.charset.StandardCharsets.UTF_8);
		}

		List<String> header(String name) {
			return this.headers.entrySet()
				.stream()
				.filter((entry) -> entry.getKey().equalsIgnoreCase(name))
				.findFirst()
				.map(Map.Entry::getValue)
				.orElse(List.of());
		}

	}

	static final class Call implements ClientResponseObserver<ServeHTTPRequest, ServeHTTPResponse> {

		private final RequestBuilder request;

		private final CompletableFuture<Response> response = new CompletableFuture<>();

		private final List<Received> messages = new ArrayList<>();

		private final ByteArrayOutputStream body = new ByteArrayOutputStream();

		private final CRC32 crc = new CRC32();

		private long bodySize;

		private int status = -1;

		private final Map<String, List<String>> headers = new LinkedHashMap<>();

		private volatile ClientCallStreamObserver<ServeHTTPRequest> requests;

		private boolean initSent;

		private boolean requestDone;

		private final byte[] buffer = new byte[CHUNK_SIZE];

		Call(RequestBuilder request) {
			this.request = request;
		}

		@Override
		public void beforeStart(ClientCallStreamObserver<ServeHTTPRequest> requestStream) {
			this.requests = requestStream;
			if (this.request != RAW) {
				requestStream.setOnReadyHandler(this::pump);
			}
		}

		private synchronized void pump() {
			while (!this.requestDone && this.requests.isReady()) {
				int read = readChunk();
				boolean eof = read < CHUNK_SIZE;
				ServeHTTPRequest.Builder message = ServeHTTPRequest.newBuilder();
				if (!this.initSent) {
					message.setInit(this.request.init());
					this.initSent = true;
				}
				if (read > 0) {
					message.setBodyChunk(ByteString.copyFrom(this.buffer, 0, read));
				}
				if (eof) {
					this.requestDone = true;
					if (!this.request.endBody) {
						if (read > 0 || message.hasInit()) {
							this.requests.onNext(message.build());
						}
						return;
					}
					message.setBodyComplete(true);
				}
				this.requests.onNext(message.build());
				if (this.requestDone) {
					this.requests.onCompleted();
				}
			}
		}

		private int readChunk() {
			try {
				return this.request.body.readNBytes(this.buffer, 0, CHUNK_SIZE);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		@Override
		public synchronized void onNext(ServeHTTPResponse message) {
			this.messages.add(new Received(System.nanoTime(), message.hasInit(), message.getBodyChunk().size(),
					message.getFlush(), message.getBodyComplete()));
			if (message.hasInit()) {
				this.status = message.getInit().getStatusCode();
				for (HTTPHeader header : message.getInit().getHeadersList()) {
					this.headers.computeIfAbsent(header.getKey(), (key) -> new ArrayList<>())
						.addAll(header.getValuesList());
				}
			}
			ByteString chunk = message.getBodyChunk();
			this.bodySize += chunk.size();
			if (this.request.keepBody) {
				this.body.writeBytes(chunk.toByteArray());
			}
			else {
				this.crc.update(chunk.asReadOnlyByteBuffer());
			}
		}

		@Override
		public synchronized void onError(Throwable error) {
			this.response.completeExceptionally(error);
		}

		@Override
		public synchronized void onCompleted() {
			this.response.complete(new Response(this.status, this.headers, this.body.toByteArray(), this.bodySize,
					this.crc.getValue(), List.copyOf(this.messages)));
		}

		synchronized List<Received> messagesSoFar() {
			return List.copyOf(this.messages);
		}

		synchronized long bodySizeSoFar() {
			return this.bodySize;
		}

		void cancel() {
			this.requests.cancel("client went away", null);
		}

		CompletableFuture<Response> future() {
			return this.response;
		}

		Response response() {
			try {
				return this.response.get(30, TimeUnit.SECONDS);
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		}

	}

}
