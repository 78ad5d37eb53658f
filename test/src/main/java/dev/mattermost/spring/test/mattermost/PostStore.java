package dev.mattermost.spring.test.mattermost;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.function.Predicate;
import java.util.stream.Stream;

import com.google.protobuf.Struct;
import com.google.protobuf.Value;

import dev.mattermost.spring.protocol.v1.Channel;
import dev.mattermost.spring.protocol.v1.Post;
import dev.mattermost.spring.protocol.v1.PostList;
import dev.mattermost.spring.protocol.v1.Reaction;
import dev.mattermost.spring.protocol.v1.User;

/**
 * Posts, threads, reactions and the ephemeral posts each user was shown, with the server's app-layer rules for
 * creating, editing and deleting them.
 * <p>
 * Not thread-safe: guarded by the owning {@link InMemoryMattermost}'s lock.
 */
final class PostStore {

	static final String EPHEMERAL_TYPE = "system_ephemeral";

	private static final int MAX_MESSAGE_RUNES = 16383;

	private final LongSupplier clock;

	private final Accounts accounts;

	private final Directory directory;

	private final Map<String, Post> posts = new LinkedHashMap<>();

	private final Map<String, List<Reaction>> reactions = new LinkedHashMap<>();

	/** user id → post id → ephemeral post, in the order sent. */
	private final Map<String, Map<String, Post>> ephemeral = new LinkedHashMap<>();

	PostStore(LongSupplier clock, Accounts accounts, Directory directory) {
		this.clock = clock;
		this.accounts = accounts;
		this.directory = directory;
	}

	Post create(Post request) {
		Channel channel = this.directory.findChannel(request.getChannelId())
			.orElseThrow(() -> AppErrorException.notFound("CreatePostMissingChannel",
					"app.channel.get.existing.app_error", "Unable to find the existing channel."));
		User author = this.accounts.findUser(u -> u.getId().equals(request.getUserId()))
			.orElseThrow(() -> AppErrorException.notFound("CreatePost", "app.user.missing_account.const",
					"Unable to find the user."));
		if (channel.getDeleteAt() != 0) {
			throw AppErrorException.badRequest("createPost", "api.post.create_post.can_not_post_to_deleted.error",
					"Can not post to deleted channel.");
		}
		if (!request.getRootId().isEmpty()) {
			Post root = this.posts.get(request.getRootId());
			if (root == null || !root.getChannelId().equals(channel.getId()) || !root.getRootId().isEmpty()
					|| root.getDeleteAt() != 0) {
				throw AppErrorException.badRequest("createPost", "api.post.create_post.root_id.app_error",
						"Invalid RootId parameter.");
			}
		}
		if (!request.getId().isEmpty()) {
			throw AppErrorException.badRequest("SqlPostStore.Save", "store.sql_post.save.existing.app_error",
					"You cannot update an existing Post.");
		}
		checkMessage("createPost", request.getMessage());
		checkType(request.getType());
		long now = this.clock.getAsLong();
		Post.Builder post = request.toBuilder()
			.setId(MattermostIds.newId())
			.setCreateAt(request.getCreateAt() != 0 ? request.getCreateAt() : now)
			.setEditAt(0)
			.setDeleteAt(0)
			.setReplyCount(0);
		post.setUpdateAt(post.getCreateAt());
		if (author.getIsBot()) {
			post.getPropsBuilder().putFields("from_bot", Value.newBuilder().setStringValue("true").build());
		}
		Post created = post.build();
		this.posts.put(created.getId(), created);
		if (!created.getRootId().isEmpty()) {
			Post root = this.posts.get(created.getRootId());
			this.posts.put(root.getId(), root.toBuilder()
				.setReplyCount(root.getReplyCount() + 1)
				.setLastReplyAt(created.getCreateAt())
				.build());
		}
		this.directory.touchChannel(channel.getId(), created.getCreateAt(), created.getRootId().isEmpty());
		return created;
	}

	Post seedPost(String channelId, String userId, String message, String rootId, Struct props) {
		return create(Post.newBuilder()
			.setChannelId(channelId)
			.setUserId(userId)
			.setMessage(message)
			.setRootId(rootId)
			.setProps(props)
			.build());
	}

	private static void checkMessage(String where, String message) {
		if (message.codePointCount(0, message.length()) > MAX_MESSAGE_RUNES) {
			throw AppErrorException.badRequest(where, "model.post.is_valid.message_length.app_error",
					"Message property is longer than the maximum permitted length.");
		}
	}

