package dev.mattermost.spring.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import com.google.protobuf.Message;
import io.grpc.ManagedChannel;
import io.grpc.MethodDescriptor;
import io.grpc.Server;
import io.grpc.ServerServiceDefinition;
import io.grpc.ServiceDescriptor;
import io.grpc.Status;
import io.grpc.inprocess.InProcessChannelBuilder;
import io.grpc.inprocess.InProcessServerBuilder;
import io.grpc.stub.ServerCalls;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import dev.mattermost.spring.protocol.v1.AppError;
import dev.mattermost.spring.protocol.v1.PluginAPIGrpc;

/**
 * An in-process stand-in for Mattermost's PluginAPI service that records every request and answers with canned
 * responses, for testing the API groups without a server.
 *
 * <p>Every RPC of the service is served: unless told otherwise with {@link #respond} or {@link #fail}, it answers with
 * the empty response message. Use it as a JUnit extension
 * ({@code @RegisterExtension final ApiTestServer server = new ApiTestServer();}), which starts it before and stops it
 * after each test, or call {@link #start()} and {@link #close()} yourself.
 */
public final class ApiTestServer implements BeforeEachCallback, AfterEachCallback, AutoCloseable {

	private final Map<String, Function<Message, Object>> answers = new ConcurrentHashMap<>();

	private final List<Recorded> recorded = new ArrayList<>();

	private Server server;

	private ManagedChannel channel;

	private PluginApiCaller caller;

