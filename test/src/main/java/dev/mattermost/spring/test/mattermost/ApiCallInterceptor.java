package dev.mattermost.spring.test.mattermost;

import java.util.Set;
import java.util.function.BiConsumer;

import com.google.protobuf.Message;
import io.grpc.ForwardingServerCall;
import io.grpc.ForwardingServerCallListener;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.Status;

/**
 * Records every PluginAPI request before it is handled, and makes the UNIMPLEMENTED answer of a method the stand-in
 * does not model say which method that was.
 */
final class ApiCallInterceptor implements ServerInterceptor {

	private final Set<String> modelled;

	private final BiConsumer<String, Message> recorder;

	ApiCallInterceptor(Set<String> modelled, BiConsumer<String, Message> recorder) {
		this.modelled = modelled;
		this.recorder = recorder;
	}

	@Override
	public <Q, R> ServerCall.Listener<Q> interceptCall(ServerCall<Q, R> call, Metadata headers,
			ServerCallHandler<Q, R> next) {
		String method = call.getMethodDescriptor().getBareMethodName();
		ServerCall<Q, R> answering = this.modelled.contains(method) ? call : new NotModelledCall<>(call, method);
		ServerCall.Listener<Q> listener = next.startCall(answering, headers);
		return new ForwardingServerCallListener.SimpleForwardingServerCallListener<>(listener) {

			@Override
			public void onMessage(Q message) {
				if (message instanceof Message request) {
					ApiCallInterceptor.this.recorder.accept(method, request);
				}
				super.onMessage(message);
			}

		};
	}

	private static final class NotModelledCall<Q, R> extends ForwardingServerCall.SimpleForwardingServerCall<Q, R> {

		private final String method;

		NotModelledCall(ServerCall<Q, R> call, String method) {
			super(call);
			this.method = method;
		}

		@Override
		public void close(Status status, Metadata trailers) {
			Status answer = (status.getCode() == Status.Code.UNIMPLEMENTED) ? Status.UNIMPLEMENTED
				.withDescription("PluginAPI/" + this.method + " is not modelled by the in-memory Mattermost") : status;
			super.close(answer, trailers);
		}

	}

}
