package dev.mattermost.spring.hooks;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.mattermost.spring.model.Post;

import static dev.mattermost.spring.hooks.HookFixtures.handler;
import static dev.mattermost.spring.hooks.HookFixtures.post;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link HookDispatcher}.
 */
class HookDispatcherTests {

	private final HookHandlerRegistry registry = new HookHandlerRegistry();

	private final HookDispatcher dispatcher = new HookDispatcher(this.registry);

	private final List<String> calls = new ArrayList<>();

	private void register(Hook hook, Object bean, String method, int order) {
		this.registry.register(handler(hook, method, bean, method, order));
	}

	@Test
	void notificationRunsEveryHandlerInOrder() {
		Notified bean = new Notified(this.calls);
		register(Hook.MESSAGE_HAS_BEEN_POSTED, bean, "second", 2);
		register(Hook.MESSAGE_HAS_BEEN_POSTED, bean, "first", 1);
		register(Hook.MESSAGE_HAS_BEEN_POSTED, bean, "third", 3);
		this.registry.freeze();
		this.dispatcher.notifyAll(new HookInvocation(Hook.MESSAGE_HAS_BEEN_POSTED, null, post("hello")));
		assertThat(this.calls).containsExactly("first hello", "second hello", "third hello");
	}

	@Test
	void failingNotificationHandlerDoesNotStopTheOthers() {
		Notified bean = new Notified(this.calls);
		register(Hook.MESSAGE_HAS_BEEN_POSTED, bean, "first", 1);
		register(Hook.MESSAGE_HAS_BEEN_POSTED, bean, "failing", 2);
		register(Hook.MESSAGE_HAS_BEEN_POSTED, bean, "third", 3);
		this.registry.freeze();
		this.dispatcher.notifyAll(new HookInvocation(Hook.MESSAGE_HAS_BEEN_POSTED, null, post("hello")));
		assertThat(this.calls).containsExactly("first hello", "failing hello", "third hello");
	}

	@Test
	void notificationReportsTheFirstFailureAfterRunningEveryHandler() {
		Notified bean = new Notified(this.calls);
		register(Hook.MESSAGE_HAS_BEEN_POSTED, bean, "failing", 1);
		register(Hook.MESSAGE_HAS_BEEN_POSTED, bean, "asserting", 2);
		register(Hook.MESSAGE_HAS_BEEN_POSTED, bean, "third", 3);
		this.registry.freeze();
		HookDispatcher.HandlerFailure failure = this.dispatcher
			.notifyAll(new HookInvocation(Hook.MESSAGE_HAS_BEEN_POSTED, null, post("hello")));
		assertThat(this.calls).containsExactly("failing hello", "asserting", "third hello");
		assertThat(failure.error()).hasMessage("audit log full");
	}

	@Test
	void notificationHandlerThrowingAnAssertionErrorDoesNotStopTheOthers() {
		Notified bean = new Notified(this.calls);
		register(Hook.MESSAGE_HAS_BEEN_POSTED, bean, "asserting", 1);
		register(Hook.MESSAGE_HAS_BEEN_POSTED, bean, "third", 2);
		this.registry.freeze();
		this.dispatcher.notifyAll(new HookInvocation(Hook.MESSAGE_HAS_BEEN_POSTED, null, post("hello")));
		assertThat(this.calls).containsExactly("asserting", "third hello");
	}

	@Test
	void lifecycleStopsAtFirstFailureAndReportsIt() {
		Lifecycle bean = new Lifecycle(this.calls);
		register(Hook.ON_ACTIVATE, bean, "connect", 1);
		register(Hook.ON_ACTIVATE, bean, "failing", 2);
		register(Hook.ON_ACTIVATE, bean, "never", 3);
		this.registry.freeze();
		HookDispatcher.HandlerFailure failure = this.dispatcher
			.runUntilFailure(new HookInvocation(Hook.ON_ACTIVATE, null));
		assertThat(this.calls).containsExactly("connect", "failing");
		assertThat(failure).isNotNull();
		assertThat(failure.error()).hasMessage("database unreachable");
		assertThat(failure.handler().describe()).isEqualTo("bean 'failing' method Lifecycle.failing");
	}

	@Test
	void lifecycleWithoutFailureReportsNone() {
		Lifecycle bean = new Lifecycle(this.calls);
		register(Hook.ON_ACTIVATE, bean, "connect", 1);
		this.registry.freeze();
		assertThat(this.dispatcher.runUntilFailure(new HookInvocation(Hook.ON_ACTIVATE, null))).isNull();
	}

