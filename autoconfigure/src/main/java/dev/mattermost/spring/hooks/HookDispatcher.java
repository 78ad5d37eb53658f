package dev.mattermost.spring.hooks;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

/**
 * Runs a hook's handlers with the hook's semantics: notifications reach every handler, lifecycle hooks stop at the
 * first failure, "will be" hooks pass their value down a chain that a rejection ends, and single-answer hooks ask
 * their one handler. A failing handler is logged with the hook and method and never escapes.
 */
public final class HookDispatcher {

	private static final Log logger = LogFactory.getLog(HookDispatcher.class);

	private final HookHandlerRegistry registry;

	/**
	 * Creates a dispatcher over the registry's handlers.
	 * @param registry the handlers
	 */
	public HookDispatcher(HookHandlerRegistry registry) {
		this.registry = registry;
	}

	/**
	 * Runs every handler in order; failures are logged and do not stop the others.
	 * @param invocation the hook call
	 * @return the first failure, or {@code null} when all succeeded
	 */
	public @Nullable HandlerFailure notifyAll(HookInvocation invocation) {
		HandlerFailure first = null;
		for (HookHandlerMethod handler : this.registry.handlers(invocation.hook())) {
			HandlerFailure failure = call(handler, invocation).failure();
			if (first == null) {
				first = failure;
			}
		}
		return first;
	}

	/**
	 * Runs handlers in order until one fails.
	 * @param invocation the hook call
	 * @return the first failure, or {@code null} when all succeeded
	 */
	public @Nullable HandlerFailure runUntilFailure(HookInvocation invocation) {
		for (HookHandlerMethod handler : this.registry.handlers(invocation.hook())) {
			Outcome outcome = call(handler, invocation);
			if (outcome.failure() != null) {
				return outcome.failure();
			}
		}
		return null;
	}

	/**
	 * Runs every handler and collects their answers; failures are logged and collected too.
	 * @param invocation the hook call
	 * @return one outcome per handler, in order
	 */
	public List<Outcome> collect(HookInvocation invocation) {
		List<HookHandlerMethod> handlers = this.registry.handlers(invocation.hook());
		List<Outcome> outcomes = new ArrayList<>(handlers.size());
		for (HookHandlerMethod handler : handlers) {
			outcomes.add(call(handler, invocation));
		}
		return outcomes;
	}

	/**
	 * Runs a chain: each handler sees the value as the handlers before it left it, a rejection ends the chain.
	 * @param invocation the hook call
	 * @param valueIndex the argument that handlers may replace, or {@code -1} when the value starts out empty
	 * @param stopOnFailure whether a failing handler ends the chain (otherwise it is skipped)
	 * @return where the chain ended
	 */
	public ChainOutcome chain(HookInvocation invocation, int valueIndex, boolean stopOnFailure) {
		Object value = (valueIndex >= 0) ? invocation.argument(valueIndex) : null;
		boolean modified = false;
		HookInvocation current = invocation;
		for (HookHandlerMethod handler : this.registry.handlers(invocation.hook())) {
			Outcome outcome = call(handler, current);
			if (outcome.failure() != null) {
				if (stopOnFailure) {
					return new ChainOutcome(value, modified, null, outcome.failure());
				}
				continue;
			}
			HookResult result = outcome.result();
			if (result.kind() == HookResult.Kind.REJECT) {
				return new ChainOutcome(value, modified, result.reason(), null);
			}
			if (result.kind() == HookResult.Kind.VALUE) {
				value = result.value();
				modified = true;
				if (valueIndex >= 0) {
					current = current.withArgument(valueIndex, value);
				}
			}
		}
		return new ChainOutcome(value, modified, null, null);
	}

	/**
	 * Asks the hook's only handler.
	 * @param invocation the hook call
	 * @return its outcome, or {@code null} when the hook has no handler
	 */
	public @Nullable Outcome single(HookInvocation invocation) {
		List<HookHandlerMethod> handlers = this.registry.handlers(invocation.hook());
		return handlers.isEmpty() ? null : call(handlers.get(0), invocation);
	}

	private Outcome call(HookHandlerMethod handler, HookInvocation invocation) {
		try {
			return new Outcome(handler.invoke(invocation), null);
		}
		catch (Exception | LinkageError | AssertionError ex) {
			logger.error(invocation.hook().hookName() + " handler " + handler.describe() + " failed: " + ex, ex);
			return new Outcome(HookResult.proceed(), new HandlerFailure(handler, ex));
		}
	}

	/**
	 * What one handler did.
	 *
	 * @param result the handler's answer ({@link HookResult#proceed()} after a failure)
	 * @param failure the failure, or {@code null}
	 */
	public record Outcome(HookResult result, @Nullable HandlerFailure failure) {
	}

	/**
	 * A handler that threw.
	 *
	 * @param handler the handler
	 * @param error what it threw
	 */
	public record HandlerFailure(HookHandlerMethod handler, Throwable error) {
	}

	/**
	 * Where a chain ended.
	 *
	 * @param value the value after the last handler that ran
	 * @param modified whether any handler replaced the value
	 * @param rejectionReason the reason, when a handler rejected
	 * @param failure the failure that stopped the chain, when failures stop it
	 */
	public record ChainOutcome(@Nullable Object value, boolean modified, @Nullable String rejectionReason,
			@Nullable HandlerFailure failure) {

		/**
		 * Whether a handler rejected.
		 * @return {@code true} for a rejection
		 */
		public boolean rejected() {
			return this.rejectionReason != null;
		}

	}

}
