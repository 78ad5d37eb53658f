package dev.mattermost.spring.api;

import java.util.List;
import java.util.Objects;

import dev.mattermost.spring.convert.PostApiConverter;
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
import dev.mattermost.spring.protocol.v1.GetPostsBeforeResponse;
import dev.mattermost.spring.protocol.v1.GetPostsForChannelRequest;
import dev.mattermost.spring.protocol.v1.GetPostsForChannelResponse;
import dev.mattermost.spring.protocol.v1.GetPostsSinceRequest;
import dev.mattermost.spring.protocol.v1.GetPostsSinceResponse;
import dev.mattermost.spring.protocol.v1.GetReactionsRequest;
import dev.mattermost.spring.protocol.v1.RemoveReactionRequest;
import dev.mattermost.spring.protocol.v1.SearchPostsInTeamForUserRequest;
import dev.mattermost.spring.protocol.v1.SearchPostsInTeamForUserResponse;
import dev.mattermost.spring.protocol.v1.SearchPostsInTeamRequest;
import dev.mattermost.spring.protocol.v1.SendEphemeralPostRequest;
import dev.mattermost.spring.protocol.v1.SendEphemeralPostResponse;
import dev.mattermost.spring.protocol.v1.UpdateEphemeralPostRequest;
import dev.mattermost.spring.protocol.v1.UpdateEphemeralPostResponse;
import dev.mattermost.spring.protocol.v1.UpdatePostRequest;
import dev.mattermost.spring.protocol.v1.UpdatePostResponse;

/**
 * {@link PostApi} over the PluginAPI gRPC service.
 *
 * <p>A listing whose response carries no post list reads as empty: "no posts" is a normal answer there.
 */
public final class DefaultPostApi implements PostApi {

	private final PluginApiCaller caller;

	/**
	 * Creates the API.
	 * @param caller performs the calls
	 */
	public DefaultPostApi(PluginApiCaller caller) {
		this.caller = Objects.requireNonNull(caller, "caller must not be null");
	}

	@Override
	public Post create(Post post) {
		CreatePostResponse response = this.caller.call("CreatePost",
				(stub) -> stub.createPost(CreatePostRequest.newBuilder().setPost(PostConverter.toProto(post)).build()));
		return post("CreatePost", response.hasPost(), response.getPost());
	}

	@Override
	public Reaction addReaction(Reaction reaction) {
		AddReactionResponse response = this.caller.call("AddReaction", (stub) -> stub
			.addReaction(AddReactionRequest.newBuilder().setReaction(PostConverter.toProto(reaction)).build()));
		return PostConverter
			.toModel(ResponseFields.require("AddReaction", response.hasReaction(), response.getReaction()));
	}

	@Override
	public void removeReaction(Reaction reaction) {
		this.caller.call("RemoveReaction", (stub) -> stub
			.removeReaction(RemoveReactionRequest.newBuilder().setReaction(PostConverter.toProto(reaction)).build()));
	}

	@Override
	public List<Reaction> getReactions(String postId) {
		return this.caller
			.call("GetReactions",
					(stub) -> stub.getReactions(GetReactionsRequest.newBuilder().setPostId(postId).build()))
			.getReactionsList()
			.stream()
			.map(PostConverter::toModel)
			.toList();
	}

	@Override
	public Post sendEphemeral(String userId, Post post) {
		SendEphemeralPostResponse response = this.caller.call("SendEphemeralPost",
				(stub) -> stub.sendEphemeralPost(SendEphemeralPostRequest.newBuilder()
					.setUserId(userId)
					.setPost(PostConverter.toProto(post))
					.build()));
		return post("SendEphemeralPost", response.hasPost(), response.getPost());
	}

	@Override
	public Post updateEphemeral(String userId, Post post) {
		UpdateEphemeralPostResponse response = this.caller.call("UpdateEphemeralPost",
				(stub) -> stub.updateEphemeralPost(UpdateEphemeralPostRequest.newBuilder()
					.setUserId(userId)
					.setPost(PostConverter.toProto(post))
					.build()));
		return post("UpdateEphemeralPost", response.hasPost(), response.getPost());
	}