	@Test
	void chainHandlersSeeThePreviousModification() {
		Filters bean = new Filters(this.calls);
		register(Hook.MESSAGE_WILL_BE_POSTED, bean, "appendA", 1);
		register(Hook.MESSAGE_WILL_BE_POSTED, bean, "appendBWithDecision", 2);
		register(Hook.MESSAGE_WILL_BE_POSTED, bean, "observe", 3);
		this.registry.freeze();
		HookDispatcher.ChainOutcome outcome = this.dispatcher
			.chain(new HookInvocation(Hook.MESSAGE_WILL_BE_POSTED, null, post("x")), 0, false);
		assertThat(this.calls).containsExactly("appendA saw x", "appendB saw x+a", "observe saw x+a+b");
		assertThat(outcome.modified()).isTrue();
		assertThat(outcome.rejected()).isFalse();
		assertThat(((Post) outcome.value()).message()).isEqualTo("x+a+b");
	}

	@Test
	void chainWhereNobodyModifiesKeepsTheOriginal() {
		Filters bean = new Filters(this.calls);
		register(Hook.MESSAGE_WILL_BE_POSTED, bean, "observe", 1);
		register(Hook.MESSAGE_WILL_BE_POSTED, bean, "allow", 2);
		this.registry.freeze();
		Post original = post("x");
		HookDispatcher.ChainOutcome outcome = this.dispatcher
			.chain(new HookInvocation(Hook.MESSAGE_WILL_BE_POSTED, null, original), 0, false);
		assertThat(outcome.modified()).isFalse();
		assertThat(outcome.rejected()).isFalse();
		assertThat(outcome.value()).isSameAs(original);
	}

	@Test
	void firstRejectionEndsTheChain() {
		Filters bean = new Filters(this.calls);
		register(Hook.MESSAGE_WILL_BE_POSTED, bean, "appendA", 1);
		register(Hook.MESSAGE_WILL_BE_POSTED, bean, "reject", 2);
		register(Hook.MESSAGE_WILL_BE_POSTED, bean, "observe", 3);
		this.registry.freeze();
		HookDispatcher.ChainOutcome outcome = this.dispatcher
			.chain(new HookInvocation(Hook.MESSAGE_WILL_BE_POSTED, null, post("x")), 0, false);
		assertThat(this.calls).containsExactly("appendA saw x", "reject saw x+a");
		assertThat(outcome.rejected()).isTrue();
		assertThat(outcome.rejectionReason()).isEqualTo("no x allowed");
	}

	@Test
	void dismissRejectsWithMattermostsDismissReason() {
		Filters bean = new Filters(this.calls);
		register(Hook.MESSAGE_WILL_BE_POSTED, bean, "dismiss", 1);
		register(Hook.MESSAGE_WILL_BE_POSTED, bean, "observe", 2);
		this.registry.freeze();
		HookDispatcher.ChainOutcome outcome = this.dispatcher
			.chain(new HookInvocation(Hook.MESSAGE_WILL_BE_POSTED, null, post("x")), 0, false);
		assertThat(outcome.rejectionReason()).isEqualTo("plugin.message_will_be_posted.dismiss_post");
		assertThat(this.calls).containsExactly("dismiss saw x");
	}

	@Test
	void failingChainHandlerIsSkippedWhenFailuresDoNotStopTheChain() {
		Filters bean = new Filters(this.calls);
		register(Hook.MESSAGE_WILL_BE_POSTED, bean, "appendA", 1);
		register(Hook.MESSAGE_WILL_BE_POSTED, bean, "failing", 2);
		register(Hook.MESSAGE_WILL_BE_POSTED, bean, "appendBWithDecision", 3);
		this.registry.freeze();
		HookDispatcher.ChainOutcome outcome = this.dispatcher
			.chain(new HookInvocation(Hook.MESSAGE_WILL_BE_POSTED, null, post("x")), 0, false);
		assertThat(this.calls).containsExactly("appendA saw x", "failing saw x+a", "appendB saw x+a");
		assertThat(outcome.failure()).isNull();
		assertThat(((Post) outcome.value()).message()).isEqualTo("x+a+b");
	}

	@Test
	void failingChainHandlerEndsTheChainWhenFailuresStopIt() {
		Filters bean = new Filters(this.calls);
		register(Hook.MESSAGE_WILL_BE_POSTED, bean, "failing", 1);
		register(Hook.MESSAGE_WILL_BE_POSTED, bean, "appendA", 2);
		this.registry.freeze();
		HookDispatcher.ChainOutcome outcome = this.dispatcher
			.chain(new HookInvocation(Hook.MESSAGE_WILL_BE_POSTED, null, post("x")), 0, true);
		assertThat(this.calls).containsExactly("failing saw x");
		assertThat(outcome.failure()).isNotNull();
		assertThat(outcome.failure().error()).hasMessage("filter crashed");
	}

