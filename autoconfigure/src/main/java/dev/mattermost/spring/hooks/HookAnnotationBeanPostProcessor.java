package dev.mattermost.spring.hooks;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.aop.framework.AopProxyUtils;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.MethodIntrospector;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.OrderUtils;

import dev.mattermost.spring.hooks.annotation.PluginHook;

/**
 * Finds hook handler methods on every bean, proxies included, binds them and adds them to the registry, which it
 * freezes once all singletons exist.
 */
public final class HookAnnotationBeanPostProcessor implements BeanPostProcessor, SmartInitializingSingleton {

	private final HookHandlerRegistry registry;

	private final HookHandlerMethodFactory factory;

	private final Set<Class<?>> classesWithoutHooks = ConcurrentHashMap.newKeySet();

	/**
	 * Creates the post-processor.
	 * @param registry where handlers go
	 * @param factory binds methods to hooks
	 */
	public HookAnnotationBeanPostProcessor(HookHandlerRegistry registry, HookHandlerMethodFactory factory) {
		this.registry = registry;
		this.factory = factory;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		Class<?> targetClass = AopProxyUtils.ultimateTargetClass(bean);
		if (this.classesWithoutHooks.contains(targetClass)) {
			return bean;
		}
		Map<Method, PluginHook> annotated = MethodIntrospector.selectMethods(targetClass,
				(MethodIntrospector.MetadataLookup<PluginHook>) (method) -> AnnotatedElementUtils
					.findMergedAnnotation(method, PluginHook.class));
		if (annotated.isEmpty()) {
			this.classesWithoutHooks.add(targetClass);
			return bean;
		}
		Integer beanOrder = OrderUtils.getOrder(targetClass);
		annotated.forEach((method, hookAnnotation) -> {
			Method invocable = AopUtils.selectInvocableMethod(method, bean.getClass());
			Integer methodOrder = OrderUtils.getOrder(method);
			int order = (methodOrder != null) ? methodOrder
					: (beanOrder != null) ? beanOrder : Ordered.LOWEST_PRECEDENCE;
			this.registry.register(this.factory.create(hookAnnotation.value(), beanName, bean, invocable, order));
		});
		return bean;
	}

	@Override
	public void afterSingletonsInstantiated() {
		this.registry.freeze();
	}

}
