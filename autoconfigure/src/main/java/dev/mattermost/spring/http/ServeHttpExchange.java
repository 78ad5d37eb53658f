package dev.mattermost.spring.http;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.RejectedExecutionException;

import com.google.protobuf.ByteString;
import io.grpc.Status;
import io.grpc.stub.ServerCallStreamObserver;
import io.grpc.stub.StreamObserver;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.eclipse.jetty.http.BadMessageException;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.http.MetaData;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.io.EofException;
import org.eclipse.jetty.server.HttpChannel;
import org.eclipse.jetty.server.HttpStream;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.util.BufferUtil;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Invocable;
import org.jspecify.annotations.Nullable;

import dev.mattermost.spring.convert.HookModelConverter;
import dev.mattermost.spring.protocol.v1.HTTPHeader;
import dev.mattermost.spring.protocol.v1.ServeHTTPRequest;
import dev.mattermost.spring.protocol.v1.ServeHTTPRequestInit;
import dev.mattermost.spring.protocol.v1.ServeHTTPResponse;
import dev.mattermost.spring.protocol.v1.ServeHTTPResponseInit;

/**
 * One {@code ServeHTTP} stream served as one Jetty request: the gRPC stream is the transport of a Jetty
 * {@link HttpStream}, the way an HTTP/2 stream is.
 *
 * <p>
 * Both directions are flow-controlled so that memory stays bounded whatever the body size: the next request message
 * is asked from gRPC only once Jetty has taken the previous chunk, and a response write completes only once gRPC is
 * ready for more, holding at most one write of the application at a time. Each write the application hands over
 * (because its buffer filled up or because it flushed) leaves as messages of at most 64 KiB, the last one marked
 * {@code flush}; the final write ends with {@code body_complete}.
 */
final class ServeHttpExchange implements HttpStream, StreamObserver<ServeHTTPRequest> {

	/** Largest body chunk per message, the same size Mattermost uses towards the plugin. */
	static final int MAX_CHUNK_SIZE = 64 * 1024;

	private static final Log logger = LogFactory.getLog(ServeHttpExchange.class);

	private static final HttpChannel.Factory CHANNELS = new HttpChannel.DefaultFactory();

	private final ServeHttpConnector connector;

	private final ServerCallStreamObserver<ServeHTTPResponse> responses;

	private final Object lock = new Object();

	private @Nullable String id;

	private @Nullable HttpChannel channel;

	// Request body state, guarded by lock.

	private Content.@Nullable Chunk chunk;

	private boolean demanded;

	private boolean bodyEnded;

	private boolean messageRequested;

	private boolean finished;

	// Response state, guarded by lock; calls on responses are made under lock so that they never interleave.

	private boolean committed;

	private @Nullable PendingWrite pendingWrite;

	private boolean bodyCompleteSent;

	private boolean responsesClosed;

	private boolean cancelled;

	private long idleTimeout = -1;

	private ServeHttpExchange(ServeHttpConnector connector, ServerCallStreamObserver<ServeHTTPResponse> responses) {
		this.connector = connector;
		this.responses = responses;
	}

	/**
	 * Starts an exchange on a freshly opened stream. Must be called before the service method returns, as it switches
	 * the call to manual flow control.
	 * @param connector the connector whose server handles the request
	 * @param responses the response side of the stream
	 * @return the observer for the request side of the stream
	 */
	static StreamObserver<ServeHTTPRequest> start(ServeHttpConnector connector,
			ServerCallStreamObserver<ServeHTTPResponse> responses) {
		ServeHttpExchange exchange = new ServeHttpExchange(connector, responses);
		responses.disableAutoRequest();
		responses.setOnReadyHandler(exchange::drain);
		responses.setOnCancelHandler(exchange::cancel);
		responses.request(1);
		return exchange;
	}

	// gRPC: request side

	@Override
	public void onNext(ServeHTTPRequest message) {
		HttpChannel current;
		synchronized (this.lock) {
			current = this.channel;
		}
		if (current == null) {
			try {
				begin(message);
			}
			catch (RuntimeException ex) {
				logger.error("Could not start serving a ServeHTTP request", ex);
				respondAndClose(HttpStatus.INTERNAL_SERVER_ERROR_500, "The plugin could not serve the request");
			}
		}
		else {
			acceptBody(current, message);
		}
	}