	@Override
	public void deleteEphemeral(String userId, String postId) {
		this.caller.call("DeleteEphemeralPost", (stub) -> stub
			.deleteEphemeralPost(DeleteEphemeralPostRequest.newBuilder().setUserId(userId).setPostId(postId).build()));
	}

	@Override
	public void delete(String postId) {
		this.caller.call("DeletePost",
				(stub) -> stub.deletePost(DeletePostRequest.newBuilder().setPostId(postId).build()));
	}

	@Override
	public PostList getThread(String postId) {
		GetPostThreadResponse response = this.caller.call("GetPostThread",
				(stub) -> stub.getPostThread(GetPostThreadRequest.newBuilder().setPostId(postId).build()));
		return PostConverter.toModel(response.getPostList());
	}

	@Override
	public Post get(String postId) {
		GetPostResponse response = this.caller.call("GetPost",
				(stub) -> stub.getPost(GetPostRequest.newBuilder().setPostId(postId).build()));
		return PostConverter
			.toModel(ResponseFields.found("GetPost", response.hasPost(), response.getPost(), "post " + postId));
	}

	@Override
	public PostList getSince(String channelId, long time) {
		GetPostsSinceResponse response = this.caller.call("GetPostsSince", (stub) -> stub
			.getPostsSince(GetPostsSinceRequest.newBuilder().setChannelId(channelId).setTime(time).build()));
		return PostConverter.toModel(response.getPostList());
	}

	@Override
	public PostList getAfter(String channelId, String postId, int page, int perPage) {
		GetPostsAfterResponse response = this.caller.call("GetPostsAfter",
				(stub) -> stub.getPostsAfter(GetPostsAfterRequest.newBuilder()
					.setChannelId(channelId)
					.setPostId(postId)
					.setPage(page)
					.setPerPage(perPage)
					.build()));
		return PostConverter.toModel(response.getPostList());
	}

	@Override
	public PostList getBefore(String channelId, String postId, int page, int perPage) {
		GetPostsBeforeResponse response = this.caller.call("GetPostsBefore",
				(stub) -> stub.getPostsBefore(GetPostsBeforeRequest.newBuilder()
					.setChannelId(channelId)
					.setPostId(postId)
					.setPage(page)
					.setPerPage(perPage)
					.build()));
		return PostConverter.toModel(response.getPostList());
	}

	@Override
	public PostList getForChannel(String channelId, int page, int perPage) {
		GetPostsForChannelResponse response = this.caller.call("GetPostsForChannel",
				(stub) -> stub.getPostsForChannel(GetPostsForChannelRequest.newBuilder()
					.setChannelId(channelId)
					.setPage(page)
					.setPerPage(perPage)
					.build()));
		return PostConverter.toModel(response.getPostList());
	}

	@Override
	public Post update(Post post) {
		UpdatePostResponse response = this.caller.call("UpdatePost",
				(stub) -> stub.updatePost(UpdatePostRequest.newBuilder().setPost(PostConverter.toProto(post)).build()));
		return post("UpdatePost", response.hasPost(), response.getPost());
	}

	@Override
	public List<Post> searchInTeam(String teamId, List<PostSearchParams> params) {
		SearchPostsInTeamRequest request = SearchPostsInTeamRequest.newBuilder()
			.setTeamId(teamId)
			.addAllParamsList(params.stream().map(PostApiConverter::toProto).toList())
			.build();
		return this.caller.call("SearchPostsInTeam", (stub) -> stub.searchPostsInTeam(request))
			.getPostsList()
			.stream()
			.map(PostConverter::toModel)
			.toList();
	}

	@Override
	public PostSearchResults searchInTeamForUser(String teamId, String userId, PostSearchOptions options) {
		SearchPostsInTeamForUserResponse response = this.caller.call("SearchPostsInTeamForUser",
				(stub) -> stub.searchPostsInTeamForUser(SearchPostsInTeamForUserRequest.newBuilder()
					.setTeamId(teamId)
					.setUserId(userId)
					.setSearchParams(PostApiConverter.toProto(options))
					.build()));
		// No results is an empty result set, however the server chooses to encode it.
		return PostApiConverter.toModel(response.getResults());
	}

	private static Post post(String method, boolean present, dev.mattermost.spring.protocol.v1.Post post) {
		return PostConverter.toModel(ResponseFields.require(method, present, post));
	}

}