	private static void checkType(String type) {
		// Plugins may use their own "custom_" types; other types are the server's own system types.
		if (!type.isEmpty() && !type.startsWith("custom_") && !type.startsWith("system_")) {
			throw AppErrorException.badRequest("createPost", "model.post.is_valid.type.app_error",
					"Invalid type.");
		}
	}

	Post get(String postId) {
		Post post = this.posts.get(postId);
		if (post == null || post.getDeleteAt() != 0) {
			throw AppErrorException.notFound("GetSinglePost", "app.post.get.app_error", "Unable to get the post.");
		}
		return withReactionsFlag(post);
	}

	Post update(Post request) {
		Post existing = this.posts.get(request.getId());
		if (existing == null || existing.getDeleteAt() != 0) {
			throw AppErrorException.badRequest("UpdatePost", "api.post.update_post.find.app_error",
					"We couldn't find the existing post or comment to update.");
		}
		checkMessage("UpdatePost", request.getMessage());
		long now = this.clock.getAsLong();
		Post.Builder updated = existing.toBuilder()
			.setMessage(request.getMessage())
			.setIsPinned(request.getIsPinned())
			.setHasReactions(existing.getHasReactions())
			.clearFileIds()
			.addAllFileIds(request.getFileIdsList())
			.setUpdateAt(now);
		if (request.hasProps()) {
			updated.setProps(request.getProps());
		}
		if (!request.getMessage().equals(existing.getMessage())) {
			updated.setEditAt(now);
		}
		Post result = updated.build();
		this.posts.put(result.getId(), result);
		return result;
	}

	void delete(String postId) {
		Post post = get(postId);
		long now = this.clock.getAsLong();
		this.posts.put(postId, post.toBuilder().setDeleteAt(now).setUpdateAt(now).build());
		// Deleting a root deletes its thread, as the store does.
		if (post.getRootId().isEmpty()) {
			this.posts.replaceAll((id, p) -> (p.getRootId().equals(postId) && p.getDeleteAt() == 0)
					? p.toBuilder().setDeleteAt(now).setUpdateAt(now).build() : p);
		}
	}

	PostList thread(String postId) {
		Post post = this.posts.get(postId);
		if (post == null || post.getDeleteAt() != 0) {
			throw AppErrorException.notFound("GetPostThread", "app.post.get.app_error", "Unable to get the post.");
		}
		String rootId = post.getRootId().isEmpty() ? post.getId() : post.getRootId();
		return postList(this.posts.values().stream()
			.filter(p -> p.getDeleteAt() == 0)
			.filter(p -> p.getId().equals(rootId) || p.getRootId().equals(rootId)));
	}

	PostList forChannel(String channelId, int page, int perPage) {
		return postList(Pages.page(channelPostsNewestFirst(channelId, p -> p.getDeleteAt() == 0), page, perPage)
			.stream());
	}

	PostList since(String channelId, long time) {
		return postList(channelPostsNewestFirst(channelId, p -> p.getUpdateAt() > time));
	}

	PostList before(String channelId, String postId, int page, int perPage) {
		long pivot = pivot(postId);
		return postList(Pages.page(
				channelPostsNewestFirst(channelId, p -> p.getDeleteAt() == 0 && p.getCreateAt() < pivot), page,
				perPage).stream());
	}

	PostList after(String channelId, String postId, int page, int perPage) {
		long pivot = pivot(postId);
		List<Post> oldestFirst = new ArrayList<>(channelPostsNewestFirst(channelId,
				p -> p.getDeleteAt() == 0 && p.getCreateAt() > pivot).toList());
		Collections.reverse(oldestFirst);
		List<Post> window = new ArrayList<>(Pages.page(oldestFirst.stream(), page, perPage));
		Collections.reverse(window);
		return postList(window.stream());
	}

	private long pivot(String postId) {
		Post post = this.posts.get(postId);
		return (post != null) ? post.getCreateAt() : 0;
	}

	List<Post> channelPosts(String channelId) {
		return this.posts.values().stream()
			.filter(p -> p.getChannelId().equals(channelId))
			.map(this::withReactionsFlag)
			.toList();
	}

