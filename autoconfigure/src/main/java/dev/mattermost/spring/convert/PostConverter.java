package dev.mattermost.spring.convert;

import org.jspecify.annotations.Nullable;

import dev.mattermost.spring.model.Post;
import dev.mattermost.spring.model.PostAcknowledgement;
import dev.mattermost.spring.model.PostEmbed;
import dev.mattermost.spring.model.PostImage;
import dev.mattermost.spring.model.PostList;
import dev.mattermost.spring.model.PostMetadata;
import dev.mattermost.spring.model.PostPriority;
import dev.mattermost.spring.model.Reaction;

/**
 * Converts posts, post lists, reactions and post metadata between their protobuf and model forms.
 */
public final class PostConverter {

	private PostConverter() {
	}

	/**
	 * Converts a protobuf reaction to its model form.
	 * @param reaction the protobuf reaction
	 * @return the model reaction
	 */
	public static Reaction toModel(dev.mattermost.spring.protocol.v1.Reaction reaction) {
		return new Reaction(
				reaction.getUserId(),
				reaction.getPostId(),
				reaction.getEmojiName(),
				reaction.getCreateAt(),
				reaction.getUpdateAt(),
				reaction.getDeleteAt(),
				reaction.hasRemoteId() ? reaction.getRemoteId() : null,
				reaction.hasChannelId() ? reaction.getChannelId() : null);
	}

	/**
	 * Converts a model reaction to its protobuf form; {@code null} becomes the default instance.
	 * @param reaction the model reaction, may be {@code null}
	 * @return the protobuf reaction
	 */
	public static dev.mattermost.spring.protocol.v1.Reaction toProto(@Nullable Reaction reaction) {
		if (reaction == null) {
			return dev.mattermost.spring.protocol.v1.Reaction.getDefaultInstance();
		}
		var builder = dev.mattermost.spring.protocol.v1.Reaction.newBuilder()
			.setUserId(reaction.userId())
			.setPostId(reaction.postId())
			.setEmojiName(reaction.emojiName())
			.setCreateAt(reaction.createAt())
			.setUpdateAt(reaction.updateAt())
			.setDeleteAt(reaction.deleteAt());
		String remoteId = reaction.remoteId();
		if (remoteId != null) {
			builder.setRemoteId(remoteId);
		}
		String channelId = reaction.channelId();
		if (channelId != null) {
			builder.setChannelId(channelId);
		}
		return builder.build();
	}

	/**
	 * Converts a protobuf post embed to its model form.
	 * @param embed the protobuf post embed
	 * @return the model post embed
	 */
	public static PostEmbed toModel(dev.mattermost.spring.protocol.v1.PostEmbed embed) {
		return new PostEmbed(
				embed.getType(),
				embed.getUrl(),
				StructConverter.toModel(embed.getData()));
	}

	/**
	 * Converts a model post embed to its protobuf form; {@code null} becomes the default instance.
	 * @param embed the model post embed, may be {@code null}
	 * @return the protobuf post embed
	 */
	public static dev.mattermost.spring.protocol.v1.PostEmbed toProto(@Nullable PostEmbed embed) {
		if (embed == null) {
			return dev.mattermost.spring.protocol.v1.PostEmbed.getDefaultInstance();
		}
		var builder = dev.mattermost.spring.protocol.v1.PostEmbed.newBuilder()
			.setType(embed.type())
			.setUrl(embed.url());
		if (!embed.data().isEmpty()) {
			builder.setData(StructConverter.toProto(embed.data()));
		}
		return builder.build();
	}

	/**
	 * Converts a protobuf post image to its model form.
	 * @param image the protobuf post image
	 * @return the model post image
	 */
	public static PostImage toModel(dev.mattermost.spring.protocol.v1.PostImage image) {
		return new PostImage(
				image.getWidth(),
				image.getHeight(),
				image.getFormat(),
				image.getFrameCount());
	}

	/**
	 * Converts a model post image to its protobuf form; {@code null} becomes the default instance.
	 * @param image the model post image, may be {@code null}
	 * @return the protobuf post image
	 */
	public static dev.mattermost.spring.protocol.v1.PostImage toProto(@Nullable PostImage image) {
		if (image == null) {
			return dev.mattermost.spring.protocol.v1.PostImage.getDefaultInstance();
		}
		return dev.mattermost.spring.protocol.v1.PostImage.newBuilder()
			.setWidth(image.width())
			.setHeight(image.height())
			.setFormat(image.format())
			.setFrameCount(image.frameCount())
			.build();
	}

