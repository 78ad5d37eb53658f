package dev.mattermost.spring.hooks;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.util.ReflectionUtils;

/**
 * A bean method bound to a hook at startup: its parameters already know where their values come from and its
 * return type already knows how it is interpreted, so a call does no lookups.
 */
public final class HookHandlerMethod {

	private final Hook hook;

	private final String beanName;

	private final Object bean;

	private final Method method;

	private final int order;

	private final List<HookArgumentResolver.BoundArgument> arguments;

	private final HookReturnValueHandler returnValueHandler;

	HookHandlerMethod(Hook hook, String beanName, Object bean, Method method, int order,
			List<HookArgumentResolver.BoundArgument> arguments, HookReturnValueHandler returnValueHandler) {
		this.hook = hook;
		this.beanName = beanName;
		this.bean = bean;
		this.method = method;
		this.order = order;
		this.arguments = List.copyOf(arguments);
		this.returnValueHandler = returnValueHandler;
		ReflectionUtils.makeAccessible(method);
	}

	/**
	 * Calls the method for one hook invocation.
	 * @param invocation the hook call
	 * @return what the method's answer means
	 * @throws Exception whatever the method threw
	 */
	public HookResult invoke(HookInvocation invocation) throws Exception {
		@Nullable Object[] values = new Object[this.arguments.size()];
		for (int i = 0; i < values.length; i++) {
			values[i] = this.arguments.get(i).resolve(invocation);
		}
		Object returned;
		try {
			returned = this.method.invoke(this.bean, values);
		}
		catch (InvocationTargetException ex) {
			Throwable target = ex.getTargetException();
			if (target instanceof Exception exception) {
				throw exception;
			}
			throw (Error) target;
		}
		return this.returnValueHandler.handleReturnValue(returned, this.hook);
	}

	/**
	 * The hook handled.
	 * @return the hook
	 */
	public Hook hook() {
		return this.hook;
	}

	/**
	 * The handler's place among handlers of the same hook, from {@code @Order} on the method or bean.
	 * @return the order value
	 */
	public int order() {
		return this.order;
	}

	/**
	 * The Java method.
	 * @return the method
	 */
	public Method method() {
		return this.method;
	}

	/**
	 * Names the handler as "bean 'name' method Type.method", for messages.
	 * @return the description
	 */
	public String describe() {
		return "bean '" + this.beanName + "' method " + this.method.getDeclaringClass().getSimpleName() + "."
				+ this.method.getName();
	}

	@Override
	public String toString() {
		return this.hook.hookName() + " handler " + describe();
	}

}
