package dev.mattermost.spring.api;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments.ArgumentSet;
import org.junit.jupiter.params.provider.MethodSource;

import dev.mattermost.spring.convert.PostConverter;
import dev.mattermost.spring.model.Post;
import dev.mattermost.spring.model.PostList;
import dev.mattermost.spring.model.PostSearchOptions;
import dev.mattermost.spring.model.PostSearchParams;
import dev.mattermost.spring.model.PostSearchResults;
import dev.mattermost.spring.model.Reaction;
import dev.mattermost.spring.protocol.v1.AddReactionRequest;
import dev.mattermost.spring.protocol.v1.AddReactionResponse;
import dev.mattermost.spring.protocol.v1.CreatePostRequest;
import dev.mattermost.spring.protocol.v1.CreatePostResponse;
import dev.mattermost.spring.protocol.v1.DeleteEphemeralPostRequest;
import dev.mattermost.spring.protocol.v1.DeletePostRequest;
import dev.mattermost.spring.protocol.v1.GetPostRequest;
import dev.mattermost.spring.protocol.v1.GetPostResponse;
import dev.mattermost.spring.protocol.v1.GetPostThreadRequest;
import dev.mattermost.spring.protocol.v1.GetPostThreadResponse;
import dev.mattermost.spring.protocol.v1.GetPostsAfterRequest;
import dev.mattermost.spring.protocol.v1.GetPostsAfterResponse;
import dev.mattermost.spring.protocol.v1.GetPostsBeforeRequest;
import dev.mattermost.spring.protocol.v1.GetPostsForChannelRequest;
import dev.mattermost.spring.protocol.v1.GetPostsForChannelResponse;
import dev.mattermost.spring.protocol.v1.GetPostsSinceRequest;
import dev.mattermost.spring.protocol.v1.GetReactionsRequest;
import dev.mattermost.spring.protocol.v1.GetReactionsResponse;
import dev.mattermost.spring.protocol.v1.RemoveReactionRequest;
import dev.mattermost.spring.protocol.v1.SearchParameter;
import dev.mattermost.spring.protocol.v1.SearchParams;
import dev.mattermost.spring.protocol.v1.SearchPostsInTeamForUserRequest;
import dev.mattermost.spring.protocol.v1.SearchPostsInTeamForUserResponse;
import dev.mattermost.spring.protocol.v1.SearchPostsInTeamRequest;
import dev.mattermost.spring.protocol.v1.SearchPostsInTeamResponse;
import dev.mattermost.spring.protocol.v1.SendEphemeralPostRequest;
import dev.mattermost.spring.protocol.v1.SendEphemeralPostResponse;
import dev.mattermost.spring.protocol.v1.StringList;
import dev.mattermost.spring.protocol.v1.UpdateEphemeralPostRequest;
import dev.mattermost.spring.protocol.v1.UpdateEphemeralPostResponse;
import dev.mattermost.spring.protocol.v1.UpdatePostRequest;
import dev.mattermost.spring.protocol.v1.UpdatePostResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PostApiTests {

	private static final dev.mattermost.spring.protocol.v1.Post HELLO = dev.mattermost.spring.protocol.v1.Post
		.newBuilder()
		.setId("post1")
		.setChannelId("chan1")
		.setUserId("bot1")
		.setMessage("Hello")
		.setCreateAt(1700000000000L)
		.setRootId("root1")
		.addFileIds("file1")
		.setProps(Struct.newBuilder().putFields("from_bot", Value.newBuilder().setStringValue("true").build()))
		.setIsFollowing(true)
		.build();

	private static final dev.mattermost.spring.protocol.v1.Post REPLY = HELLO.toBuilder()
		.setId("post2")
		.setMessage("Hi back")
		.build();

	private static final dev.mattermost.spring.protocol.v1.PostList THREAD = dev.mattermost.spring.protocol.v1.PostList
		.newBuilder()
		.addOrder("post2")
		.addOrder("post1")
		.putPosts("post1", HELLO)
		.putPosts("post2", REPLY)
		.setPrevPostId("post0")
		.setHasNext(true)
		.build();

	private static final dev.mattermost.spring.protocol.v1.Reaction THUMBS_UP = dev.mattermost.spring.protocol.v1.Reaction
		.newBuilder()
		.setUserId("user1")
		.setPostId("post1")
		.setEmojiName("thumbsup")
		.setCreateAt(1700000000001L)
		.setChannelId("chan1")
		.build();

	@RegisterExtension
	final ApiTestServer server = new ApiTestServer();

	private PostApi posts() {
		return new DefaultPostApi(this.server.caller());
	}

	@Test
	void createSendsPostAndReturnsCreatedOne() {
		Post draft = Post.of("chan1", "Hello").withUserId("bot1").withProps(Map.of("from_bot", "true"));
		this.server.respond("CreatePost", CreatePostResponse.newBuilder().setPost(HELLO).build());
		Post created = posts().create(draft);
		assertThat(this.server.request("CreatePost", CreatePostRequest.class).getPost())
			.isEqualTo(PostConverter.toProto(draft));
		assertThat(created.id()).isEqualTo("post1");
		assertThat(created.props()).containsEntry("from_bot", "true");
		assertThat(created.fileIds()).containsExactly("file1");
		assertThat(created.isFollowing()).isTrue();
	}

	@Test
	void createWithChannelUserAndMessageSendsThem() {
		this.server.respond("CreatePost", CreatePostResponse.newBuilder().setPost(HELLO).build());
		posts().create("chan1", "bot1", "Hello");
		dev.mattermost.spring.protocol.v1.Post sent = this.server.request("CreatePost", CreatePostRequest.class)
			.getPost();
		assertThat(sent.getChannelId()).isEqualTo("chan1");
		assertThat(sent.getUserId()).isEqualTo("bot1");
		assertThat(sent.getMessage()).isEqualTo("Hello");
		assertThat(sent.getId()).isEmpty();
	}

	@Test
	void addReactionSendsReactionAndReturnsStoredOne() {
		this.server.respond("AddReaction", AddReactionResponse.newBuilder().setReaction(THUMBS_UP).build());
		Reaction stored = posts().addReaction(Reaction.of("user1", "post1", "thumbsup"));
		assertThat(this.server.request("AddReaction", AddReactionRequest.class).getReaction())
			.isEqualTo(dev.mattermost.spring.protocol.v1.Reaction.newBuilder()
				.setUserId("user1")
				.setPostId("post1")
				.setEmojiName("thumbsup")
				.build());
		assertThat(stored.createAt()).isEqualTo(1700000000001L);
		assertThat(stored.channelId()).isEqualTo("chan1");
		assertThat(stored.remoteId()).isNull();
	}

	@Test
	void removeReactionSendsReaction() {
		posts().removeReaction(Reaction.of("user1", "post1", "thumbsup"));
		assertThat(this.server.request("RemoveReaction", RemoveReactionRequest.class).getReaction().getEmojiName())
			.isEqualTo("thumbsup");
	}

	@Test
	void getReactionsReturnsEveryReaction() {
		this.server.respond("GetReactions", GetReactionsResponse.newBuilder()
			.addReactions(THUMBS_UP)
			.addReactions(THUMBS_UP.toBuilder().setEmojiName("tada"))
			.build());
		assertThat(posts().getReactions("post1")).extracting(Reaction::emojiName).containsExactly("thumbsup", "tada");
		assertThat(this.server.request("GetReactions", GetReactionsRequest.class).getPostId()).isEqualTo("post1");
	}

	@Test
	void sendEphemeralSendsUserAndPost() {
		this.server.respond("SendEphemeralPost", SendEphemeralPostResponse.newBuilder().setPost(HELLO).build());
		Post post = Post.of("chan1", "Only you can see this");
		assertThat(posts().sendEphemeral("user1", post).id()).isEqualTo("post1");
		assertThat(this.server.request("SendEphemeralPost", SendEphemeralPostRequest.class)).isEqualTo(
				SendEphemeralPostRequest.newBuilder().setUserId("user1").setPost(PostConverter.toProto(post)).build());
	}

	@Test
	void updateEphemeralSendsUserAndPost() {
		this.server.respond("UpdateEphemeralPost", UpdateEphemeralPostResponse.newBuilder().setPost(REPLY).build());
		Post post = PostConverter.toModel(REPLY);
		assertThat(posts().updateEphemeral("user1", post).message()).isEqualTo("Hi back");
		assertThat(this.server.request("UpdateEphemeralPost", UpdateEphemeralPostRequest.class))
			.isEqualTo(UpdateEphemeralPostRequest.newBuilder().setUserId("user1").setPost(REPLY).build());
	}

	@Test
	void deleteEphemeralSendsUserAndPostId() {
		posts().deleteEphemeral("user1", "post1");
		assertThat(this.server.request("DeleteEphemeralPost", DeleteEphemeralPostRequest.class))
			.isEqualTo(DeleteEphemeralPostRequest.newBuilder().setUserId("user1").setPostId("post1").build());
	}

	@Test
	void deleteSendsPostId() {
		posts().delete("post1");
		assertThat(this.server.request("DeletePost", DeletePostRequest.class).getPostId()).isEqualTo("post1");
	}

	@Test
	void getThreadReturnsPostsWithOrderAndPaging() {
		this.server.respond("GetPostThread", GetPostThreadResponse.newBuilder().setPostList(THREAD).build());
		PostList thread = posts().getThread("post1");
		assertThat(this.server.request("GetPostThread", GetPostThreadRequest.class).getPostId()).isEqualTo("post1");
		assertThat(thread.order()).containsExactly("post2", "post1");
		assertThat(thread.posts()).containsOnlyKeys("post1", "post2");
		assertThat(thread.posts().get("post2").message()).isEqualTo("Hi back");
		assertThat(thread.prevPostId()).isEqualTo("post0");
		assertThat(thread.hasNext()).isTrue();
	}

	@Test
	void getSendsPostIdAndReturnsPost() {
		this.server.respond("GetPost", GetPostResponse.newBuilder().setPost(HELLO).build());
		assertThat(posts().get("post1").message()).isEqualTo("Hello");
		assertThat(this.server.request("GetPost", GetPostRequest.class).getPostId()).isEqualTo("post1");
	}

	@Test
	void getSinceSendsChannelAndTime() {
		posts().getSince("chan1", 1700000000000L);
		assertThat(this.server.request("GetPostsSince", GetPostsSinceRequest.class))
			.isEqualTo(GetPostsSinceRequest.newBuilder().setChannelId("chan1").setTime(1700000000000L).build());
	}

	@Test
	void getAfterSendsEveryArgument() {
		this.server.respond("GetPostsAfter", GetPostsAfterResponse.newBuilder().setPostList(THREAD).build());
		assertThat(posts().getAfter("chan1", "post0", 1, 30).order()).hasSize(2);
		assertThat(this.server.request("GetPostsAfter", GetPostsAfterRequest.class)).isEqualTo(GetPostsAfterRequest
			.newBuilder()
			.setChannelId("chan1")
			.setPostId("post0")
			.setPage(1)
			.setPerPage(30)
			.build());
	}

	@Test
	void getBeforeSendsEveryArgument() {
		posts().getBefore("chan1", "post9", 2, 40);
		assertThat(this.server.request("GetPostsBefore", GetPostsBeforeRequest.class)).isEqualTo(GetPostsBeforeRequest
			.newBuilder()
			.setChannelId("chan1")
			.setPostId("post9")
			.setPage(2)
			.setPerPage(40)
			.build());
	}

	@Test
	void getForChannelSendsPaging() {
		this.server.respond("GetPostsForChannel", GetPostsForChannelResponse.newBuilder().setPostList(THREAD).build());
		assertThat(posts().getForChannel("chan1", 0, 60).posts()).hasSize(2);
		assertThat(this.server.request("GetPostsForChannel", GetPostsForChannelRequest.class))
			.isEqualTo(GetPostsForChannelRequest.newBuilder().setChannelId("chan1").setPage(0).setPerPage(60).build());
	}

	@Test
	void streamForChannelReturnsPostsInPageOrderAcrossPages() {
		this.server.respond("GetPostsForChannel", (GetPostsForChannelRequest request) -> {
			int count = (request.getPage() == 0) ? request.getPerPage() : 2;
			dev.mattermost.spring.protocol.v1.PostList.Builder page = dev.mattermost.spring.protocol.v1.PostList
				.newBuilder();
			for (int i = 0; i < count; i++) {
				String id = "p" + request.getPage() + "-" + i;
				page.addOrder(id).putPosts(id, HELLO.toBuilder().setId(id).build());
			}
			return GetPostsForChannelResponse.newBuilder().setPostList(page).build();
		});
		List<Post> all = posts().streamForChannel("chan1").toList();
		assertThat(all).hasSize(202);
		assertThat(all.get(0).id()).isEqualTo("p0-0");
		assertThat(all.get(201).id()).isEqualTo("p1-1");
		assertThat(this.server.requests("GetPostsForChannel", GetPostsForChannelRequest.class))
			.extracting(GetPostsForChannelRequest::getPage)
			.containsExactly(0, 1);
	}

	@Test
	void listingsReadMissingPostListAsEmpty() {
		assertThat(posts().getThread("post1").posts()).isEmpty();
		assertThat(posts().getSince("chan1", 0).order()).isEmpty();
		assertThat(posts().getAfter("chan1", "post1", 0, 10).order()).isEmpty();
		assertThat(posts().getBefore("chan1", "post1", 0, 10).order()).isEmpty();
		assertThat(posts().getForChannel("chan1", 0, 10).order()).isEmpty();
		assertThat(posts().getReactions("post1")).isEmpty();
		assertThat(posts().searchInTeam("team1", List.of(PostSearchParams.terms("x")))).isEmpty();
		assertThat(posts().searchInTeamForUser("team1", "user1", PostSearchOptions.terms("x")).orderedPosts()).isEmpty();
	}

	@Test
	void updateSendsPostAndReturnsUpdatedOne() {
		Post edited = PostConverter.toModel(HELLO).withMessage("Hello, edited");
		this.server.respond("UpdatePost",
				UpdatePostResponse.newBuilder().setPost(HELLO.toBuilder().setMessage("Hello, edited")).build());
		assertThat(posts().update(edited).message()).isEqualTo("Hello, edited");
		assertThat(this.server.request("UpdatePost", UpdatePostRequest.class).getPost())
			.isEqualTo(PostConverter.toProto(edited));
	}

	@Test
	void searchInTeamSendsEveryCriterion() {
		this.server.respond("SearchPostsInTeam", SearchPostsInTeamResponse.newBuilder().addPosts(HELLO).build());
		PostSearchParams params = new PostSearchParams("release notes", true, -3600, 1, 25, true, List.of("town-square"),
				List.of("off-topic"), List.of("alice"), List.of("bob"), List.of("2024-01-01"), List.of("2024-02-01"),
				List.of("2024-01-15"), List.of("pdf", "md"));
		List<Post> found = posts().searchInTeam("team1", List.of(params, PostSearchParams.terms("changelog")));
		assertThat(this.server.request("SearchPostsInTeam", SearchPostsInTeamRequest.class))
			.isEqualTo(SearchPostsInTeamRequest.newBuilder()
				.setTeamId("team1")
				.addParamsList(SearchParams.newBuilder()
					.setTerms("release notes")
					.setIsOrSearch(true)
					.setTimeZoneOffset(-3600)
					.setPage(1)
					.setPerPage(25)
					.setIncludeDeletedChannels(true)
					.addInChannels("town-square")
					.addExcludedChannels("off-topic")
					.addFromUsers("alice")
					.addExcludedUsers("bob")
					.addExcludedBeforeDate("2024-01-01")
					.addExcludedAfterDate("2024-02-01")
					.addExcludedDates("2024-01-15")
					.addExtensions("pdf")
					.addExtensions("md"))
				.addParamsList(SearchParams.newBuilder().setTerms("changelog"))
				.build());
		assertThat(found).extracting(Post::id).containsExactly("post1");
	}

	@Test
	void searchInTeamForUserSendsOptionsAndReturnsRankedResultsWithMatches() {
		this.server.respond("SearchPostsInTeamForUser",
				SearchPostsInTeamForUserResponse.newBuilder()
					.setResults(dev.mattermost.spring.protocol.v1.PostSearchResults.newBuilder()
						.addOrder("post2")
						.addOrder("post1")
						.putPosts("post1", HELLO)
						.putPosts("post2", REPLY)
						.putMatches("post2", StringList.newBuilder().addValues("Hi").addValues("back").build()))
					.build());
		PostSearchResults results = posts().searchInTeamForUser("team1", "user1",
				new PostSearchOptions("from:alice hi", true, 7200, 3, 15, true));
		assertThat(this.server.request("SearchPostsInTeamForUser", SearchPostsInTeamForUserRequest.class))
			.isEqualTo(SearchPostsInTeamForUserRequest.newBuilder()
				.setTeamId("team1")
				.setUserId("user1")
				.setSearchParams(SearchParameter.newBuilder()
					.setTerms("from:alice hi")
					.setIsOrSearch(true)
					.setTimeZoneOffset(7200)
					.setPage(3)
					.setPerPage(15)
					.setIncludeDeletedChannels(true))
				.build());
		assertThat(results.orderedPosts()).extracting(Post::id).containsExactly("post2", "post1");
		assertThat(results.matches()).containsExactly(Map.entry("post2", List.of("Hi", "back")));
	}

	@Test
	void searchOptionsForTermsAskForAFullFirstPage() {
		posts().searchInTeamForUser("team1", "user1", PostSearchOptions.terms("hello"));
		SearchParameter sent = this.server.request("SearchPostsInTeamForUser", SearchPostsInTeamForUserRequest.class)
			.getSearchParams();
		assertThat(sent.getPage()).isZero();
		assertThat(sent.getPerPage()).isEqualTo(PostSearchOptions.DEFAULT_PER_PAGE);
	}

	@Test
	void createAnsweredWithoutPostFailsNamingTheRpc() {
		assertThatExceptionOfType(PluginApiException.class).isThrownBy(() -> posts().create(Post.of("chan1", "x")))
			.isNotInstanceOf(NotFoundException.class)
			.satisfies((ex) -> assertThat(ex.getMethod()).isEqualTo("CreatePost"));
	}

	@Test
	void lookupAnsweredWithoutPostThrowsNotFound() {
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> posts().get("post1"))
			.satisfies((ex) -> assertThat(ex.getMethod()).isEqualTo("GetPost"))
			.withMessageContaining("post post1");
	}

	static Stream<ArgumentSet> calls() {
		Post post = PostConverter.toModel(HELLO);
		Reaction reaction = Reaction.of("user1", "post1", "thumbsup");
		return Stream.<ArgumentSet>of(
				RpcErrors.<PostApi>call("CreatePost", (api) -> api.create(post)),
				RpcErrors.<PostApi>call("AddReaction", (api) -> api.addReaction(reaction)),
				RpcErrors.<PostApi>call("RemoveReaction", (api) -> api.removeReaction(reaction)),
				RpcErrors.<PostApi>call("GetReactions", (api) -> api.getReactions("post1")),
				RpcErrors.<PostApi>call("SendEphemeralPost", (api) -> api.sendEphemeral("user1", post)),
				RpcErrors.<PostApi>call("UpdateEphemeralPost", (api) -> api.updateEphemeral("user1", post)),
				RpcErrors.<PostApi>call("DeleteEphemeralPost", (api) -> api.deleteEphemeral("user1", "post1")),
				RpcErrors.<PostApi>call("DeletePost", (api) -> api.delete("post1")),
				RpcErrors.<PostApi>call("GetPostThread", (api) -> api.getThread("post1")),
				RpcErrors.<PostApi>call("GetPost", (api) -> api.get("post1")),
				RpcErrors.<PostApi>call("GetPostsSince", (api) -> api.getSince("chan1", 0)),
				RpcErrors.<PostApi>call("GetPostsAfter", (api) -> api.getAfter("chan1", "post1", 0, 10)),
				RpcErrors.<PostApi>call("GetPostsBefore", (api) -> api.getBefore("chan1", "post1", 0, 10)),
				RpcErrors.<PostApi>call("GetPostsForChannel", (api) -> api.getForChannel("chan1", 0, 10)),
				RpcErrors.<PostApi>call("UpdatePost", (api) -> api.update(post)),
				RpcErrors.<PostApi>call("SearchPostsInTeam",
						(api) -> api.searchInTeam("team1", List.of(PostSearchParams.terms("hello")))),
				RpcErrors.<PostApi>call("SearchPostsInTeamForUser",
						(api) -> api.searchInTeamForUser("team1", "user1", PostSearchOptions.terms("hello"))));
	}

	@Test
	void coversEveryPostAndReactionRpc() {
		assertThat(RpcErrors.rpcs(calls())).doesNotHaveDuplicates().hasSize(17);
	}

	@ParameterizedTest
	@MethodSource("calls")
	void mapsAppErrorInResponseToException(String rpc, Consumer<PostApi> call) {
		RpcErrors.assertAppErrorMapped(this.server, rpc, () -> call.accept(posts()));
	}

	@ParameterizedTest
	@MethodSource("calls")
	void mapsErrorStatusToException(String rpc, Consumer<PostApi> call) {
		RpcErrors.assertStatusMapped(this.server, rpc, () -> call.accept(posts()));
	}

}