	/**
	 * Converts a protobuf post priority to its model form.
	 * @param postPriority the protobuf post priority
	 * @return the model post priority
	 */
	public static PostPriority toModel(dev.mattermost.spring.protocol.v1.PostPriority postPriority) {
		return new PostPriority(
				postPriority.hasPriority() ? postPriority.getPriority() : null,
				postPriority.hasRequestedAck() ? postPriority.getRequestedAck() : null,
				postPriority.hasPersistentNotifications() ? postPriority.getPersistentNotifications() : null);
	}

	/**
	 * Converts a model post priority to its protobuf form; {@code null} becomes the default instance.
	 * @param postPriority the model post priority, may be {@code null}
	 * @return the protobuf post priority
	 */
	public static dev.mattermost.spring.protocol.v1.PostPriority toProto(@Nullable PostPriority postPriority) {
		if (postPriority == null) {
			return dev.mattermost.spring.protocol.v1.PostPriority.getDefaultInstance();
		}
		var builder = dev.mattermost.spring.protocol.v1.PostPriority.newBuilder();
		String priority = postPriority.priority();
		if (priority != null) {
			builder.setPriority(priority);
		}
		Boolean requestedAck = postPriority.requestedAck();
		if (requestedAck != null) {
			builder.setRequestedAck(requestedAck);
		}
		Boolean persistentNotifications = postPriority.persistentNotifications();
		if (persistentNotifications != null) {
			builder.setPersistentNotifications(persistentNotifications);
		}
		return builder.build();
	}

	/**
	 * Converts a protobuf post acknowledgement to its model form.
	 * @param acknowledgement the protobuf post acknowledgement
	 * @return the model post acknowledgement
	 */
	public static PostAcknowledgement toModel(dev.mattermost.spring.protocol.v1.PostAcknowledgement acknowledgement) {
		return new PostAcknowledgement(
				acknowledgement.getUserId(),
				acknowledgement.getPostId(),
				acknowledgement.getAcknowledgedAt());
	}

	/**
	 * Converts a model post acknowledgement to its protobuf form; {@code null} becomes the default instance.
	 * @param acknowledgement the model post acknowledgement, may be {@code null}
	 * @return the protobuf post acknowledgement
	 */
	public static dev.mattermost.spring.protocol.v1.PostAcknowledgement toProto(
			@Nullable PostAcknowledgement acknowledgement) {
		if (acknowledgement == null) {
			return dev.mattermost.spring.protocol.v1.PostAcknowledgement.getDefaultInstance();
		}
		return dev.mattermost.spring.protocol.v1.PostAcknowledgement.newBuilder()
			.setUserId(acknowledgement.userId())
			.setPostId(acknowledgement.postId())
			.setAcknowledgedAt(acknowledgement.acknowledgedAt())
			.build();
	}

	/**
	 * Converts a protobuf post metadata to its model form.
	 * @param metadata the protobuf post metadata
	 * @return the model post metadata
	 */
	public static PostMetadata toModel(dev.mattermost.spring.protocol.v1.PostMetadata metadata) {
		return new PostMetadata(
				Conversions.list(metadata.getEmbedsList(), PostConverter::toModel),
				Conversions.list(metadata.getReactionsList(), PostConverter::toModel),
				Conversions.list(metadata.getFilesList(), FileConverter::toModel),
				Conversions.mapValues(metadata.getImagesMap(), PostConverter::toModel),
				metadata.hasPriority() ? toModel(metadata.getPriority()) : null,
				Conversions.list(metadata.getAcknowledgementsList(), PostConverter::toModel));
	}

	/**
	 * Converts a model post metadata to its protobuf form; {@code null} becomes the default instance.
	 * @param metadata the model post metadata, may be {@code null}
	 * @return the protobuf post metadata
	 */
	public static dev.mattermost.spring.protocol.v1.PostMetadata toProto(@Nullable PostMetadata metadata) {
		if (metadata == null) {
			return dev.mattermost.spring.protocol.v1.PostMetadata.getDefaultInstance();
		}
		var builder = dev.mattermost.spring.protocol.v1.PostMetadata.newBuilder()
			.addAllEmbeds(Conversions.list(metadata.embeds(), PostConverter::toProto))
			.addAllReactions(Conversions.list(metadata.reactions(), PostConverter::toProto))
			.addAllFiles(Conversions.list(metadata.files(), FileConverter::toProto))
			.putAllImages(Conversions.mapValues(metadata.images(), PostConverter::toProto))
			.addAllAcknowledgements(Conversions.list(metadata.acknowledgements(), PostConverter::toProto));
		PostPriority priority = metadata.priority();
		if (priority != null) {
			builder.setPriority(toProto(priority));
		}
		return builder.build();
	}

