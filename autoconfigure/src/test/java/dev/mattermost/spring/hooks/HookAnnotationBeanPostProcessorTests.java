package dev.mattermost.spring.hooks;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Test;

import org.springframework.aop.framework.ProxyFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

import dev.mattermost.spring.hooks.annotation.MessageHasBeenPosted;
import dev.mattermost.spring.hooks.annotation.MessageHasBeenUpdated;
import dev.mattermost.spring.hooks.annotation.OnActivate;
import dev.mattermost.spring.hooks.annotation.OnDeactivate;
import dev.mattermost.spring.hooks.annotation.PluginHook;
import dev.mattermost.spring.model.Post;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Tests for {@link HookAnnotationBeanPostProcessor}, driven directly without an application context.
 */
class HookAnnotationBeanPostProcessorTests {

	private final HookHandlerRegistry registry = new HookHandlerRegistry();

	private final HookAnnotationBeanPostProcessor postProcessor = new HookAnnotationBeanPostProcessor(this.registry,
			HookFixtures.factory());

	@Test
	void registersEveryAnnotatedMethodAndReturnsTheBeanUnchanged() {
		Auditor auditor = new Auditor();
		assertThat(this.postProcessor.postProcessAfterInitialization(auditor, "auditor")).isSameAs(auditor);
		this.postProcessor.afterSingletonsInstantiated();
		assertThat(this.registry.implementedHookNames()).containsExactly("OnActivate", "MessageHasBeenPosted",
				"MessageHasBeenUpdated");
		assertThat(this.registry.isFrozen()).isTrue();
	}

	@Test
	void methodWithTwoHookAnnotationsHandlesBothHooks() {
		this.postProcessor.postProcessAfterInitialization(new Auditor(), "auditor");
		this.postProcessor.afterSingletonsInstantiated();
		assertThat(this.registry.handlers(Hook.MESSAGE_HAS_BEEN_POSTED)).extracting(HookHandlerMethod::describe)
			.containsExactly("bean 'auditor' method Auditor.postedOrUpdated");
		assertThat(this.registry.handlers(Hook.MESSAGE_HAS_BEEN_UPDATED)).extracting(HookHandlerMethod::describe)
			.containsExactly("bean 'auditor' method Auditor.postedOrUpdated");
	}

	@Test
	void genericPluginHookAnnotationWorksLikeTheNamedOne() {
		this.postProcessor.postProcessAfterInitialization(new Generic(), "generic");
		this.postProcessor.afterSingletonsInstantiated();
		assertThat(this.registry.hasHandlers(Hook.ON_ACTIVATE)).isTrue();
	}

	@Test
	void orderComesFromMethodThenOrderedBeanThenOrderAnnotationOnTheClass() {
		this.postProcessor.postProcessAfterInitialization(new Auditor(), "unordered");
		this.postProcessor.postProcessAfterInitialization(new AnnotatedOrder(), "annotated");
		this.postProcessor.postProcessAfterInitialization(new OrderedBean(), "ordered");
		this.postProcessor.afterSingletonsInstantiated();
		assertThat(this.registry.handlers(Hook.ON_ACTIVATE)).extracting(HookHandlerMethod::order)
			.containsExactly(-10, 5, 7, Ordered.LOWEST_PRECEDENCE);
		assertThat(this.registry.handlers(Hook.ON_ACTIVATE)).extracting(HookHandlerMethod::describe)
			.containsExactly("bean 'ordered' method OrderedBean.early",
					"bean 'annotated' method AnnotatedOrder.activate", "bean 'ordered' method OrderedBean.activate",
					"bean 'unordered' method Auditor.activate");
	}

	@Test
	void findsHandlersBehindAClassProxy() throws Exception {
		ProxyFactory factory = new ProxyFactory(new Auditor());
		factory.setProxyTargetClass(true);
		Object proxy = factory.getProxy();
		this.postProcessor.postProcessAfterInitialization(proxy, "proxied");
		this.postProcessor.afterSingletonsInstantiated();
		assertThat(this.registry.hasHandlers(Hook.MESSAGE_HAS_BEEN_POSTED)).isTrue();
	}

	@Test
	void interfaceProxyHidingTheHandlerFailsNamingBeanAndMethod() {
		Object proxy = new ProxyFactory(new HiddenHandler()).getProxy();
		assertThatExceptionOfType(HookDeclarationException.class)
			.isThrownBy(() -> this.postProcessor.postProcessAfterInitialization(proxy, "hidden"))
			.withMessageContaining("bean 'hidden'")
			.withMessageContaining(HiddenHandler.class.getName() + ".activate")
			.withMessageContaining("proxy");
	}