	/**
	 * Starts the server and a client channel to it.
	 * @return this server
	 */
	public ApiTestServer start() {
		String name = InProcessServerBuilder.generateName();
		try {
			this.server = InProcessServerBuilder.forName(name)
				.directExecutor()
				.addService(serviceDefinition())
				.build()
				.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.channel = InProcessChannelBuilder.forName(name).directExecutor().build();
		this.caller = new PluginApiCaller(PluginAPIGrpc.newBlockingStub(this.channel), Duration.ofSeconds(5));
		return this;
	}

	@Override
	public void close() {
		if (this.channel != null) {
			this.channel.shutdownNow();
		}
		if (this.server != null) {
			this.server.shutdownNow();
			try {
				this.server.awaitTermination(5, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		start();
	}

	@Override
	public void afterEach(ExtensionContext context) {
		close();
	}

	/**
	 * Returns a caller bound to this server with a 5 second deadline.
	 * @return the caller
	 */
	public PluginApiCaller caller() {
		return this.caller;
	}

	/**
	 * Returns the client channel, for tests that need a raw stub.
	 * @return the channel
	 */
	public ManagedChannel channel() {
		return this.channel;
	}

	/**
	 * Answers every later call of an RPC with the given response.
	 * @param method the RPC name, for example {@code GetUser}
	 * @param response the response to send
	 * @return this server
	 */
	public ApiTestServer respond(String method, Message response) {
		Class<?> expected = responsePrototype(method).getClass();
		if (!expected.isInstance(response)) {
			throw new IllegalArgumentException(method + " answers " + expected.getSimpleName() + ", not "
					+ response.getClass().getSimpleName());
		}
		return answer(method, (request) -> response);
	}

	/**
	 * Answers every later call of an RPC by computing the response from the request.
	 * @param <Q> the request type
	 * @param method the RPC name, for example {@code GetUser}
	 * @param responder computes the response
	 * @return this server
	 */
	@SuppressWarnings("unchecked")
	public <Q extends Message> ApiTestServer respond(String method, Function<Q, ? extends Message> responder) {
		return answer(method, (request) -> responder.apply((Q) request));
	}

	/**
	 * Fails every later call of an RPC with the given status.
	 * @param method the RPC name, for example {@code GetUser}
	 * @param status the status to fail with
	 * @return this server
	 */
	public ApiTestServer fail(String method, Status status) {
		return answer(method, (request) -> status);
	}

	private ApiTestServer answer(String method, Function<Message, Object> answer) {
		requireMethod(method);
		this.answers.put(method, answer);
		return this;
	}

	/**
	 * Returns the request of the only call of an RPC so far.
	 * @param <Q> the request type
	 * @param method the RPC name
	 * @param type the request type
	 * @return the request
	 * @throws AssertionError if the RPC was not called exactly once
	 */
	public <Q extends Message> Q request(String method, Class<Q> type) {
		List<Q> requests = requests(method, type);
		if (requests.size() != 1) {
			throw new AssertionError("Expected one " + method + " call but saw " + requests.size() + "; calls: "
					+ calledMethodsInOrder());
		}
		return requests.get(0);
	}

	/**
	 * Returns the requests of all calls of an RPC so far, oldest first.
	 * @param <Q> the request type
	 * @param method the RPC name
	 * @param type the request type
	 * @return the requests
	 */
	public <Q extends Message> List<Q> requests(String method, Class<Q> type) {
		requireMethod(method);
		synchronized (this.recorded) {
			return this.recorded.stream()
				.filter((call) -> call.method().equals(method))
				.map((call) -> type.cast(call.request()))
				.toList();
		}
	}

	/**
	 * Returns the names of the RPCs called so far, in call order, with repeats.
	 * @return the RPC names
	 */
	public List<String> calledMethodsInOrder() {
		synchronized (this.recorded) {
			return this.recorded.stream().map(Recorded::method).toList();
		}
	}

	/**
	 * Returns the names of the RPCs called so far.
	 * @return the distinct RPC names
	 */
	public Set<String> calledMethods() {
		return Set.copyOf(calledMethodsInOrder());
	}

	/**
	 * Builds an {@code AppError} as Mattermost puts it in field 1 of a response.
	 * @param id the error id
	 * @param message the error message
	 * @param statusCode the HTTP status code
	 * @return the error
	 */
	public static AppError appError(String id, String message, int statusCode) {
		return AppError.newBuilder()
			.setId(id)
			.setMessage(message)
			.setDetailedError("detail of " + id)
			.setStatusCode(statusCode)
			.setWhere("FakeServer")
			.build();
	}

	/**
	 * Builds a status as Mattermost's handlers return it for an {@code AppError}.
	 * @param code the status code
	 * @param id the error id
	 * @param message the error message
	 * @return the status with description {@code "<id>: <message>"}
	 */
	public static Status statusError(Status.Code code, String id, String message) {
		return code.toStatus().withDescription(id + ": " + message);
	}

	private static void requireMethod(String method) {
		descriptor(method);
	}

	private static MethodDescriptor<?, ?> descriptor(String method) {
		return PluginAPIGrpc.getServiceDescriptor()
			.getMethods()
			.stream()
			.filter((descriptor) -> method.equals(descriptor.getBareMethodName()))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("PluginAPI has no RPC named '" + method + "'"));
	}

	private static Object responsePrototype(String method) {
		return ((MethodDescriptor.PrototypeMarshaller<?>) descriptor(method).getResponseMarshaller())
			.getMessagePrototype();
	}

	private ServerServiceDefinition serviceDefinition() {
		ServiceDescriptor service = PluginAPIGrpc.getServiceDescriptor();
		ServerServiceDefinition.Builder builder = ServerServiceDefinition.builder(service);
		for (MethodDescriptor<?, ?> method : service.getMethods()) {
			addMethod(builder, method);
		}
		return builder.build();
	}

	@SuppressWarnings("unchecked")
	private <Q, R> void addMethod(ServerServiceDefinition.Builder builder, MethodDescriptor<Q, R> method) {
		String name = method.getBareMethodName();
		R empty = ((MethodDescriptor.PrototypeMarshaller<R>) method.getResponseMarshaller()).getMessagePrototype();
		builder.addMethod(method, ServerCalls.asyncUnaryCall((request, responses) -> {
			synchronized (this.recorded) {
				this.recorded.add(new Recorded(name, (Message) request));
			}
			Function<Message, Object> answer = this.answers.get(name);
			Object outcome = (answer != null) ? answer.apply((Message) request) : empty;
			if (outcome instanceof Status status) {
				responses.onError(status.asRuntimeException());
			}
			else if (!empty.getClass().isInstance(outcome)) {
				// In process the wrong type would surface as a confusing ClassCastException in the stub.
				responses.onError(Status.INTERNAL
					.withDescription("ApiTestServer misconfigured: " + name + " answers "
							+ empty.getClass().getSimpleName() + ", not " + outcome.getClass().getSimpleName())
					.asRuntimeException());
			}
			else {
				responses.onNext((R) outcome);
				responses.onCompleted();
			}
		}));
	}

	private record Recorded(String method, Message request) {
	}

}
