package dev.mattermost.spring.hooks.support;

import org.jspecify.annotations.Nullable;

import org.springframework.core.MethodParameter;

import dev.mattermost.spring.hooks.Decision;
import dev.mattermost.spring.hooks.Hook;
import dev.mattermost.spring.hooks.HookResult;
import dev.mattermost.spring.hooks.HookReturnValueHandler;

/**
 * Handles a {@link Decision} returned by a handler of a "will be" hook.
 */
public final class DecisionReturnValueHandler implements HookReturnValueHandler {

	@Override
	public boolean supportsReturnType(MethodParameter returnType, Hook hook) {
		return hook.dispatch() == Hook.Dispatch.CHAIN && Decision.class.isAssignableFrom(returnType.getParameterType());
	}

	@Override
	public HookResult handleReturnValue(@Nullable Object returnValue, Hook hook) {
		if (!(returnValue instanceof Decision<?> decision)) {
			return HookResult.proceed();
		}
		if (decision.isRejected()) {
			return HookResult.reject(decision.reason());
		}
		return decision.isModified() ? HookResult.value(decision.value()) : HookResult.proceed();
	}

}
