package dev.mattermost.spring.convert;

import java.util.List;
import java.util.Map;

import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import org.junit.jupiter.api.Test;

import dev.mattermost.spring.model.Post;
import dev.mattermost.spring.model.PostAcknowledgement;
import dev.mattermost.spring.model.PostEmbed;
import dev.mattermost.spring.model.PostImage;
import dev.mattermost.spring.model.PostList;
import dev.mattermost.spring.model.PostMetadata;
import dev.mattermost.spring.model.PostPriority;
import dev.mattermost.spring.model.Reaction;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link PostConverter}.
 */
class PostConverterTests {

	@Test
	void roundTripsReactionWithEveryFieldSet() {
		var proto = ProtoFixtures.reaction();
		assertThat(proto.getAllFields()).hasSameSizeAs(proto.getDescriptorForType().getFields());
		assertThat(PostConverter.toProto(PostConverter.toModel(proto))).isEqualTo(proto);
	}

	@Test
	void roundTripsReactionWithNothingSet() {
		var empty = dev.mattermost.spring.protocol.v1.Reaction.getDefaultInstance();
		Reaction model = PostConverter.toModel(empty);
		assertThat(model.userId()).isEmpty();
		assertThat(model.postId()).isEmpty();
		assertThat(model.emojiName()).isEmpty();
		assertThat(model.remoteId()).isNull();
		assertThat(model.channelId()).isNull();
		assertThat(PostConverter.toProto(model)).isEqualTo(empty);
	}

	@Test
	void convertsNullReactionToDefaultInstance() {
		assertThat(PostConverter.toProto((Reaction) null))
			.isEqualTo(dev.mattermost.spring.protocol.v1.Reaction.getDefaultInstance());
	}

	@Test
	void roundTripsPostEmbedWithEveryFieldSet() {
		var proto = ProtoFixtures.postEmbed();
		assertThat(proto.getAllFields()).hasSameSizeAs(proto.getDescriptorForType().getFields());
		assertThat(PostConverter.toProto(PostConverter.toModel(proto))).isEqualTo(proto);
	}

	@Test
	void roundTripsPostEmbedWithNothingSet() {
		var empty = dev.mattermost.spring.protocol.v1.PostEmbed.getDefaultInstance();
		PostEmbed model = PostConverter.toModel(empty);
		assertThat(model.type()).isEmpty();
		assertThat(model.url()).isEmpty();
		assertThat(model.data()).isEmpty();
		assertThat(PostConverter.toProto(model)).isEqualTo(empty);
	}

	@Test
	void convertsNullPostEmbedToDefaultInstance() {
		assertThat(PostConverter.toProto((PostEmbed) null))
			.isEqualTo(dev.mattermost.spring.protocol.v1.PostEmbed.getDefaultInstance());
	}

	@Test
	void roundTripsPostImageWithEveryFieldSet() {
		var proto = ProtoFixtures.postImage();
		assertThat(proto.getAllFields()).hasSameSizeAs(proto.getDescriptorForType().getFields());
		assertThat(PostConverter.toProto(PostConverter.toModel(proto))).isEqualTo(proto);
	}

	@Test
	void roundTripsPostImageWithNothingSet() {
		var empty = dev.mattermost.spring.protocol.v1.PostImage.getDefaultInstance();
		PostImage model = PostConverter.toModel(empty);
		assertThat(model.format()).isEmpty();
		assertThat(PostConverter.toProto(model)).isEqualTo(empty);
	}

	@Test
	void convertsNullPostImageToDefaultInstance() {
		assertThat(PostConverter.toProto((PostImage) null))
			.isEqualTo(dev.mattermost.spring.protocol.v1.PostImage.getDefaultInstance());
	}

	@Test
	void roundTripsPostPriorityWithEveryFieldSet() {
		var proto = ProtoFixtures.postPriority();
		assertThat(proto.getAllFields()).hasSameSizeAs(proto.getDescriptorForType().getFields());
		assertThat(PostConverter.toProto(PostConverter.toModel(proto))).isEqualTo(proto);
	}

