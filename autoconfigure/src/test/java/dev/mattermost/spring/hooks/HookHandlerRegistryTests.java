package dev.mattermost.spring.hooks;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.mattermost.spring.model.CommandArgs;
import dev.mattermost.spring.model.CommandResponse;
import dev.mattermost.spring.model.Post;

import static dev.mattermost.spring.hooks.HookFixtures.handler;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Tests for {@link HookHandlerRegistry}.
 */
class HookHandlerRegistryTests {

	private final HookHandlerRegistry registry = new HookHandlerRegistry();

	@Test
	void sortsHandlersByOrderWhenFrozen() {
		Handlers bean = new Handlers();
		this.registry.register(handler(Hook.MESSAGE_HAS_BEEN_POSTED, "late", bean, "posted", 10));
		this.registry.register(handler(Hook.MESSAGE_HAS_BEEN_POSTED, "early", bean, "posted", -5));
		this.registry.register(handler(Hook.MESSAGE_HAS_BEEN_POSTED, "middle", bean, "posted", 0));
		this.registry.freeze();
		assertThat(this.registry.handlers(Hook.MESSAGE_HAS_BEEN_POSTED)).extracting(HookHandlerMethod::describe)
			.containsExactly("bean 'early' method Handlers.posted", "bean 'middle' method Handlers.posted",
					"bean 'late' method Handlers.posted");
	}

	@Test
	void keepsRegistrationOrderBetweenHandlersOfEqualOrder() {
		Handlers bean = new Handlers();
		this.registry.register(handler(Hook.MESSAGE_HAS_BEEN_POSTED, "first", bean, "posted", 0));
		this.registry.register(handler(Hook.MESSAGE_HAS_BEEN_POSTED, "second", bean, "posted", 0));
		this.registry.freeze();
		assertThat(this.registry.handlers(Hook.MESSAGE_HAS_BEEN_POSTED)).extracting(HookHandlerMethod::describe)
			.containsExactly("bean 'first' method Handlers.posted", "bean 'second' method Handlers.posted");
	}

	@Test
	void refusesRegistrationAfterFreezeNamingTheHandler() {
		this.registry.freeze();
		HookHandlerMethod late = handler(Hook.MESSAGE_HAS_BEEN_POSTED, "lazyBean", new Handlers(), "posted", 0);
		assertThatIllegalStateException().isThrownBy(() -> this.registry.register(late))
			.withMessageContaining("fixed once the application has started")
			.withMessageContaining("bean 'lazyBean' method Handlers.posted")
			.withMessageContaining("lazily");
		assertThat(this.registry.hasHandlers(Hook.MESSAGE_HAS_BEEN_POSTED)).isFalse();
	}

	@Test
	void refusesExtraImplementedHookAfterFreeze() {
		this.registry.freeze();
		assertThatIllegalStateException().isThrownBy(() -> this.registry.registerImplemented("ServeHTTP"))
			.withMessageContaining("ServeHTTP");
	}

	@Test
	void handlersListIsImmutableOnceFrozen() {
		this.registry.register(handler(Hook.MESSAGE_HAS_BEEN_POSTED, new Handlers(), "posted"));
		this.registry.freeze();
		List<HookHandlerMethod> handlers = this.registry.handlers(Hook.MESSAGE_HAS_BEEN_POSTED);
		assertThatExceptionOfType(UnsupportedOperationException.class).isThrownBy(handlers::clear);
	}

	@Test
	void freezingTwiceIsHarmless() {
		this.registry.freeze();
		this.registry.freeze();
		assertThat(this.registry.isFrozen()).isTrue();
	}

	@Test
	void hookWithoutHandlersHasEmptyList() {
		this.registry.freeze();
		assertThat(this.registry.handlers(Hook.ON_ACTIVATE)).isEmpty();
		assertThat(this.registry.hasHandlers(Hook.ON_ACTIVATE)).isFalse();
	}

	@Test
	void implementedHookNamesListHooksWithHandlersOnceEachPlusExtras() {
		Handlers bean = new Handlers();
		this.registry.register(handler(Hook.MESSAGE_WILL_BE_POSTED, bean, "willBePosted"));
		this.registry.register(handler(Hook.MESSAGE_HAS_BEEN_POSTED, "a", bean, "posted", 0));
		this.registry.register(handler(Hook.MESSAGE_HAS_BEEN_POSTED, "b", bean, "posted", 1));
		this.registry.registerImplemented("ServeHTTP");
		this.registry.freeze();
		assertThat(this.registry.implementedHookNames()).containsExactly("MessageWillBePosted",
				"MessageHasBeenPosted", "ServeHTTP");
	}

	@Test
	void singleAnswerHookWithTwoHandlersFailsNamingBothBeanMethods() {
		Handlers bean = new Handlers();
		this.registry.register(handler(Hook.EXECUTE_COMMAND, "weatherCommand", bean, "command", 0));
		this.registry.register(handler(Hook.EXECUTE_COMMAND, "pollCommand", bean, "command", 1));
		assertThatExceptionOfType(HookDeclarationException.class).isThrownBy(this.registry::freeze)
			.withMessageContaining("Only one handler can answer ExecuteCommand")
			.withMessageContaining("bean 'weatherCommand' method Handlers.command")
			.withMessageContaining("bean 'pollCommand' method Handlers.command");
	}

	@Test
	void singleAnswerHookWithOneHandlerIsFine() {
		this.registry.register(handler(Hook.EXECUTE_COMMAND, new Handlers(), "command"));
		this.registry.freeze();
		assertThat(this.registry.implementedHookNames()).containsExactly("ExecuteCommand");
	}

	static class Handlers {

		void posted(Post post) {
		}

		Post willBePosted(Post post) {
			return post;
		}

		CommandResponse command(CommandArgs args) {
			return CommandResponse.ephemeral("ok");
		}

	}

}
