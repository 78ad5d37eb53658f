package dev.mattermost.spring.hooks;

import io.grpc.ForwardingServerCallListener;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.Status;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Answers a hook request that cannot be read (for example a JSON blob that is not JSON) with
 * {@code INVALID_ARGUMENT} naming the hook and the problem, instead of a bare "unknown" error, and logs it; handler
 * failures never get here because the dispatcher answers them.
 */
final class MalformedRequestInterceptor implements ServerInterceptor {

	private static final Log logger = LogFactory.getLog(MalformedRequestInterceptor.class);

	@Override
	public <Q, R> ServerCall.Listener<Q> interceptCall(ServerCall<Q, R> call, Metadata headers,
			ServerCallHandler<Q, R> next) {
		return new ForwardingServerCallListener.SimpleForwardingServerCallListener<>(next.startCall(call, headers)) {

			@Override
			public void onMessage(Q message) {
				guard(() -> super.onMessage(message));
			}

			@Override
			public void onHalfClose() {
				guard(super::onHalfClose);
			}

			private void guard(Runnable step) {
				try {
					step.run();
				}
				catch (IllegalArgumentException ex) {
					String hook = call.getMethodDescriptor().getBareMethodName();
					logger.error("Mattermost sent a " + hook + " request the plugin cannot read: " + ex.getMessage(), ex);
					call.close(Status.INVALID_ARGUMENT.withDescription(hook + ": " + ex.getMessage()).withCause(ex),
							new Metadata());
				}
			}

		};
	}

}