	private Stream<Post> channelPostsNewestFirst(String channelId, Predicate<Post> filter) {
		return this.posts.values().stream()
			.filter(p -> p.getChannelId().equals(channelId))
			.filter(filter)
			.sorted(Comparator.comparingLong(Post::getCreateAt).reversed());
	}

	private PostList postList(Stream<Post> posts) {
		PostList.Builder list = PostList.newBuilder();
		posts.sorted(Comparator.comparingLong(Post::getCreateAt).reversed()).forEach(p -> {
			list.addOrder(p.getId());
			list.putPosts(p.getId(), withReactionsFlag(p));
		});
		return list.build();
	}

	int pinnedCount(String channelId) {
		return (int) this.posts.values().stream()
			.filter(p -> p.getChannelId().equals(channelId) && p.getIsPinned() && p.getDeleteAt() == 0)
			.count();
	}

	private Post withReactionsFlag(Post post) {
		boolean has = !this.reactions.getOrDefault(post.getId(), List.of()).isEmpty();
		return (post.getHasReactions() == has) ? post : post.toBuilder().setHasReactions(has).build();
	}

	// ---- reactions

	Reaction addReaction(Reaction request) {
		Post post = get(request.getPostId());
		this.accounts.user(request.getUserId());
		List<Reaction> list = this.reactions.computeIfAbsent(post.getId(), k -> new ArrayList<>());
		list.removeIf(r -> sameReaction(r, request));
		long now = this.clock.getAsLong();
		Reaction reaction = request.toBuilder()
			.setCreateAt(now)
			.setUpdateAt(now)
			.setDeleteAt(0)
			.setChannelId(post.getChannelId())
			.build();
		list.add(reaction);
		return reaction;
	}

	void removeReaction(Reaction request) {
		get(request.getPostId());
		this.reactions.getOrDefault(request.getPostId(), new ArrayList<>()).removeIf(r -> sameReaction(r, request));
	}

	List<Reaction> reactions(String postId) {
		return List.copyOf(this.reactions.getOrDefault(postId, List.of()));
	}

	private static boolean sameReaction(Reaction a, Reaction b) {
		return a.getUserId().equals(b.getUserId()) && a.getEmojiName().equals(b.getEmojiName());
	}

	// ---- ephemeral posts

	Post sendEphemeral(String userId, Post request) {
		long now = this.clock.getAsLong();
		Post.Builder post = request.toBuilder().setType(EPHEMERAL_TYPE);
		if (post.getId().isEmpty()) {
			post.setId(MattermostIds.newId());
		}
		if (post.getCreateAt() == 0) {
			post.setCreateAt(now);
		}
		Post sent = post.build();
		this.ephemeral.computeIfAbsent(userId, k -> new LinkedHashMap<>()).put(sent.getId(), sent);
		return sent;
	}

	Post updateEphemeral(String userId, Post request) {
		Post updated = request.toBuilder()
			.setType(EPHEMERAL_TYPE)
			.setUpdateAt(this.clock.getAsLong())
			.build();
		this.ephemeral.computeIfAbsent(userId, k -> new LinkedHashMap<>()).put(updated.getId(), updated);
		return updated;
	}

	void deleteEphemeral(String userId, String postId) {
		Map<String, Post> mine = this.ephemeral.get(userId);
		if (mine != null) {
			mine.remove(postId);
		}
	}

	List<Post> ephemeralFor(String userId) {
		return List.copyOf(this.ephemeral.getOrDefault(userId, Map.of()).values());
	}

	Map<String, List<Post>> allEphemeral() {
		Map<String, List<Post>> copy = new LinkedHashMap<>();
		this.ephemeral.forEach((user, posts) -> copy.put(user, List.copyOf(posts.values())));
		return copy;
	}

	/**
	 * Captures the posts, reactions and ephemeral posts.
	 * @return restores the captured state each time it runs
	 */
	Runnable checkpoint() {
		Map<String, Post> posts = new LinkedHashMap<>(this.posts);
		Map<String, List<Reaction>> reactions = Checkpoints.copyLists(this.reactions);
		Map<String, Map<String, Post>> ephemeral = Checkpoints.copyNested(this.ephemeral);
		return () -> {
			Checkpoints.replace(this.posts, posts);
			Checkpoints.replace(this.reactions, Checkpoints.copyLists(reactions));
			Checkpoints.replace(this.ephemeral, Checkpoints.copyNested(ephemeral));
		};
	}
}
