package dev.mattermost.spring.hooks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.mattermost.spring.model.ChannelMember;
import dev.mattermost.spring.model.CommandArgs;
import dev.mattermost.spring.model.CommandResponse;
import dev.mattermost.spring.model.FileData;
import dev.mattermost.spring.model.PluginContext;
import dev.mattermost.spring.model.Post;
import dev.mattermost.spring.model.Preference;
import dev.mattermost.spring.model.RemoteCluster;
import dev.mattermost.spring.model.User;

import static dev.mattermost.spring.hooks.HookFixtures.handler;
import static dev.mattermost.spring.hooks.HookFixtures.post;
import static dev.mattermost.spring.hooks.HookFixtures.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link HookHandlerMethodFactory} with the standard resolvers and return value handlers.
 */
class HookHandlerMethodFactoryTests {

	private static final ChannelMember MEMBER = new ChannelMember("channel-1", "user-1", "", 0, 0, 0, 0, 0, null, 0,
			false, true, false, 0);

	@Test
	void unknownParameterTypeFailsNamingBeanMethodAndParameter() {
		assertThatExceptionOfType(HookDeclarationException.class)
			.isThrownBy(() -> handler(Hook.MESSAGE_HAS_BEEN_POSTED, "auditor", new Misdeclared(), "wantsString", 0))
			.withMessageContaining("@MessageHasBeenPosted")
			.withMessageContaining("bean 'auditor'")
			.withMessageContaining(Misdeclared.class.getName() + ".wantsString")
			.withMessageContaining("parameter java.lang.String text (#1)")
			.withMessageContaining("MessageHasBeenPosted passes PluginContext, Post post");
	}

	@Test
	void wrongReturnTypeFailsNamingWhatIsAllowed() {
		assertThatExceptionOfType(HookDeclarationException.class)
			.isThrownBy(() -> handler(Hook.MESSAGE_WILL_BE_POSTED, "filter", new Misdeclared(), "returnsString", 0))
			.withMessageContaining("bean 'filter'")
			.withMessageContaining(".returnsString")
			.withMessageContaining("returns java.lang.String")
			.withMessageContaining("it may return void or Post or Decision<Post>");
	}

	@Test
	void valueReturnOnNotificationHookFailsNamingVoidAsTheOnlyChoice() {
		assertThatExceptionOfType(HookDeclarationException.class)
			.isThrownBy(() -> handler(Hook.MESSAGE_HAS_BEEN_POSTED, "auditor", new Misdeclared(), "notifyReturnsPost",
					0))
			.withMessageContaining("returns " + Post.class.getName())
			.withMessageContaining("it may return void");
	}

	@Test
	void decisionOnHookThatIsNotAChainIsRejected() {
		assertThatExceptionOfType(HookDeclarationException.class)
			.isThrownBy(() -> handler(Hook.EXECUTE_COMMAND, "command", new Misdeclared(), "commandDecision", 0))
			.withMessageContaining("it may return void or CommandResponse");
	}

	@Test
	void decisionAboutAnotherTypeThanTheHooksValueIsRejected() {
		assertThatExceptionOfType(HookDeclarationException.class)
			.isThrownBy(() -> handler(Hook.MESSAGE_WILL_BE_POSTED, "filter", new Misdeclared(), "decidesString", 0))
			.withMessageContaining("Decision<java.lang.String>")
			.withMessageContaining("it may return void or Post or Decision<Post>");
	}

	@Test
	void listOfTheWrongElementTypeIsRejectedAsReturn() {
		assertThatExceptionOfType(HookDeclarationException.class)
			.isThrownBy(() -> handler(Hook.GENERATE_SUPPORT_DATA, "support", new Misdeclared(), "supportStrings", 0))
			.withMessageContaining("java.util.List<java.lang.String>")
			.withMessageContaining("it may return void or List<FileData>");
	}

	@Test
	void listOfTheWrongElementTypeIsRejectedAsParameter() {
		assertThatExceptionOfType(HookDeclarationException.class)
			.isThrownBy(() -> handler(Hook.MESSAGES_WILL_BE_CONSUMED, "reader", new Misdeclared(), "consumeStrings", 0))
			.withMessageContaining("parameter java.util.List<java.lang.String> posts (#0) cannot be supplied")
			.withMessageContaining("MessagesWillBeConsumed passes List<Post> posts");
	}

