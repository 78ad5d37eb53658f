package dev.mattermost.spring.hooks.support;

import org.jspecify.annotations.Nullable;

import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;

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
		if (hook.dispatch() != Hook.Dispatch.CHAIN || !Decision.class.isAssignableFrom(returnType.getParameterType())) {
			return false;
		}
		ResolvableType decided = ResolvableType.forMethodParameter(returnType).as(Decision.class).getGeneric(0);
		Class<?> declared = decided.resolve();
		// Decision<?> or a raw Decision says nothing about the value, so only a declared type is checked
		return declared == null || declared == Object.class || hook.acceptsResult(decided);
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
