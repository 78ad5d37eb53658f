package dev.mattermost.spring.test.mattermost;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.google.protobuf.ByteString;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.mattermost.spring.model.Channel;
import dev.mattermost.spring.model.User;
import dev.mattermost.spring.protocol.v1.AddReactionRequest;
import dev.mattermost.spring.protocol.v1.Bot;
import dev.mattermost.spring.protocol.v1.CreatePostRequest;
import dev.mattermost.spring.protocol.v1.CreatePostResponse;
import dev.mattermost.spring.protocol.v1.DeleteEphemeralPostRequest;
import dev.mattermost.spring.protocol.v1.DeletePostRequest;
import dev.mattermost.spring.protocol.v1.EnsureBotUserRequest;
import dev.mattermost.spring.protocol.v1.FileInfo;
import dev.mattermost.spring.protocol.v1.GetFileInfoRequest;
import dev.mattermost.spring.protocol.v1.GetFileInfoResponse;
import dev.mattermost.spring.protocol.v1.GetFileRequest;
import dev.mattermost.spring.protocol.v1.GetPostRequest;
import dev.mattermost.spring.protocol.v1.GetPostResponse;
import dev.mattermost.spring.protocol.v1.GetPostThreadRequest;
import dev.mattermost.spring.protocol.v1.GetPostsForChannelRequest;
import dev.mattermost.spring.protocol.v1.GetReactionsRequest;
import dev.mattermost.spring.protocol.v1.Post;
import dev.mattermost.spring.protocol.v1.PostList;
import dev.mattermost.spring.protocol.v1.Reaction;
import dev.mattermost.spring.protocol.v1.ReadFileRequest;
import dev.mattermost.spring.protocol.v1.ReadFileResponse;
import dev.mattermost.spring.protocol.v1.SendEphemeralPostRequest;
import dev.mattermost.spring.protocol.v1.UpdatePostRequest;
import dev.mattermost.spring.protocol.v1.UploadFileRequest;
import dev.mattermost.spring.protocol.v1.UploadFileResponse;

import static org.assertj.core.api.Assertions.assertThat;

class PostAndFileApiTests extends PluginApiTestSupport {

	private User alice;

	private Channel alerts;

	@BeforeEach
	void seed() {
		var team = this.mattermost.createTeam("dev");
		this.alerts = this.mattermost.createChannel(team.id(), "alerts");
		this.alice = this.mattermost.createUser("alice");
		this.mattermost.addToChannel(this.alerts.id(), this.alice.id());
	}

	@Test
	void createPostFillsIdAndTimestampsAndStoresThePost() {
		Post post = create(Post.newBuilder().setMessage("hello"));

		assertThat(post.getId()).hasSize(26).matches("[a-z0-9]+");
		assertThat(post.getCreateAt()).isPositive().isEqualTo(post.getUpdateAt());
		assertThat(post.getEditAt()).isZero();
		assertThat(this.mattermost.posts(this.alerts.id())).singleElement()
			.satisfies(stored -> {
				assertThat(stored.id()).isEqualTo(post.getId());
				assertThat(stored.message()).isEqualTo("hello");
				assertThat(stored.userId()).isEqualTo(this.alice.id());
			});
	}

	@Test
	void postingToAMissingChannelIsAnAppErrorInsideAnOkResponse() {
		CreatePostResponse response = this.api.createPost(CreatePostRequest.newBuilder()
			.setPost(Post.newBuilder().setChannelId("missing").setUserId(this.alice.id()).setMessage("x"))
			.build());

		assertThat(response.hasPost()).isFalse();
		assertThat(response.getError().getId()).isEqualTo("app.channel.get.existing.app_error");
		assertThat(response.getError().getStatusCode()).isEqualTo(404);
		assertThat(response.getError().getWhere()).isEqualTo("CreatePostMissingChannel");
	}

	@Test
	void listenersHearPostsThePluginCreatesButNotSeededOnes() throws InterruptedException {
		List<dev.mattermost.spring.model.Post> heard = new CopyOnWriteArrayList<>();
		CountDownLatch done = new CountDownLatch(1);
		this.mattermost.addListener(new PluginActivityListener() {

			@Override
			public void pluginCreatedPost(dev.mattermost.spring.model.Post post) {
				heard.add(post);
				done.countDown();
			}

		});

		this.mattermost.createPost(this.alerts.id(), this.alice.id(), "seeded", "", Map.of());
		Post post = create(Post.newBuilder().setMessage("from the plugin"));

		assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
		assertThat(heard).extracting(dev.mattermost.spring.model.Post::id).containsExactly(post.getId());
	}

