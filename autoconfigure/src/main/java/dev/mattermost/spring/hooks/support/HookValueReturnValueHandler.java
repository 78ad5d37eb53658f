package dev.mattermost.spring.hooks.support;

import org.jspecify.annotations.Nullable;

import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.util.ClassUtils;

import dev.mattermost.spring.hooks.Hook;
import dev.mattermost.spring.hooks.HookResult;
import dev.mattermost.spring.hooks.HookReturnValueHandler;

/**
 * Handles a returned value of the hook's own result type, e.g. a {@code Post} from {@code MessageWillBePosted} or
 * a {@code CommandResponse} from {@code ExecuteCommand}; {@code null} means nothing to say.
 */
public final class HookValueReturnValueHandler implements HookReturnValueHandler {

	@Override
	public boolean supportsReturnType(MethodParameter returnType, Hook hook) {
		Class<?> type = returnType.getParameterType();
		ResolvableType answer = type.isPrimitive() ? ResolvableType.forClass(ClassUtils.resolvePrimitiveIfNecessary(type))
				: ResolvableType.forMethodParameter(returnType);
		return hook.acceptsResult(answer);
	}

	@Override
	public HookResult handleReturnValue(@Nullable Object returnValue, Hook hook) {
		return HookResult.value(returnValue);
	}

}
