package dev.mattermost.spring.hooks.support;

import org.jspecify.annotations.Nullable;

import org.springframework.core.MethodParameter;

import dev.mattermost.spring.hooks.Hook;
import dev.mattermost.spring.hooks.HookResult;
import dev.mattermost.spring.hooks.HookReturnValueHandler;

/**
 * Handles methods that return nothing: the handler has nothing to add to the hook's answer.
 */
public final class VoidReturnValueHandler implements HookReturnValueHandler {

	@Override
	public boolean supportsReturnType(MethodParameter returnType, Hook hook) {
		Class<?> type = returnType.getParameterType();
		return type == void.class || type == Void.class;
	}

	@Override
	public HookResult handleReturnValue(@Nullable Object returnValue, Hook hook) {
		return HookResult.proceed();
	}

}