	@Override
	public void onError(Throwable error) {
		cancel();
	}

	@Override
	public void onCompleted() {
		HttpChannel current;
		boolean notify = false;
		synchronized (this.lock) {
			current = this.channel;
			if (current != null && !this.bodyEnded && !this.finished) {
				// Mattermost ends every body with body_complete; a half-close without it means the body was cut short.
				releaseChunk();
				this.chunk = Content.Chunk.from(new IOException("Request body ended before body_complete",
						new BadMessageException(HttpStatus.BAD_REQUEST_400, "Truncated request body")), true);
				this.bodyEnded = true;
				notify = this.demanded;
				this.demanded = false;
			}
		}
		if (current == null) {
			respondAndClose(HttpStatus.BAD_REQUEST_400, "The ServeHTTP stream carried no request");
		}
		else if (notify) {
			execute(current.onContentAvailable(), true);
		}
	}

	private void begin(ServeHTTPRequest message) {
		if (!message.hasInit()) {
			respondAndClose(HttpStatus.BAD_REQUEST_400, "The first ServeHTTP message carries no request");
			return;
		}
		if (!this.connector.isStarted()) {
			respondAndClose(HttpStatus.SERVICE_UNAVAILABLE_503, "The plugin is not ready to serve HTTP requests");
			return;
		}
		ServeHTTPRequestInit init = message.getInit();
		MetaData.Request request;
		try {
			request = ServeHttpMessages.toRequest(init);
		}
		catch (RuntimeException ex) {
			respondAndClose(HttpStatus.BAD_REQUEST_400, "Malformed request: " + ex.getMessage());
			return;
		}
		String exchangeId = this.connector.nextExchangeId();
		ExchangeConnectionMetaData connection = new ExchangeConnectionMetaData(exchangeId, this.connector,
				ServeHttpMessages.socketAddress(init.getRemoteAddr()), ServeHttpMessages.socketAddress(init.getHost()));
		HttpChannel newChannel = CHANNELS.newHttpChannel(connection);
		newChannel.setHttpStream(this);
		synchronized (this.lock) {
			this.id = exchangeId;
			this.channel = newChannel;
		}
		Runnable handler = newChannel.onRequest(request);
		Request jettyRequest = newChannel.getRequest();
		jettyRequest.setAttribute(MattermostRequestAttributes.PLUGIN_CONTEXT,
				HookModelConverter.toModel(init.getPluginContext()));
		jettyRequest.setAttribute(MattermostRequestAttributes.PATH_PREFIX,
				ServeHttpMessages.pathPrefix(init.getRequestUri(), init.getUrl()));
		acceptBody(newChannel, message);
		execute(handler, false);
	}

	private void acceptBody(HttpChannel current, ServeHTTPRequest message) {
		ByteString body = message.getBodyChunk();
		boolean complete = message.getBodyComplete();
		boolean requestNext = false;
		boolean notify = false;
		synchronized (this.lock) {
			if (this.bodyEnded || this.finished) {
				return;
			}
			this.messageRequested = false;
			if (body.isEmpty() && !complete) {
				this.messageRequested = true;
				requestNext = true;
			}
			else {
				this.chunk = body.isEmpty() ? Content.Chunk.EOF
						: Content.Chunk.from(body.asReadOnlyByteBuffer(), complete);
				this.bodyEnded = complete;
				notify = this.demanded;
				this.demanded = false;
			}
		}
		if (requestNext) {
			this.responses.request(1);
		}
		if (notify) {
			execute(current.onContentAvailable(), true);
		}
	}

	private void cancel() {
		HttpChannel current;
		synchronized (this.lock) {
			if (this.cancelled) {
				return;
			}
			this.cancelled = true;
			this.responsesClosed = true;
			current = this.channel;
			endBodyEarly("Mattermost cancelled the request");
		}
		if (current != null) {
			execute(current.onFailure(new EofException("Mattermost cancelled the request")), false);
		}
	}

	// Jetty: request side

	@Override
	public String getId() {
		synchronized (this.lock) {
			return (this.id != null) ? this.id : "";
		}
	}

