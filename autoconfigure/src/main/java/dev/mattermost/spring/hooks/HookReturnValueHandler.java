package dev.mattermost.spring.hooks;

import org.jspecify.annotations.Nullable;

import org.springframework.core.MethodParameter;

/**
 * Turns what a hook handler method returned into a {@link HookResult}.
 */
public interface HookReturnValueHandler {

	/**
	 * Whether this handler understands the method's return type for the hook; asked once, at startup.
	 * @param returnType the method's return type
	 * @param hook the hook the method handles
	 * @return {@code true} when supported
	 */
	boolean supportsReturnType(MethodParameter returnType, Hook hook);

	/**
	 * Interprets one returned value.
	 * @param returnValue what the method returned
	 * @param hook the hook called
	 * @return the result
	 */
	HookResult handleReturnValue(@Nullable Object returnValue, Hook hook);

}
