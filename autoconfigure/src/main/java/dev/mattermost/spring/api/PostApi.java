package dev.mattermost.spring.api;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import dev.mattermost.spring.model.Post;
import dev.mattermost.spring.model.PostList;
import dev.mattermost.spring.model.PostSearchOptions;
import dev.mattermost.spring.model.PostSearchParams;
import dev.mattermost.spring.model.PostSearchResults;
import dev.mattermost.spring.model.Reaction;

/**
 * Posts, ephemeral posts, threads, post search and reactions, through Mattermost's plugin API.
 *
 * <p>Lookups of a post that does not exist throw {@link NotFoundException}.
 */
public interface PostApi {

	/**
	 * Creates a post ({@code CreatePost}).
	 * @param post the post; channel id, user id and message are required, see {@link Post#of}
	 * @return the created post with its id
	 */
	Post create(Post post);

	/**
	 * Creates a post in a channel as a user, for example a bot ({@code CreatePost}).
	 * @param channelId the channel
	 * @param userId the author
	 * @param message the message text (Markdown)
	 * @return the created post with its id
	 */
	default Post create(String channelId, String userId, String message) {
		return create(Post.of(channelId, message).withUserId(userId));
	}

	/**
	 * Adds a reaction to a post ({@code AddReaction}).
	 * @param reaction the reaction, see {@link Reaction#of}
	 * @return the stored reaction
	 */
	Reaction addReaction(Reaction reaction);

	/**
	 * Removes a reaction from a post ({@code RemoveReaction}).
	 * @param reaction the reaction's user, post and emoji name
	 */
	void removeReaction(Reaction reaction);

	/**
	 * Returns the reactions to a post ({@code GetReactions}).
	 * @param postId the post
	 * @return the reactions
	 */
	List<Reaction> getReactions(String postId);

	/**
	 * Shows a post to one user only, without storing it ({@code SendEphemeralPost}).
	 * @param userId the user who sees the post
	 * @param post the post; channel id and message are required
	 * @return the post as sent, with its id
	 */
	Post sendEphemeral(String userId, Post post);

	/**
	 * Replaces an ephemeral post previously shown to a user ({@code UpdateEphemeralPost}).
	 * @param userId the user who sees the post
	 * @param post the post with the id of the one to replace
	 * @return the post as sent
	 */
	Post updateEphemeral(String userId, Post post);

	/**
	 * Removes an ephemeral post previously shown to a user ({@code DeleteEphemeralPost}).
	 * @param userId the user who sees the post
	 * @param postId the ephemeral post
	 */
	void deleteEphemeral(String userId, String postId);

	/**
	 * Deletes a post ({@code DeletePost}).
	 * @param postId the post
	 */
	void delete(String postId);

	/**
	 * Returns a post with every other post of its thread ({@code GetPostThread}).
	 * @param postId any post of the thread
	 * @return the thread's posts
	 */
	PostList getThread(String postId);

	/**
	 * Returns a post ({@code GetPost}).
	 * @param postId the post
	 * @return the post
	 */
	Post get(String postId);

	/**
	 * Returns the posts of a channel created or changed since a time ({@code GetPostsSince}).
	 * @param channelId the channel
	 * @param time the time, epoch millis
	 * @return the posts
	 */
	PostList getSince(String channelId, long time);

	/**
	 * Returns one page of the posts of a channel that follow a post ({@code GetPostsAfter}).
	 * @param channelId the channel
	 * @param postId the post to start after
	 * @param page the zero-based page
	 * @param perPage the page size
	 * @return the posts
	 */
	PostList getAfter(String channelId, String postId, int page, int perPage);

	/**
	 * Returns one page of the posts of a channel that precede a post ({@code GetPostsBefore}).
	 * @param channelId the channel
	 * @param postId the post to start before
	 * @param page the zero-based page
	 * @param perPage the page size
	 * @return the posts
	 */
	PostList getBefore(String channelId, String postId, int page, int perPage);

	/**
	 * Returns one page of the posts of a channel, newest first ({@code GetPostsForChannel}).
	 * @param channelId the channel
	 * @param page the zero-based page
	 * @param perPage the page size
	 * @return the posts
	 */
	PostList getForChannel(String channelId, int page, int perPage);

	/**
	 * Streams every post of a channel, newest first, fetching pages lazily ({@code GetPostsForChannel}).
	 * @param channelId the channel
	 * @return a lazy stream of posts
	 */
	default Stream<Post> streamForChannel(String channelId) {
		return Paging.stream(Paging.DEFAULT_PAGE_SIZE, (page, perPage) -> {
			PostList posts = getForChannel(channelId, page, perPage);
			return posts.order().stream().map(posts.posts()::get).filter(Objects::nonNull).toList();
		});
	}

	/**
	 * Updates a post ({@code UpdatePost}).
	 * @param post the post with its new values
	 * @return the updated post
	 */
	Post update(Post post);

	/**
	 * Returns the posts of a team that match any of the given criteria ({@code SearchPostsInTeam}).
	 * @param teamId the team
	 * @param params the criteria, see {@link PostSearchParams#terms}
	 * @return the matching posts
	 */
	List<Post> searchInTeam(String teamId, List<PostSearchParams> params);

	/**
	 * Searches a team's posts as a user would, seeing only what that user may see
	 * ({@code SearchPostsInTeamForUser}).
	 * @param teamId the team
	 * @param userId the user searching
	 * @param options the search, see {@link PostSearchOptions#terms}
	 * @return the posts found, best match first
	 */
	PostSearchResults searchInTeamForUser(String teamId, String userId, PostSearchOptions options);

}