	@Test
	void unknownPostTypesAndPresetIdsAreRejected() {
		assertThat(this.api.createPost(CreatePostRequest.newBuilder().setPost(Post.newBuilder()
			.setChannelId(this.alerts.id()).setUserId(this.alice.id()).setType("fancy")).build()).getError().getId())
			.isEqualTo("model.post.is_valid.type.app_error");
		assertThat(this.api.createPost(CreatePostRequest.newBuilder().setPost(Post.newBuilder()
			.setChannelId(this.alerts.id()).setUserId(this.alice.id()).setType("custom_poll")).build()).hasError())
			.isFalse();
		assertThat(this.api.createPost(CreatePostRequest.newBuilder().setPost(Post.newBuilder().setId("preset")
			.setChannelId(this.alerts.id()).setUserId(this.alice.id())).build()).getError().getId())
			.isEqualTo("store.sql_post.save.existing.app_error");
	}

	@Test
	void replyToARootInAnotherChannelIsRejected() {
		var other = this.mattermost.createChannel(this.alerts.teamId(), "other");
		Post root = create(Post.newBuilder().setMessage("root"));

		CreatePostResponse response = this.api.createPost(CreatePostRequest.newBuilder()
			.setPost(Post.newBuilder().setChannelId(other.id()).setUserId(this.alice.id()).setRootId(root.getId())
				.setMessage("reply"))
			.build());

		assertThat(response.getError().getId()).isEqualTo("api.post.create_post.root_id.app_error");
	}

	@Test
	void postsByBotsAreMarkedFromBot() {
		String botId = this.api.ensureBotUser(EnsureBotUserRequest.newBuilder()
			.setBot(Bot.newBuilder().setUsername("helper").setDisplayName("Helper")).build()).getBotUserId();

		Post post = this.api.createPost(CreatePostRequest.newBuilder()
			.setPost(Post.newBuilder().setChannelId(this.alerts.id()).setUserId(botId).setMessage("beep")).build())
			.getPost();

		assertThat(post.getProps().getFieldsMap().get("from_bot").getStringValue()).isEqualTo("true");
	}

	@Test
	void threadHoldsTheRootAndItsRepliesNewestFirst() {
		Post root = create(Post.newBuilder().setMessage("root"));
		Post reply1 = create(Post.newBuilder().setRootId(root.getId()).setMessage("one"));
		Post reply2 = create(Post.newBuilder().setRootId(root.getId()).setMessage("two"));
		create(Post.newBuilder().setMessage("unrelated"));

		PostList thread = this.api.getPostThread(GetPostThreadRequest.newBuilder().setPostId(reply1.getId()).build())
			.getPostList();

		assertThat(thread.getOrderList()).containsExactly(reply2.getId(), reply1.getId(), root.getId());
		assertThat(thread.getPostsMap()).containsOnlyKeys(root.getId(), reply1.getId(), reply2.getId());
		assertThat(getPost(root.getId()).getPost().getReplyCount()).isEqualTo(2);
	}

	@Test
	void channelPostsPageNewestFirst() {
		Post first = create(Post.newBuilder().setMessage("1"));
		Post second = create(Post.newBuilder().setMessage("2"));
		Post third = create(Post.newBuilder().setMessage("3"));

		PostList page0 = this.api.getPostsForChannel(GetPostsForChannelRequest.newBuilder()
			.setChannelId(this.alerts.id()).setPage(0).setPerPage(2).build()).getPostList();
		PostList page1 = this.api.getPostsForChannel(GetPostsForChannelRequest.newBuilder()
			.setChannelId(this.alerts.id()).setPage(1).setPerPage(2).build()).getPostList();

		assertThat(page0.getOrderList()).containsExactly(third.getId(), second.getId());
		assertThat(page1.getOrderList()).containsExactly(first.getId());
	}

	@Test
	void updatePostSetsEditAtWhenTheMessageChanges() {
		Post post = create(Post.newBuilder().setMessage("before"));

		Post updated = this.api.updatePost(UpdatePostRequest.newBuilder()
			.setPost(post.toBuilder().setMessage("after")).build()).getPost();

		assertThat(updated.getMessage()).isEqualTo("after");
		assertThat(updated.getEditAt()).isGreaterThan(post.getCreateAt());
		assertThat(this.mattermost.posts(this.alerts.id())).extracting(dev.mattermost.spring.model.Post::message)
			.containsExactly("after");
	}

	@Test
	void updatingAMissingPostIsAnAppErrorInTheResponse() {
		assertThat(this.api.updatePost(UpdatePostRequest.newBuilder()
			.setPost(Post.newBuilder().setId("missing").setMessage("x")).build()).getError().getId())
			.isEqualTo("api.post.update_post.find.app_error");
	}

	@Test
	void deletedPostIsGoneForGetPost() {
		Post post = create(Post.newBuilder().setMessage("bye"));

		this.api.deletePost(DeletePostRequest.newBuilder().setPostId(post.getId()).build());
		GetPostResponse response = getPost(post.getId());

		assertThat(response.getError().getId()).isEqualTo("app.post.get.app_error");
		assertThat(response.getError().getStatusCode()).isEqualTo(404);
		assertThat(this.mattermost.posts(this.alerts.id())).isEmpty();
		assertThat(this.mattermost.post(post.getId())).hasValueSatisfying(p -> assertThat(p.deleteAt()).isPositive());
	}