	@Test
	void chainOfMessageWillBeUpdatedPassesTheModifiedNewPostAndTheUnchangedOldPost() {
		Filters bean = new Filters(this.calls);
		register(Hook.MESSAGE_WILL_BE_UPDATED, bean, "appendToNew", 1);
		register(Hook.MESSAGE_WILL_BE_UPDATED, bean, "appendToNew", 2);
		this.registry.freeze();
		HookDispatcher.ChainOutcome outcome = this.dispatcher
			.chain(new HookInvocation(Hook.MESSAGE_WILL_BE_UPDATED, null, post("new"), post("old")), 0, false);
		assertThat(this.calls).containsExactly("new/old", "new!/old");
		assertThat(((Post) outcome.value()).message()).isEqualTo("new!!");
	}

	@Test
	void collectGathersEveryAnswerIncludingFailures() {
		Counters bean = new Counters();
		register(Hook.RUN_DATA_RETENTION, bean, "three", 1);
		register(Hook.RUN_DATA_RETENTION, bean, "failing", 2);
		register(Hook.RUN_DATA_RETENTION, bean, "four", 3);
		this.registry.freeze();
		List<HookDispatcher.Outcome> outcomes = this.dispatcher
			.collect(new HookInvocation(Hook.RUN_DATA_RETENTION, null, 0L, 100L));
		assertThat(outcomes).hasSize(3);
		assertThat(outcomes.get(0).result().value()).isEqualTo(3L);
		assertThat(outcomes.get(1).failure()).isNotNull();
		assertThat(outcomes.get(2).result().value()).isEqualTo(4L);
	}

	@Test
	void singleWithoutHandlerAnswersNull() {
		this.registry.freeze();
		assertThat(this.dispatcher.single(new HookInvocation(Hook.EXECUTE_COMMAND, null, (Object) null))).isNull();
	}

	static class Notified {

		private final List<String> calls;

		Notified(List<String> calls) {
			this.calls = calls;
		}

		void first(Post post) {
			this.calls.add("first " + post.message());
		}

		void second(Post post) {
			this.calls.add("second " + post.message());
		}

		void third(Post post) {
			this.calls.add("third " + post.message());
		}

		void failing(Post post) {
			this.calls.add("failing " + post.message());
			throw new IllegalStateException("audit log full");
		}

		void asserting() {
			this.calls.add("asserting");
			throw new AssertionError("unexpected");
		}

	}

	static class Lifecycle {

		private final List<String> calls;

		Lifecycle(List<String> calls) {
			this.calls = calls;
		}

		void connect() {
			this.calls.add("connect");
		}

		void failing() throws Exception {
			this.calls.add("failing");
			throw new java.io.IOException("database unreachable");
		}

		void never() {
			this.calls.add("never");
		}

	}

	static class Filters {

		private final List<String> calls;

		Filters(List<String> calls) {
			this.calls = calls;
		}

		Post appendA(Post post) {
			this.calls.add("appendA saw " + post.message());
			return post.withMessage(post.message() + "+a");
		}

		Decision<Post> appendBWithDecision(Post post) {
			this.calls.add("appendB saw " + post.message());
			return Decision.modify(post.withMessage(post.message() + "+b"));
		}

		void observe(Post post) {
			this.calls.add("observe saw " + post.message());
		}

		Decision<Post> allow(Post post) {
			return Decision.allow();
		}

		Decision<Post> reject(Post post) {
			this.calls.add("reject saw " + post.message());
			return Decision.reject("no x allowed");
		}

		Decision<Post> dismiss(Post post) {
			this.calls.add("dismiss saw " + post.message());
			return Decision.dismiss();
		}

		Post failing(Post post) {
			this.calls.add("failing saw " + post.message());
			throw new IllegalArgumentException("filter crashed");
		}

		Post appendToNew(Post newPost, Post oldPost) {
			this.calls.add(newPost.message() + "/" + oldPost.message());
			return newPost.withMessage(newPost.message() + "!");
		}

	}

	static class Counters {

		long three(long nowTime, long batchSize) {
			return 3;
		}

		long four() {
			return 4;
		}

		long failing() {
			throw new IllegalStateException("retention failed");
		}

	}

}