	@Test
	void roundTripsPostPriorityWithNothingSet() {
		var empty = dev.mattermost.spring.protocol.v1.PostPriority.getDefaultInstance();
		PostPriority model = PostConverter.toModel(empty);
		assertThat(model.priority()).isNull();
		assertThat(model.requestedAck()).isNull();
		assertThat(model.persistentNotifications()).isNull();
		assertThat(PostConverter.toProto(model)).isEqualTo(empty);
	}

	@Test
	void convertsNullPostPriorityToDefaultInstance() {
		assertThat(PostConverter.toProto((PostPriority) null))
			.isEqualTo(dev.mattermost.spring.protocol.v1.PostPriority.getDefaultInstance());
	}

	@Test
	void roundTripsPostAcknowledgementWithEveryFieldSet() {
		var proto = ProtoFixtures.postAcknowledgement();
		assertThat(proto.getAllFields()).hasSameSizeAs(proto.getDescriptorForType().getFields());
		assertThat(PostConverter.toProto(PostConverter.toModel(proto))).isEqualTo(proto);
	}

	@Test
	void roundTripsPostAcknowledgementWithNothingSet() {
		var empty = dev.mattermost.spring.protocol.v1.PostAcknowledgement.getDefaultInstance();
		PostAcknowledgement model = PostConverter.toModel(empty);
		assertThat(model.userId()).isEmpty();
		assertThat(model.postId()).isEmpty();
		assertThat(PostConverter.toProto(model)).isEqualTo(empty);
	}

	@Test
	void convertsNullPostAcknowledgementToDefaultInstance() {
		assertThat(PostConverter.toProto((PostAcknowledgement) null))
			.isEqualTo(dev.mattermost.spring.protocol.v1.PostAcknowledgement.getDefaultInstance());
	}

	@Test
	void roundTripsPostMetadataWithEveryFieldSet() {
		var proto = ProtoFixtures.postMetadata();
		assertThat(proto.getAllFields()).hasSameSizeAs(proto.getDescriptorForType().getFields());
		assertThat(PostConverter.toProto(PostConverter.toModel(proto))).isEqualTo(proto);
	}

	@Test
	void roundTripsPostMetadataWithNothingSet() {
		var empty = dev.mattermost.spring.protocol.v1.PostMetadata.getDefaultInstance();
		PostMetadata model = PostConverter.toModel(empty);
		assertThat(model.embeds()).isEmpty();
		assertThat(model.reactions()).isEmpty();
		assertThat(model.files()).isEmpty();
		assertThat(model.images()).isEmpty();
		assertThat(model.priority()).isNull();
		assertThat(model.acknowledgements()).isEmpty();
		assertThat(PostConverter.toProto(model)).isEqualTo(empty);
	}

	@Test
	void convertsNullPostMetadataToDefaultInstance() {
		assertThat(PostConverter.toProto((PostMetadata) null))
			.isEqualTo(dev.mattermost.spring.protocol.v1.PostMetadata.getDefaultInstance());
	}

	@Test
	void roundTripsPostWithEveryFieldSet() {
		var proto = ProtoFixtures.post();
		assertThat(proto.getAllFields()).hasSameSizeAs(proto.getDescriptorForType().getFields());
		assertThat(PostConverter.toProto(PostConverter.toModel(proto))).isEqualTo(proto);
	}

	@Test
	void roundTripsPostWithNothingSet() {
		var empty = dev.mattermost.spring.protocol.v1.Post.getDefaultInstance();
		Post model = PostConverter.toModel(empty);
		assertThat(model.id()).isEmpty();
		assertThat(model.userId()).isEmpty();
		assertThat(model.channelId()).isEmpty();
		assertThat(model.rootId()).isEmpty();
		assertThat(model.originalId()).isEmpty();
		assertThat(model.message()).isEmpty();
		assertThat(model.messageSource()).isEmpty();
		assertThat(model.type()).isEmpty();
		assertThat(model.props()).isEmpty();
		assertThat(model.hashtags()).isEmpty();
		assertThat(model.fileIds()).isEmpty();
		assertThat(model.pendingPostId()).isEmpty();
		assertThat(model.remoteId()).isNull();
		assertThat(model.participants()).isEmpty();
		assertThat(model.isFollowing()).isNull();
		assertThat(model.metadata()).isNull();
		assertThat(PostConverter.toProto(model)).isEqualTo(empty);
	}