	@Test
	void ephemeralPostsAreRecordedPerUserAndCanBeDeleted() {
		var bob = this.mattermost.createUser("bob");

		Post sent = this.api.sendEphemeralPost(SendEphemeralPostRequest.newBuilder().setUserId(this.alice.id())
			.setPost(Post.newBuilder().setChannelId(this.alerts.id()).setMessage("only you")).build()).getPost();

		assertThat(sent.getId()).hasSize(26);
		assertThat(sent.getType()).isEqualTo("system_ephemeral");
		assertThat(sent.getCreateAt()).isPositive();
		assertThat(this.mattermost.ephemeralPosts(this.alice.id())).extracting(dev.mattermost.spring.model.Post::message)
			.containsExactly("only you");
		assertThat(this.mattermost.ephemeralPosts(bob.id())).isEmpty();
		assertThat(this.mattermost.posts(this.alerts.id())).isEmpty();

		this.api.deleteEphemeralPost(DeleteEphemeralPostRequest.newBuilder()
			.setUserId(this.alice.id()).setPostId(sent.getId()).build());
		assertThat(this.mattermost.ephemeralPosts(this.alice.id())).isEmpty();
	}

	@Test
	void reactionsAttachToThePostAndFlagIt() {
		Post post = create(Post.newBuilder().setMessage("nice"));

		this.api.addReaction(AddReactionRequest.newBuilder().setReaction(Reaction.newBuilder()
			.setPostId(post.getId()).setUserId(this.alice.id()).setEmojiName("+1")).build());

		assertThat(this.api.getReactions(GetReactionsRequest.newBuilder().setPostId(post.getId()).build())
			.getReactionsList()).extracting(Reaction::getEmojiName).containsExactly("+1");
		assertThat(getPost(post.getId()).getPost().getHasReactions()).isTrue();
	}

	@Test
	void uploadedFileCanBeReadByIdAndByPath() {
		UploadFileResponse upload = this.api.uploadFile(UploadFileRequest.newBuilder()
			.setData(ByteString.copyFrom("a,b\n1,2\n", StandardCharsets.UTF_8))
			.setChannelId(this.alerts.id())
			.setFilename("report.CSV")
			.build());
		FileInfo info = upload.getFileInfo();

		assertThat(info.getId()).hasSize(26);
		assertThat(info.getName()).isEqualTo("report.CSV");
		assertThat(info.getExtension()).isEqualTo("csv");
		assertThat(info.getSize()).isEqualTo(8);
		assertThat(info.getCreatorId()).isEqualTo("nouser");
		assertThat(this.api.getFileInfo(GetFileInfoRequest.newBuilder().setFileId(info.getId()).build())
			.getFileInfo()).isEqualTo(info);
		assertThat(this.api.getFile(GetFileRequest.newBuilder().setFileId(info.getId()).build()).getData()
			.toStringUtf8()).isEqualTo("a,b\n1,2\n");
		assertThat(this.mattermost.fileContent(info.getId())).isPresent();
	}

	@Test
	void fileErrorsTravelInsideOkResponses() {
		UploadFileResponse upload = this.api.uploadFile(UploadFileRequest.newBuilder()
			.setData(ByteString.copyFromUtf8("x")).setChannelId("missing").setFilename("x.txt").build());
		GetFileInfoResponse info = this.api.getFileInfo(GetFileInfoRequest.newBuilder().setFileId("missing").build());
		ReadFileResponse read = this.api.readFile(ReadFileRequest.newBuilder().setPath("data/nothing").build());

		assertThat(upload.getError().getId()).isEqualTo("api.file.upload_file.incorrect_channelId.app_error");
		assertThat(info.getError().getId()).isEqualTo("app.file_info.get.app_error");
		assertThat(info.getError().getStatusCode()).isEqualTo(404);
		assertThat(read.getError().getId()).isEqualTo("api.file.read_file.app_error");
	}

	@Test
	void seededPostsCarryTheirProps() {
		var post = this.mattermost.createPost(this.alerts.id(), this.alice.id(), "hi", "",
				Map.of("count", 3, "tag", "x"));

		assertThat(post.props()).containsEntry("count", 3L).containsEntry("tag", "x");
	}

	private Post create(Post.Builder post) {
		CreatePostResponse response = this.api.createPost(CreatePostRequest.newBuilder()
			.setPost(post.setChannelId(this.alerts.id()).setUserId(this.alice.id()))
			.build());
		assertThat(response.hasError()).isFalse();
		return response.getPost();
	}

	private GetPostResponse getPost(String id) {
		return this.api.getPost(GetPostRequest.newBuilder().setPostId(id).build());
	}

}
