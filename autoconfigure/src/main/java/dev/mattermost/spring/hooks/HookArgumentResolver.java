package dev.mattermost.spring.hooks;

import org.jspecify.annotations.Nullable;

import org.springframework.core.MethodParameter;

/**
 * Supplies one parameter of a hook handler method from a hook invocation.
 */
public interface HookArgumentResolver {

	/**
	 * Whether this resolver can supply the parameter for the hook; asked once, at startup.
	 * @param parameter the handler method parameter
	 * @param hook the hook the method handles
	 * @return {@code true} when supported
	 */
	boolean supportsParameter(MethodParameter parameter, Hook hook);

	/**
	 * Binds the parameter to the hook, at startup, and returns what resolves it for each call.
	 * @param parameter the handler method parameter
	 * @param hook the hook the method handles
	 * @param binding what other parameters of the same method have already claimed
	 * @return the per-call resolution
	 * @throws HookDeclarationException when the parameter cannot be bound
	 */
	BoundArgument bind(MethodParameter parameter, Hook hook, ArgumentBinding binding);

	/**
	 * Resolves one parameter for one call.
	 */
	@FunctionalInterface
	interface BoundArgument {

		/**
		 * Returns the argument value for the invocation.
		 * @param invocation the hook call
		 * @return the value
		 */
		@Nullable Object resolve(HookInvocation invocation);

	}

}
