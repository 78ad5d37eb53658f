package dev.mattermost.spring.hooks;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;

import org.springframework.aop.framework.AopProxyUtils;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.core.MethodIntrospector;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.annotation.OrderUtils;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;

import dev.mattermost.spring.hooks.annotation.PluginHook;

/**
 * Finds hook handler methods on every bean, proxies included, binds them and adds them to the registry, which it
 * freezes once all singletons exist.
 */
public final class HookAnnotationBeanPostProcessor
		implements BeanPostProcessor, SmartInitializingSingleton, BeanFactoryAware {

	private final HookHandlerRegistry registry;

	private final HookHandlerMethodFactory factory;

	private final Set<Class<?>> classesWithoutHooks = ConcurrentHashMap.newKeySet();

	private final Map<Class<? extends Annotation>, Boolean> hookAnnotationTypes = new ConcurrentHashMap<>();

	private @Nullable ConfigurableListableBeanFactory beanFactory;

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
	public void setBeanFactory(BeanFactory beanFactory) {
		if (beanFactory instanceof ConfigurableListableBeanFactory listable) {
			this.beanFactory = listable;
		}
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		Class<?> targetClass = AopProxyUtils.ultimateTargetClass(bean);
		if (this.classesWithoutHooks.contains(targetClass)) {
			return bean;
		}
		if (!mayDeclareHooks(targetClass)) {
			this.classesWithoutHooks.add(targetClass);
			return bean;
		}
		Map<Method, Set<PluginHook>> annotated = MethodIntrospector.selectMethods(targetClass,
				(MethodIntrospector.MetadataLookup<Set<PluginHook>>) (method) -> {
					Set<PluginHook> hooks = AnnotatedElementUtils.findAllMergedAnnotations(method, PluginHook.class);
					return hooks.isEmpty() ? null : hooks;
				});
		if (annotated.isEmpty()) {
			this.classesWithoutHooks.add(targetClass);
			return bean;
		}
		int beanOrder = beanOrder(bean, beanName, targetClass);
		annotated.forEach((method, hookAnnotations) -> {
			Method invocable = invocableMethod(bean, beanName, method);
			Integer methodOrder = OrderUtils.getOrder(method);
			int order = (methodOrder != null) ? methodOrder : beanOrder;
			for (PluginHook hookAnnotation : hookAnnotations) {
				this.registry.register(this.factory.create(hookAnnotation.value(), beanName, bean, invocable, order));
			}
		});
		return bean;
	}

	/**
	 * Whether any method the class declares or inherits carries an annotation that is or is meta-annotated with
	 * {@link PluginHook}: a cheap look at declared annotations that spares the full merged-annotation search for the
	 * hundreds of infrastructure beans of a Spring Boot application, which start-up would otherwise pay for.
	 */
	private boolean mayDeclareHooks(Class<?> targetClass) {
		if (isSpringContainerClass(targetClass)) {
			return false;
		}
		Set<Class<?>> types = new LinkedHashSet<>(ClassUtils.getAllInterfacesForClassAsSet(targetClass));
		for (Class<?> type = targetClass; type != null && type != Object.class; type = type.getSuperclass()) {
			types.add(type);
		}
		for (Class<?> type : types) {
			for (Method method : ReflectionUtils.getDeclaredMethods(type)) {
				for (Annotation annotation : method.getDeclaredAnnotations()) {
					if (this.hookAnnotationTypes.computeIfAbsent(annotation.annotationType(),
							HookAnnotationBeanPostProcessor::isHookAnnotation)) {
						return true;
					}
				}
			}
		}
		return false;
	}

	/**
	 * Spring's own infrastructure, which Spring's event listener discovery also skips: it cannot carry hooks.
	 */
	private static boolean isSpringContainerClass(Class<?> type) {
		return type.getName().startsWith("org.springframework.")
				&& !AnnotatedElementUtils.isAnnotated(ClassUtils.getUserClass(type), Component.class);
	}

	private static boolean isHookAnnotation(Class<? extends Annotation> annotationType) {
		return annotationType == PluginHook.class
				|| MergedAnnotations.from(annotationType).isPresent(PluginHook.class);
	}

	private int beanOrder(Object bean, String beanName, Class<?> targetClass) {
		Integer factoryMethodOrder = factoryMethodOrder(beanName);
		if (factoryMethodOrder != null) {
			return factoryMethodOrder;
		}
		if (bean instanceof Ordered ordered) {
			return ordered.getOrder();
		}
		Integer order = OrderUtils.getOrder(targetClass);
		return (order != null) ? order : Ordered.LOWEST_PRECEDENCE;
	}

	/**
	 * The {@code @Order} on the {@code @Bean} method that created the bean, as Spring honours it when it sorts beans.
	 */
	private @Nullable Integer factoryMethodOrder(String beanName) {
		if (this.beanFactory == null || !this.beanFactory.containsBeanDefinition(beanName)) {
			return null;
		}
		BeanDefinition definition = this.beanFactory.getMergedBeanDefinition(beanName);
		if (definition instanceof RootBeanDefinition root && root.getResolvedFactoryMethod() != null) {
			return OrderUtils.getOrder(root.getResolvedFactoryMethod());
		}
		return null;
	}

	private static Method invocableMethod(Object bean, String beanName, Method method) {
		if (AopUtils.isCglibProxy(bean) && Modifier.isFinal(method.getModifiers())) {
			// a class proxy cannot override a final method, which would then run on the proxy's empty fields
			throw new HookDeclarationException("Hook handler bean '" + beanName + "' method "
					+ method.getDeclaringClass().getName() + "." + method.getName()
					+ " is final, so the bean's class-based proxy cannot pass the call to the bean; remove 'final'");
		}
		try {
			return AopUtils.selectInvocableMethod(method, bean.getClass());
		}
		catch (IllegalStateException ex) {
			throw new HookDeclarationException("Hook handler bean '" + beanName + "' method "
					+ method.getDeclaringClass().getName() + "." + method.getName()
					+ " cannot be called through the bean's proxy: " + ex.getMessage());
		}
	}

	@Override
	public void afterSingletonsInstantiated() {
		this.registry.freeze();
	}

}