	@Test
	void rawAndPreciseListsAndWildcardDecisionsAreAccepted() throws Exception {
		Recorder recorder = new Recorder();
		HookHandlerMethod consume = handler(Hook.MESSAGES_WILL_BE_CONSUMED, recorder, "consume");
		HookResult result = consume
			.invoke(new HookInvocation(Hook.MESSAGES_WILL_BE_CONSUMED, null, List.of(post("a"), post("b"))));
		assertThat(result.value()).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST).hasSize(1);
		handler(Hook.GENERATE_SUPPORT_DATA, recorder, "supportFiles");
		handler(Hook.GENERATE_SUPPORT_DATA, recorder, "supportRaw");
		handler(Hook.MESSAGE_WILL_BE_POSTED, recorder, "wildcardDecision");
		handler(Hook.PREFERENCES_HAVE_CHANGED, recorder, "preferences");
	}

	@Test
	void pluginContextOnHookWithoutContextFails() {
		assertThatExceptionOfType(HookDeclarationException.class)
			.isThrownBy(() -> handler(Hook.ON_ACTIVATE, "lifecycle", new Misdeclared(), "activateWithContext", 0))
			.withMessageContaining("@OnActivate handler bean 'lifecycle'")
			.withMessageContaining(".activateWithContext")
			.withMessageContaining("Mattermost sends no plugin context with OnActivate");
	}

	@Test
	void moreParametersOfOneTypeThanTheHookPassesFails() {
		assertThatExceptionOfType(HookDeclarationException.class)
			.isThrownBy(() -> handler(Hook.MESSAGE_WILL_BE_UPDATED, "editor", new Misdeclared(), "threePosts", 0))
			.withMessageContaining(".threePosts")
			.withMessageContaining("passes no further argument of type Post");
	}

	@Test
	void twoPostParametersBindNewThenOldInOrder() throws Exception {
		Recorder recorder = new Recorder();
		HookHandlerMethod method = handler(Hook.MESSAGE_WILL_BE_UPDATED, recorder, "positional");
		method.invoke(new HookInvocation(Hook.MESSAGE_WILL_BE_UPDATED, null, post("new"), post("old")));
		assertThat(recorder.seen).containsExactly("new", "old");
	}

	@Test
	void twoPostParametersBindByNameWhateverTheirOrder() throws Exception {
		Recorder recorder = new Recorder();
		HookHandlerMethod method = handler(Hook.MESSAGE_WILL_BE_UPDATED, recorder, "byName");
		method.invoke(new HookInvocation(Hook.MESSAGE_WILL_BE_UPDATED, null, post("new"), post("old")));
		assertThat(recorder.seen).containsExactly("old", "new");
	}

	@Test
	void namedParameterKeepsItsArgumentWhenAnUnnamedOneComesFirst() throws Exception {
		Recorder recorder = new Recorder();
		HookHandlerMethod method = handler(Hook.MESSAGE_WILL_BE_UPDATED, recorder, "unnamedThenNewPost");
		method.invoke(new HookInvocation(Hook.MESSAGE_WILL_BE_UPDATED, null, post("new"), post("old")));
		assertThat(recorder.seen).containsExactly("old", "new");
	}

	@Test
	void optionalActorIsPresentWhenMattermostSendsOne() throws Exception {
		Recorder recorder = new Recorder();
		HookHandlerMethod method = handler(Hook.USER_HAS_JOINED_CHANNEL, recorder, "joined");
		method.invoke(new HookInvocation(Hook.USER_HAS_JOINED_CHANNEL, null, MEMBER, user("admin")));
		assertThat(recorder.seen).containsExactly("user-1", "admin");
	}

	@Test
	void optionalActorIsEmptyWhenTheUserJoinedByThemselves() throws Exception {
		Recorder recorder = new Recorder();
		HookHandlerMethod method = handler(Hook.USER_HAS_JOINED_CHANNEL, recorder, "joined");
		method.invoke(new HookInvocation(Hook.USER_HAS_JOINED_CHANNEL, null, MEMBER, null));
		assertThat(recorder.seen).containsExactly("user-1", "nobody");
	}

	@Test
	void pluginContextIsEmptyRatherThanNullWhenMattermostSentNone() throws Exception {
		Recorder recorder = new Recorder();
		HookHandlerMethod method = handler(Hook.MESSAGE_HAS_BEEN_POSTED, recorder, "withContext");
		method.invoke(new HookInvocation(Hook.MESSAGE_HAS_BEEN_POSTED, null, post("hi")));
		method.invoke(new HookInvocation(Hook.MESSAGE_HAS_BEEN_POSTED,
				new PluginContext("session", "request", "", "", ""), post("hi")));
		assertThat(recorder.seen).containsExactly("", "session");
	}

	@Test
	void primitiveParametersAndLongReturnBind() throws Exception {
		HookHandlerMethod method = handler(Hook.RUN_DATA_RETENTION, new Recorder(), "retention");
		HookResult result = method.invoke(new HookInvocation(Hook.RUN_DATA_RETENTION, null, 1000L, 7L));
		assertThat(result.kind()).isEqualTo(HookResult.Kind.VALUE);
		assertThat(result.value()).isEqualTo(1007L);
	}

	@Test
	void primitiveBooleanReturnBinds() throws Exception {
		HookHandlerMethod method = handler(Hook.ON_SHARED_CHANNELS_PING, new Recorder(), "ping");
		HookResult result = method.invoke(new HookInvocation(Hook.ON_SHARED_CHANNELS_PING, null, (Object) null));
		assertThat(result.value()).isEqualTo(false);
	}

	@Test
	void noParametersAtAllIsFine() throws Exception {
		Recorder recorder = new Recorder();
		HookHandlerMethod method = handler(Hook.MESSAGE_HAS_BEEN_POSTED, recorder, "noArguments");
		method.invoke(new HookInvocation(Hook.MESSAGE_HAS_BEEN_POSTED, null, post("hi")));
		assertThat(recorder.seen).containsExactly("called");
	}

	@Test
	void returnedNullMeansNothingToSay() throws Exception {
		HookHandlerMethod method = handler(Hook.EXECUTE_COMMAND, new Recorder(), "silentCommand");
		HookResult result = method.invoke(new HookInvocation(Hook.EXECUTE_COMMAND, null, (Object) null));
		assertThat(result).isEqualTo(HookResult.proceed());
	}

	@Test
	void decisionReturnsMapToResults() throws Exception {
		Recorder recorder = new Recorder();
		HookHandlerMethod method = handler(Hook.MESSAGE_WILL_BE_POSTED, recorder, "decide");
		assertThat(method.invoke(new HookInvocation(Hook.MESSAGE_WILL_BE_POSTED, null, post("fine"))).kind())
			.isEqualTo(HookResult.Kind.PROCEED);
		HookResult modified = method.invoke(new HookInvocation(Hook.MESSAGE_WILL_BE_POSTED, null, post("shout")));
		assertThat(modified.kind()).isEqualTo(HookResult.Kind.VALUE);
		assertThat(((Post) modified.value()).message()).isEqualTo("SHOUT");
		HookResult rejected = method.invoke(new HookInvocation(Hook.MESSAGE_WILL_BE_POSTED, null, post("spam")));
		assertThat(rejected.kind()).isEqualTo(HookResult.Kind.REJECT);
		assertThat(rejected.reason()).isEqualTo("no spam");
	}

	@Test
	void exceptionFromHandlerPropagatesUnwrapped() {
		HookHandlerMethod method = handler(Hook.MESSAGE_HAS_BEEN_POSTED, new Recorder(), "fails");
		assertThatExceptionOfType(IllegalStateException.class)
			.isThrownBy(() -> method.invoke(new HookInvocation(Hook.MESSAGE_HAS_BEEN_POSTED, null, post("x"))))
			.withMessage("boom");
	}

	@Test
	void privateMethodsCanBeHandlers() throws Exception {
		Recorder recorder = new Recorder();
		HookHandlerMethod method = handler(Hook.MESSAGE_HAS_BEEN_POSTED, recorder, "hidden");
		method.invoke(new HookInvocation(Hook.MESSAGE_HAS_BEEN_POSTED, null, post("hi")));
		assertThat(recorder.seen).containsExactly("hidden hi");
	}

	static class Recorder {

		final List<String> seen = new ArrayList<>();

		void positional(Post first, Post second) {
			this.seen.add(first.message());
			this.seen.add(second.message());
		}

		void byName(Post oldPost, Post newPost) {
			this.seen.add(oldPost.message());
			this.seen.add(newPost.message());
		}

		void unnamedThenNewPost(Post other, Post newPost) {
			this.seen.add(other.message());
			this.seen.add(newPost.message());
		}

		void joined(ChannelMember member, Optional<User> actor) {
			this.seen.add(member.userId());
			this.seen.add(actor.map(User::id).orElse("nobody"));
		}

		void withContext(PluginContext context, Post post) {
			this.seen.add(context.sessionId());
		}

		long retention(long nowTime, long batchSize) {
			return nowTime + batchSize;
		}

		boolean ping(RemoteCluster cluster) {
			return false;
		}

		void noArguments() {
			this.seen.add("called");
		}

		CommandResponse silentCommand(CommandArgs args) {
			return null;
		}

		Decision<Post> decide(Post post) {
			return switch (post.message()) {
				case "spam" -> Decision.reject("no spam");
				case "shout" -> Decision.modify(post.withMessage("SHOUT"));
				default -> Decision.allow();
			};
		}

		void fails(Post post) {
			throw new IllegalStateException("boom");
		}

		ArrayList<Post> consume(List<Post> posts) {
			return new ArrayList<>(posts.subList(0, 1));
		}

		List<FileData> supportFiles() {
			return List.of();
		}

		@SuppressWarnings("rawtypes")
		List supportRaw() {
			return List.of();
		}

		Decision<?> wildcardDecision(Post post) {
			return Decision.allow();
		}

		void preferences(Collection<Preference> preferences) {
		}

		private void hidden(Post post) {
			this.seen.add("hidden " + post.message());
		}

	}

	static class Misdeclared {

		void wantsString(Post post, String text) {
		}

		String returnsString(Post post) {
			return "";
		}

		Post notifyReturnsPost(Post post) {
			return post;
		}

		Decision<CommandResponse> commandDecision(CommandArgs args) {
			return Decision.allow();
		}

		void activateWithContext(PluginContext context) {
		}

		void threePosts(Post a, Post b, Post c) {
		}

		Decision<String> decidesString(Post post) {
			return Decision.allow();
		}

		List<String> supportStrings() {
			return List.of();
		}

		List<Post> consumeStrings(List<String> posts) {
			return List.of();
		}

	}

}