	/**
	 * Converts a protobuf post to its model form.
	 * @param post the protobuf post
	 * @return the model post
	 */
	public static Post toModel(dev.mattermost.spring.protocol.v1.Post post) {
		return new Post(
				post.getId(),
				post.getCreateAt(),
				post.getUpdateAt(),
				post.getEditAt(),
				post.getDeleteAt(),
				post.getIsPinned(),
				post.getUserId(),
				post.getChannelId(),
				post.getRootId(),
				post.getOriginalId(),
				post.getMessage(),
				post.getMessageSource(),
				post.getType(),
				StructConverter.toModel(post.getProps()),
				post.getHashtags(),
				post.getFileIdsList(),
				post.getPendingPostId(),
				post.getHasReactions(),
				post.hasRemoteId() ? post.getRemoteId() : null,
				post.getReplyCount(),
				post.getLastReplyAt(),
				Conversions.list(post.getParticipantsList(), UserConverter::toModel),
				post.hasIsFollowing() ? post.getIsFollowing() : null,
				post.hasMetadata() ? toModel(post.getMetadata()) : null);
	}

	/**
	 * Converts a model post to its protobuf form; {@code null} becomes the default instance.
	 * @param post the model post, may be {@code null}
	 * @return the protobuf post
	 */
	public static dev.mattermost.spring.protocol.v1.Post toProto(@Nullable Post post) {
		if (post == null) {
			return dev.mattermost.spring.protocol.v1.Post.getDefaultInstance();
		}
		var builder = dev.mattermost.spring.protocol.v1.Post.newBuilder()
			.setId(post.id())
			.setCreateAt(post.createAt())
			.setUpdateAt(post.updateAt())
			.setEditAt(post.editAt())
			.setDeleteAt(post.deleteAt())
			.setIsPinned(post.isPinned())
			.setUserId(post.userId())
			.setChannelId(post.channelId())
			.setRootId(post.rootId())
			.setOriginalId(post.originalId())
			.setMessage(post.message())
			.setMessageSource(post.messageSource())
			.setType(post.type())
			.setHashtags(post.hashtags())
			.addAllFileIds(post.fileIds())
			.setPendingPostId(post.pendingPostId())
			.setHasReactions(post.hasReactions())
			.setReplyCount(post.replyCount())
			.setLastReplyAt(post.lastReplyAt())
			.addAllParticipants(Conversions.list(post.participants(), UserConverter::toProto));
		if (!post.props().isEmpty()) {
			builder.setProps(StructConverter.toProto(post.props()));
		}
		String remoteId = post.remoteId();
		if (remoteId != null) {
			builder.setRemoteId(remoteId);
		}
		Boolean isFollowing = post.isFollowing();
		if (isFollowing != null) {
			builder.setIsFollowing(isFollowing);
		}
		PostMetadata metadata = post.metadata();
		if (metadata != null) {
			builder.setMetadata(toProto(metadata));
		}
		return builder.build();
	}

	/**
	 * Converts a protobuf post list to its model form.
	 * @param list the protobuf post list
	 * @return the model post list
	 */
	public static PostList toModel(dev.mattermost.spring.protocol.v1.PostList list) {
		return new PostList(
				list.getOrderList(),
				Conversions.mapValues(list.getPostsMap(), PostConverter::toModel),
				list.getNextPostId(),
				list.getPrevPostId(),
				list.getFirstInaccessiblePostTime(),
				list.getHasNext());
	}

	/**
	 * Converts a model post list to its protobuf form; {@code null} becomes the default instance.
	 * @param list the model post list, may be {@code null}
	 * @return the protobuf post list
	 */
	public static dev.mattermost.spring.protocol.v1.PostList toProto(@Nullable PostList list) {
		if (list == null) {
			return dev.mattermost.spring.protocol.v1.PostList.getDefaultInstance();
		}
		return dev.mattermost.spring.protocol.v1.PostList.newBuilder()
			.addAllOrder(list.order())
			.putAllPosts(Conversions.mapValues(list.posts(), PostConverter::toProto))
			.setNextPostId(list.nextPostId())
			.setPrevPostId(list.prevPostId())
			.setFirstInaccessiblePostTime(list.firstInaccessiblePostTime())
			.setHasNext(list.hasNext())
			.build();
	}

}