	@Test
	void privateHandlerBehindAClassProxyFailsNamingBeanAndMethod() {
		ProxyFactory factory = new ProxyFactory(new PrivateHandler());
		factory.setProxyTargetClass(true);
		Object proxy = factory.getProxy();
		assertThatExceptionOfType(HookDeclarationException.class)
			.isThrownBy(() -> this.postProcessor.postProcessAfterInitialization(proxy, "secretive"))
			.withMessageContaining("bean 'secretive'")
			.withMessageContaining(PrivateHandler.class.getName() + ".activate");
	}

	@Test
	void finalHandlerBehindAClassProxyFailsNamingBeanAndMethod() {
		ProxyFactory factory = new ProxyFactory(new FinalHandler());
		factory.setProxyTargetClass(true);
		Object proxy = factory.getProxy();
		assertThatExceptionOfType(HookDeclarationException.class)
			.isThrownBy(() -> this.postProcessor.postProcessAfterInitialization(proxy, "sealed"))
			.withMessageContaining("bean 'sealed'")
			.withMessageContaining(FinalHandler.class.getName() + ".activate is final");
	}

	@Test
	void finalHandlerOnAPlainBeanIsFine() {
		this.postProcessor.postProcessAfterInitialization(new FinalHandler(), "plain");
		this.postProcessor.afterSingletonsInstantiated();
		assertThat(this.registry.hasHandlers(Hook.ON_ACTIVATE)).isTrue();
	}

	@Test
	void beanCreatedAfterStartupCannotAddHandlers() {
		this.postProcessor.afterSingletonsInstantiated();
		assertThatIllegalStateException()
			.isThrownBy(() -> this.postProcessor.postProcessAfterInitialization(new Auditor(), "lazyAuditor"))
			.withMessageContaining("lazyAuditor");
	}

	@Test
	void beansWithoutHandlersAreIgnored() {
		Object plain = new Object();
		assertThat(this.postProcessor.postProcessAfterInitialization(plain, "plain")).isSameAs(plain);
		this.postProcessor.afterSingletonsInstantiated();
		assertThat(this.registry.implementedHookNames()).isEmpty();
	}

	@Test
	void findsHandlersDeclaredOnAnInterfaceASuperclassOrThroughAComposedAnnotation() {
		this.postProcessor.postProcessAfterInitialization(new InterfaceDeclared(), "viaInterface");
		this.postProcessor.postProcessAfterInitialization(new SubclassOfAuditor(), "viaSuperclass");
		this.postProcessor.postProcessAfterInitialization(new Composed(), "viaComposed");
		this.postProcessor.afterSingletonsInstantiated();
		assertThat(this.registry.handlers(Hook.ON_DEACTIVATE)).extracting(HookHandlerMethod::describe)
			.containsExactly("bean 'viaInterface' method InterfaceDeclared.deactivate");
		assertThat(this.registry.handlers(Hook.ON_ACTIVATE)).extracting(HookHandlerMethod::describe)
			.containsExactly("bean 'viaSuperclass' method Auditor.activate",
					"bean 'viaComposed' method Composed.activate");
	}

	@Retention(RetentionPolicy.RUNTIME)
	@Target(ElementType.METHOD)
	@PluginHook(Hook.ON_ACTIVATE)
	@interface WhenReady {

	}

	static class Composed {

		@WhenReady
		void activate() {
		}

	}

	static class SubclassOfAuditor extends Auditor {

	}

	interface Deactivating {

		@OnDeactivate
		void deactivate();

	}

	static class InterfaceDeclared implements Deactivating {

		@Override
		public void deactivate() {
		}

	}

	static class Auditor {

		@OnActivate
		void activate() {
		}

		@MessageHasBeenPosted
		@MessageHasBeenUpdated
		void postedOrUpdated(Post post) {
		}

	}

	static class Generic {

		@PluginHook(Hook.ON_ACTIVATE)
		void activate() {
		}

	}

	@Order(5)
	static class AnnotatedOrder {

		@OnActivate
		void activate() {
		}

	}

	static class OrderedBean implements Ordered {

		@OnActivate
		void activate() {
		}

		@OnActivate
		@Order(-10)
		void early() {
		}

		@Override
		public int getOrder() {
			return 7;
		}

	}

	static class FinalHandler {

		@OnActivate
		final void activate() {
		}

	}

	static class PrivateHandler {

		@OnActivate
		private void activate() {
		}

	}

	interface Startable {

		void start();

	}

	static class HiddenHandler implements Startable {

		@Override
		public void start() {
		}

		@OnActivate
		public void activate() {
		}

	}

}