	@Test
	void convertsNullPostToDefaultInstance() {
		assertThat(PostConverter.toProto((Post) null))
			.isEqualTo(dev.mattermost.spring.protocol.v1.Post.getDefaultInstance());
	}

	@Test
	void roundTripsPostListWithEveryFieldSet() {
		var proto = ProtoFixtures.postList();
		assertThat(proto.getAllFields()).hasSameSizeAs(proto.getDescriptorForType().getFields());
		assertThat(PostConverter.toProto(PostConverter.toModel(proto))).isEqualTo(proto);
	}

	@Test
	void roundTripsPostListWithNothingSet() {
		var empty = dev.mattermost.spring.protocol.v1.PostList.getDefaultInstance();
		PostList model = PostConverter.toModel(empty);
		assertThat(model.order()).isEmpty();
		assertThat(model.posts()).isEmpty();
		assertThat(model.nextPostId()).isEmpty();
		assertThat(model.prevPostId()).isEmpty();
		assertThat(PostConverter.toProto(model)).isEqualTo(empty);
	}

	@Test
	void convertsNullPostListToDefaultInstance() {
		assertThat(PostConverter.toProto((PostList) null))
			.isEqualTo(dev.mattermost.spring.protocol.v1.PostList.getDefaultInstance());
	}

	@Test
	void readsPostPropsWithWholeNumbersAsLongs() {
		Post post = PostConverter.toModel(ProtoFixtures.post());
		assertThat(post.props()).containsEntry("count", 3L).containsEntry("ratio", 0.5);
		assertThat(post.props().get("nested")).isEqualTo(Map.of("list", List.of("a", 1L, Map.of("deep", false))));
	}

	@Test
	void writesPostMadeByPluginWithOnlyTheFieldsItSet() {
		Post post = Post.of("channel-1", "hello").withRootId("root-1").withProps(Map.of("from_plugin", true));
		var expected = dev.mattermost.spring.protocol.v1.Post.newBuilder()
			.setChannelId("channel-1")
			.setMessage("hello")
			.setRootId("root-1")
			.setProps(Struct.newBuilder().putFields("from_plugin", Value.newBuilder().setBoolValue(true).build()))
			.build();
		assertThat(PostConverter.toProto(post)).isEqualTo(expected);
	}

	@Test
	void leavesPostPropsUnsetWhenEmpty() {
		assertThat(PostConverter.toProto(Post.of("channel-1", "hello")).hasProps()).isFalse();
	}

	@Test
	void readsPostParticipantsAndMetadata() {
		Post post = PostConverter.toModel(ProtoFixtures.post());
		assertThat(post.participants()).hasSize(2);
		assertThat(post.participants().get(0).username()).isEqualTo("username-user");
		assertThat(post.isFollowing()).isFalse();
		PostMetadata metadata = post.metadata();
		assertThat(metadata).isNotNull();
		assertThat(metadata.images()).containsOnlyKeys("first", "second");
		assertThat(metadata.priority()).isEqualTo(new PostPriority("priority-postPriority", false, false));
		assertThat(metadata.reactions().get(0).emojiName()).isEqualTo("emojiName-reaction");
	}

	@Test
	void keepsPostListOrderAndPostsById() {
		PostList list = PostConverter.toModel(ProtoFixtures.postList());
		assertThat(list.order()).containsExactly("order-1", "order-2");
		assertThat(list.posts()).containsOnlyKeys("first", "second");
		assertThat(list.posts().get("first").message()).isEqualTo("message-post");
	}

	@Test
	void createsReactionWithUserPostAndEmoji() {
		var expected = dev.mattermost.spring.protocol.v1.Reaction.newBuilder()
			.setUserId("user-1")
			.setPostId("post-1")
			.setEmojiName("thumbsup")
			.build();
		assertThat(PostConverter.toProto(Reaction.of("user-1", "post-1", "thumbsup"))).isEqualTo(expected);
	}

}