	@Override
	public Content.@Nullable Chunk read() {
		Content.Chunk next;
		boolean requestNext = false;
		synchronized (this.lock) {
			next = this.chunk;
			if (next == null) {
				return null;
			}
			this.chunk = Content.Chunk.next(next);
			if (this.chunk == null && !this.bodyEnded && !this.messageRequested && !this.finished) {
				this.messageRequested = true;
				requestNext = true;
			}
		}
		if (requestNext) {
			this.responses.request(1);
		}
		return next;
	}

	@Override
	public void demand() {
		HttpChannel current;
		synchronized (this.lock) {
			current = this.channel;
			if (this.chunk == null) {
				this.demanded = true;
				return;
			}
		}
		if (current != null) {
			// Dispatched, so that an application thread asking for content does not go on to consume it itself.
			execute(current.onContentAvailable(), false);
		}
	}

	@Override
	public @Nullable Throwable consumeAvailable() {
		// Nothing follows this request on the stream, so unread content is dropped rather than drained.
		synchronized (this.lock) {
			this.finished = true;
			endBodyEarly("Request content was not read");
		}
		return null;
	}

	// Leaves a failure chunk for whoever reads on, unless the body already ended; the caller holds the lock.
	private void endBodyEarly(String reason) {
		if (!this.bodyEnded) {
			releaseChunk();
			this.chunk = Content.Chunk.from(new EofException(reason), true);
			this.bodyEnded = true;
		}
	}

	private void releaseChunk() {
		if (this.chunk != null) {
			this.chunk.release();
			this.chunk = null;
		}
	}

	// Jetty: response side

	@Override
	public void prepareResponse(HttpFields.Mutable headers) {
		// Mattermost frames the response for the browser; nothing to add.
	}

	@Override
	public void send(MetaData.Request request, MetaData.@Nullable Response response, boolean last,
			@Nullable ByteBuffer content, Callback callback) {
		boolean headRequest = HttpMethod.HEAD.is(request.getMethod());
		ServeHTTPResponseInit init = null;
		if (response != null) {
			if (HttpStatus.isInterim(response.getStatus())) {
				// Interim responses cannot travel over ServeHTTP; Mattermost answers Expect: 100-continue itself.
				callback.succeeded();
				return;
			}
			boolean wholeBody = last && !headRequest && !HttpStatus.hasNoBody(response.getStatus());
			init = ServeHttpMessages.toResponseInit(response, wholeBody ? BufferUtil.length(content) : -1);
		}
		ByteBuffer body = (headRequest || content == null) ? BufferUtil.EMPTY_BUFFER : content;
		Throwable failure = null;
		synchronized (this.lock) {
			if (this.responsesClosed) {
				failure = new EofException("The ServeHTTP stream is closed");
			}
			else if (this.pendingWrite != null) {
				failure = new IllegalStateException("A write is already pending");
			}
			else {
				this.committed |= (init != null);
				this.pendingWrite = new PendingWrite(init, body, last, callback);
			}
		}
		if (failure != null) {
			callback.failed(failure);
			return;
		}
		drain();
	}

	/**
	 * Sends as much of the pending write as gRPC is ready for; called after each write and whenever gRPC becomes
	 * ready again.
	 */
	private void drain() {
		PendingWrite done;
		Throwable failure = null;
		synchronized (this.lock) {
			PendingWrite write = this.pendingWrite;
			if (write == null) {
				return;
			}
			if (this.responsesClosed) {
				failure = new EofException("The ServeHTTP stream is closed");
			}
			else {
				while (write.hasMore() && this.responses.isReady()) {
					ServeHTTPResponse message = write.next();
					this.bodyCompleteSent |= message.getBodyComplete();
					this.responses.onNext(message);
				}
				if (write.hasMore()) {
					return;
				}
			}
			done = write;
			this.pendingWrite = null;
		}
		if (failure != null) {
			done.callback.failed(failure);
		}
		else {
			done.callback.succeeded();
		}
	}

	@Override
	public Runnable cancelSend(Throwable cause, Callback appCallback) {
		return () -> {
			PendingWrite write;
			synchronized (this.lock) {
				write = this.pendingWrite;
				this.pendingWrite = null;
			}
			if (write != null) {
				write.callback.failed(cause);
			}
			appCallback.failed(cause);
		};
	}

	@Override
	public boolean isCommitted() {
		synchronized (this.lock) {
			return this.committed;
		}
	}

