package dev.mattermost.spring.hooks.support;

import org.springframework.core.MethodParameter;

import dev.mattermost.spring.hooks.ArgumentBinding;
import dev.mattermost.spring.hooks.Hook;
import dev.mattermost.spring.hooks.HookArgumentResolver;
import dev.mattermost.spring.model.PluginContext;

/**
 * Resolves a {@link PluginContext} parameter to the context Mattermost sent with the hook.
 */
public final class PluginContextArgumentResolver implements HookArgumentResolver {

	@Override
	public boolean supportsParameter(MethodParameter parameter, Hook hook) {
		return parameter.getParameterType() == PluginContext.class;
	}

	@Override
	public BoundArgument bind(MethodParameter parameter, Hook hook, ArgumentBinding binding) {
		if (!hook.hasPluginContext()) {
			throw new IllegalStateException("Mattermost sends no plugin context with " + hook.hookName());
		}
		return (invocation) -> (invocation.pluginContext() != null) ? invocation.pluginContext()
				: PluginContext.empty();
	}

}
