package dev.mattermost.spring.hooks.support;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Optional;

import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.core.ParameterNameDiscoverer;
import org.springframework.core.ResolvableType;
import org.springframework.util.ClassUtils;

import dev.mattermost.spring.hooks.ArgumentBinding;
import dev.mattermost.spring.hooks.Hook;
import dev.mattermost.spring.hooks.HookArgument;
import dev.mattermost.spring.hooks.HookArgumentResolver;

/**
 * Resolves parameters to the arguments Mattermost passes with the hook, by type; several parameters of one type
 * take the hook's arguments in order unless a parameter's name picks one, and {@code Optional<T>} wraps an
 * argument Mattermost may leave out (such as the actor of {@code UserHasJoinedChannel}).
 */
public final class HookPayloadArgumentResolver implements HookArgumentResolver {

	private final ParameterNameDiscoverer parameterNames = new DefaultParameterNameDiscoverer();

	@Override
	public boolean supportsParameter(MethodParameter parameter, Hook hook) {
		ResolvableType type = valueType(parameter);
		return hook.arguments().stream().anyMatch((argument) -> argument.fits(type));
	}

	@Override
	public BoundArgument bind(MethodParameter parameter, Hook hook, ArgumentBinding binding) {
		ResolvableType type = valueType(parameter);
		List<HookArgument> arguments = hook.arguments();
		String name = parameter.getParameterName();
		int chosen = -1;
		for (int i = 0; chosen < 0 && i < arguments.size(); i++) {
			if (binding.isFree(i) && arguments.get(i).fits(type) && arguments.get(i).name().equals(name)) {
				chosen = i;
			}
		}
		// An argument that a later parameter asks for by name is left to it, so that (Post edited, Post newPost)
		// gives newPost the new post and edited the old one.
		for (int i = 0; chosen < 0 && i < arguments.size(); i++) {
			if (binding.isFree(i) && arguments.get(i).fits(type)
					&& !namedByOtherParameter(parameter, arguments.get(i))) {
				chosen = i;
			}
		}
		if (chosen < 0) {
			throw new IllegalStateException("Hook " + hook.hookName() + " passes no further argument of type "
					+ type.toClass().getSimpleName() + " for parameter '" + name + "'");
		}
		binding.claim(chosen);
		int index = chosen;
		if (parameter.getParameterType() == Optional.class) {
			return (invocation) -> Optional.ofNullable(invocation.argument(index));
		}
		return (invocation) -> invocation.argument(index);
	}

	private boolean namedByOtherParameter(MethodParameter parameter, HookArgument argument) {
		String[] names = (parameter.getExecutable() instanceof Method method)
				? this.parameterNames.getParameterNames(method) : null;
		if (names == null) {
			return false;
		}
		for (int i = 0; i < names.length; i++) {
			if (i != parameter.getParameterIndex() && argument.name().equals(names[i])
					&& argument.fits(valueType(MethodParameter.forExecutable(parameter.getExecutable(), i)))) {
				return true;
			}
		}
		return false;
	}

	private static ResolvableType valueType(MethodParameter parameter) {
		if (parameter.getParameterType() == Optional.class) {
			return ResolvableType.forMethodParameter(parameter).getGeneric(0);
		}
		Class<?> type = parameter.getParameterType();
		return type.isPrimitive() ? ResolvableType.forClass(ClassUtils.resolvePrimitiveIfNecessary(type))
				: ResolvableType.forMethodParameter(parameter);
	}

}
