package dev.mattermost.spring.hooks;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.core.ParameterNameDiscoverer;
import org.springframework.core.ResolvableType;

/**
 * Binds bean methods to hooks with the configured argument resolvers and return value handlers, failing at startup
 * with a message naming the bean and method when a method cannot be called for its hook.
 */
public final class HookHandlerMethodFactory {

	private final ParameterNameDiscoverer parameterNames = new DefaultParameterNameDiscoverer();

	private final List<HookArgumentResolver> argumentResolvers;

	private final List<HookReturnValueHandler> returnValueHandlers;

	/**
	 * Creates a factory.
	 * @param argumentResolvers resolvers, asked in order
	 * @param returnValueHandlers return value handlers, asked in order
	 */
	public HookHandlerMethodFactory(List<HookArgumentResolver> argumentResolvers,
			List<HookReturnValueHandler> returnValueHandlers) {
		this.argumentResolvers = List.copyOf(argumentResolvers);
		this.returnValueHandlers = List.copyOf(returnValueHandlers);
	}

	/**
	 * Binds one method.
	 * @param hook the hook its annotation names
	 * @param beanName the bean's name
	 * @param bean the bean instance (a proxy is fine: the method is invoked on it)
	 * @param method the method, invocable on {@code bean}
	 * @param order the handler's order among handlers of the hook
	 * @return the bound handler
	 * @throws HookDeclarationException when a parameter or the return type does not fit the hook
	 */
	public HookHandlerMethod create(Hook hook, String beanName, Object bean, Method method, int order) {
		String where = "@" + hook.hookName() + " handler bean '" + beanName + "' method "
				+ method.getDeclaringClass().getName() + "." + method.getName();
		ArgumentBinding binding = new ArgumentBinding();
		List<HookArgumentResolver.BoundArgument> arguments = new ArrayList<>();
		for (int i = 0; i < method.getParameterCount(); i++) {
			MethodParameter parameter = new MethodParameter(method, i);
			parameter.initParameterNameDiscovery(this.parameterNames);
			arguments.add(bindParameter(hook, parameter, binding, where));
		}
		MethodParameter returnType = new MethodParameter(method, -1);
		HookReturnValueHandler returnValueHandler = this.returnValueHandlers.stream()
			.filter((handler) -> handler.supportsReturnType(returnType, hook))
			.findFirst()
			.orElseThrow(() -> new HookDeclarationException(where + " returns "
					+ method.getGenericReturnType().getTypeName() + ", which " + hook.hookName()
					+ " cannot use; it may return " + allowedReturns(hook)));
		return new HookHandlerMethod(hook, beanName, bean, method, order, arguments, returnValueHandler);
	}

	private HookArgumentResolver.BoundArgument bindParameter(Hook hook, MethodParameter parameter,
			ArgumentBinding binding, String where) {
		for (HookArgumentResolver resolver : this.argumentResolvers) {
			if (resolver.supportsParameter(parameter, hook)) {
				try {
					return resolver.bind(parameter, hook, binding);
				}
				catch (IllegalStateException ex) {
					throw new HookDeclarationException(where + ": parameter " + describe(parameter) + ": "
							+ ex.getMessage());
				}
			}
		}
		throw new HookDeclarationException(where + ": parameter " + describe(parameter) + " cannot be supplied; "
				+ hook.hookName() + " passes " + passes(hook));
	}

	private static String describe(MethodParameter parameter) {
		String name = parameter.getParameterName();
		return parameter.getGenericParameterType().getTypeName() + ((name != null) ? " " + name : "") + " (#"
				+ parameter.getParameterIndex() + ")";
	}

	private static String passes(Hook hook) {
		List<String> parts = new ArrayList<>();
		if (hook.hasPluginContext()) {
			parts.add("PluginContext");
		}
		hook.arguments().forEach((argument) -> parts.add(argument.typeName() + " " + argument.name()));
		return parts.isEmpty() ? "no arguments" : String.join(", ", parts);
	}

	private static String allowedReturns(Hook hook) {
		StringBuilder allowed = new StringBuilder("void");
		ResolvableType resultType = hook.resultType();
		if (resultType != null) {
			allowed.append(" or ").append(Hook.simpleName(resultType));
			if (hook.dispatch() == Hook.Dispatch.CHAIN) {
				allowed.append(" or Decision<").append(Hook.simpleName(resultType)).append(">");
			}
		}
		return allowed.toString();
	}

}