	@Override
	public long getIdleTimeout() {
		synchronized (this.lock) {
			return this.idleTimeout;
		}
	}

	@Override
	public void setIdleTimeout(long idleTimeoutMs) {
		// Mattermost cancels the stream when its client goes away, so there is no idle connection to time out.
		synchronized (this.lock) {
			this.idleTimeout = idleTimeoutMs;
		}
	}

	@Override
	public void succeeded() {
		synchronized (this.lock) {
			this.finished = true;
			releaseChunk();
			if (!closeResponses()) {
				return;
			}
			if (!this.bodyCompleteSent) {
				this.bodyCompleteSent = true;
				this.responses.onNext(ServeHTTPResponse.newBuilder().setBodyComplete(true).build());
			}
			this.responses.onCompleted();
		}
	}

	@Override
	public void failed(Throwable failure) {
		synchronized (this.lock) {
			this.finished = true;
			releaseChunk();
			if (!closeResponses()) {
				return;
			}
			if (logger.isDebugEnabled()) {
				logger.debug("ServeHTTP exchange " + this.id + " failed", failure);
			}
			// Mattermost answers 502 when nothing was sent yet, and cuts the response short otherwise.
			this.responses.onError(Status.INTERNAL.withDescription("The plugin failed to complete the response")
				.withCause(failure)
				.asRuntimeException());
		}
	}

	// Helpers

	private void execute(@Nullable Runnable task, boolean inlineWhenNonBlocking) {
		if (task == null) {
			return;
		}
		if (inlineWhenNonBlocking && Invocable.getInvocationType(task) == Invocable.InvocationType.NON_BLOCKING) {
			task.run();
			return;
		}
		try {
			this.connector.getExecutor().execute(task);
		}
		catch (RejectedExecutionException ex) {
			logger.warn("Rejected a ServeHTTP task, the server is shutting down");
			synchronized (this.lock) {
				if (closeResponses()) {
					this.responses.onError(Status.UNAVAILABLE.withDescription("The plugin is shutting down")
						.asRuntimeException());
				}
			}
		}
	}

	// Only the first way the exchange ends may answer Mattermost; true for that one. The caller holds the lock.
	private boolean closeResponses() {
		if (this.responsesClosed) {
			return false;
		}
		this.responsesClosed = true;
		return true;
	}

	private void respondAndClose(int status, String text) {
		synchronized (this.lock) {
			if (!closeResponses()) {
				return;
			}
			this.responses.onNext(ServeHTTPResponse.newBuilder()
				.setInit(ServeHTTPResponseInit.newBuilder()
					.setStatusCode(status)
					.addHeaders(HTTPHeader.newBuilder()
						.setKey("Content-Type")
						.addValues("text/plain; charset=utf-8")))
				.setBodyChunk(ByteString.copyFrom(text, StandardCharsets.UTF_8))
				.setBodyComplete(true)
				.build());
			this.responses.onCompleted();
		}
	}

	@Override
	public String toString() {
		return "ServeHttpExchange[" + getId() + "]";
	}

	/** One write of the application being cut into messages. */
	private static final class PendingWrite {

		private @Nullable ServeHTTPResponseInit init;

		private final ByteBuffer content;

		private final boolean last;

		private final Callback callback;

		private boolean sentAny;

		PendingWrite(@Nullable ServeHTTPResponseInit init, ByteBuffer content, boolean last, Callback callback) {
			this.init = init;
			this.content = content;
			this.last = last;
			this.callback = callback;
		}

		boolean hasMore() {
			return !this.sentAny || this.content.hasRemaining();
		}

		ServeHTTPResponse next() {
			ServeHTTPResponse.Builder message = ServeHTTPResponse.newBuilder();
			if (this.init != null) {
				message.setInit(this.init);
				this.init = null;
			}
			int size = Math.min(this.content.remaining(), MAX_CHUNK_SIZE);
			if (size > 0) {
				message.setBodyChunk(ByteString.copyFrom(this.content, size));
			}
			this.sentAny = true;
			if (!this.content.hasRemaining()) {
				if (this.last) {
					message.setBodyComplete(true);
				}
				else {
					message.setFlush(true);
				}
			}
			return message.build();
		}

	}

}
