package dev.mattermost.spring.test.mattermost;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.google.protobuf.ByteString;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.StreamObserver;
import org.jspecify.annotations.Nullable;

import dev.mattermost.spring.convert.PostConverter;
import dev.mattermost.spring.convert.StructConverter;
import dev.mattermost.spring.protocol.v1.AddChannelMemberRequest;
import dev.mattermost.spring.protocol.v1.AddChannelMemberResponse;
import dev.mattermost.spring.protocol.v1.AddReactionRequest;
import dev.mattermost.spring.protocol.v1.AddReactionResponse;
import dev.mattermost.spring.protocol.v1.AddUserToChannelRequest;
import dev.mattermost.spring.protocol.v1.AddUserToChannelResponse;
import dev.mattermost.spring.protocol.v1.AppError;
import dev.mattermost.spring.protocol.v1.Bot;
import dev.mattermost.spring.protocol.v1.BotGetOptions;
import dev.mattermost.spring.protocol.v1.BotPatch;
import dev.mattermost.spring.protocol.v1.Channel;
import dev.mattermost.spring.protocol.v1.ChannelStats;
import dev.mattermost.spring.protocol.v1.CreateBotRequest;
import dev.mattermost.spring.protocol.v1.CreateBotResponse;
import dev.mattermost.spring.protocol.v1.CreateChannelRequest;
import dev.mattermost.spring.protocol.v1.CreateChannelResponse;
import dev.mattermost.spring.protocol.v1.CreatePostRequest;
import dev.mattermost.spring.protocol.v1.CreatePostResponse;
import dev.mattermost.spring.protocol.v1.CreateSessionRequest;
import dev.mattermost.spring.protocol.v1.CreateSessionResponse;
import dev.mattermost.spring.protocol.v1.CreateTeamMemberRequest;
import dev.mattermost.spring.protocol.v1.CreateTeamMemberResponse;
import dev.mattermost.spring.protocol.v1.CreateTeamMembersRequest;
import dev.mattermost.spring.protocol.v1.CreateTeamMembersResponse;
import dev.mattermost.spring.protocol.v1.CreateTeamRequest;
import dev.mattermost.spring.protocol.v1.CreateTeamResponse;
import dev.mattermost.spring.protocol.v1.CreateUserRequest;
import dev.mattermost.spring.protocol.v1.CreateUserResponse;
import dev.mattermost.spring.protocol.v1.DeleteChannelMemberRequest;
import dev.mattermost.spring.protocol.v1.DeleteChannelMemberResponse;
import dev.mattermost.spring.protocol.v1.DeleteChannelRequest;
import dev.mattermost.spring.protocol.v1.DeleteChannelResponse;
import dev.mattermost.spring.protocol.v1.DeleteEphemeralPostRequest;
import dev.mattermost.spring.protocol.v1.DeleteEphemeralPostResponse;
import dev.mattermost.spring.protocol.v1.DeletePostRequest;
import dev.mattermost.spring.protocol.v1.DeletePostResponse;
import dev.mattermost.spring.protocol.v1.DeletePreferencesForUserRequest;
import dev.mattermost.spring.protocol.v1.DeletePreferencesForUserResponse;
import dev.mattermost.spring.protocol.v1.DeleteTeamMemberRequest;
import dev.mattermost.spring.protocol.v1.DeleteTeamMemberResponse;
import dev.mattermost.spring.protocol.v1.DeleteTeamRequest;
import dev.mattermost.spring.protocol.v1.DeleteTeamResponse;
import dev.mattermost.spring.protocol.v1.DeleteUserRequest;
import dev.mattermost.spring.protocol.v1.DeleteUserResponse;
import dev.mattermost.spring.protocol.v1.EnsureBotUserRequest;
import dev.mattermost.spring.protocol.v1.EnsureBotUserResponse;
import dev.mattermost.spring.protocol.v1.ExtendSessionExpiryRequest;
import dev.mattermost.spring.protocol.v1.ExtendSessionExpiryResponse;
import dev.mattermost.spring.protocol.v1.GetBotRequest;
import dev.mattermost.spring.protocol.v1.GetBotResponse;
import dev.mattermost.spring.protocol.v1.GetBotsRequest;
import dev.mattermost.spring.protocol.v1.GetBotsResponse;
import dev.mattermost.spring.protocol.v1.GetBundlePathRequest;
import dev.mattermost.spring.protocol.v1.GetBundlePathResponse;
import dev.mattermost.spring.protocol.v1.GetChannelByNameForTeamNameRequest;
import dev.mattermost.spring.protocol.v1.GetChannelByNameForTeamNameResponse;
import dev.mattermost.spring.protocol.v1.GetChannelByNameRequest;
import dev.mattermost.spring.protocol.v1.GetChannelByNameResponse;
import dev.mattermost.spring.protocol.v1.GetChannelMemberRequest;
import dev.mattermost.spring.protocol.v1.GetChannelMemberResponse;
import dev.mattermost.spring.protocol.v1.GetChannelMembersByIdsRequest;
import dev.mattermost.spring.protocol.v1.GetChannelMembersByIdsResponse;
import dev.mattermost.spring.protocol.v1.GetChannelMembersForUserRequest;
import dev.mattermost.spring.protocol.v1.GetChannelMembersForUserResponse;
import dev.mattermost.spring.protocol.v1.GetChannelMembersRequest;
import dev.mattermost.spring.protocol.v1.GetChannelMembersResponse;
import dev.mattermost.spring.protocol.v1.GetChannelRequest;
import dev.mattermost.spring.protocol.v1.GetChannelResponse;
import dev.mattermost.spring.protocol.v1.GetChannelStatsRequest;
import dev.mattermost.spring.protocol.v1.GetChannelStatsResponse;
import dev.mattermost.spring.protocol.v1.GetChannelsForTeamForUserRequest;
import dev.mattermost.spring.protocol.v1.GetChannelsForTeamForUserResponse;
import dev.mattermost.spring.protocol.v1.GetConfigRequest;
import dev.mattermost.spring.protocol.v1.GetConfigResponse;
import dev.mattermost.spring.protocol.v1.GetDiagnosticIdRequest;
import dev.mattermost.spring.protocol.v1.GetDiagnosticIdResponse;
import dev.mattermost.spring.protocol.v1.GetDirectChannelRequest;
import dev.mattermost.spring.protocol.v1.GetDirectChannelResponse;
import dev.mattermost.spring.protocol.v1.GetFileInfoRequest;
import dev.mattermost.spring.protocol.v1.GetFileInfoResponse;
import dev.mattermost.spring.protocol.v1.GetFileRequest;
import dev.mattermost.spring.protocol.v1.GetFileResponse;
import dev.mattermost.spring.protocol.v1.GetGroupChannelRequest;
import dev.mattermost.spring.protocol.v1.GetGroupChannelResponse;
import dev.mattermost.spring.protocol.v1.GetLicenseRequest;
import dev.mattermost.spring.protocol.v1.GetLicenseResponse;
import dev.mattermost.spring.protocol.v1.GetPluginConfigRequest;
import dev.mattermost.spring.protocol.v1.GetPluginConfigResponse;
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
import dev.mattermost.spring.protocol.v1.GetPreferenceForUserRequest;
import dev.mattermost.spring.protocol.v1.GetPreferenceForUserResponse;
import dev.mattermost.spring.protocol.v1.GetPreferencesForUserRequest;
import dev.mattermost.spring.protocol.v1.GetPreferencesForUserResponse;
import dev.mattermost.spring.protocol.v1.GetPublicChannelsForTeamRequest;
import dev.mattermost.spring.protocol.v1.GetPublicChannelsForTeamResponse;
import dev.mattermost.spring.protocol.v1.GetReactionsRequest;
import dev.mattermost.spring.protocol.v1.GetReactionsResponse;
import dev.mattermost.spring.protocol.v1.GetServerVersionRequest;
import dev.mattermost.spring.protocol.v1.GetServerVersionResponse;
import dev.mattermost.spring.protocol.v1.GetSessionRequest;
import dev.mattermost.spring.protocol.v1.GetSessionResponse;
import dev.mattermost.spring.protocol.v1.GetSystemInstallDateRequest;
import dev.mattermost.spring.protocol.v1.GetSystemInstallDateResponse;
import dev.mattermost.spring.protocol.v1.GetTeamByNameRequest;
import dev.mattermost.spring.protocol.v1.GetTeamByNameResponse;
import dev.mattermost.spring.protocol.v1.GetTeamMemberRequest;
import dev.mattermost.spring.protocol.v1.GetTeamMemberResponse;
import dev.mattermost.spring.protocol.v1.GetTeamMembersForUserRequest;
import dev.mattermost.spring.protocol.v1.GetTeamMembersForUserResponse;
import dev.mattermost.spring.protocol.v1.GetTeamMembersRequest;
import dev.mattermost.spring.protocol.v1.GetTeamMembersResponse;
import dev.mattermost.spring.protocol.v1.GetTeamRequest;
import dev.mattermost.spring.protocol.v1.GetTeamResponse;
import dev.mattermost.spring.protocol.v1.GetTeamsForUserRequest;
import dev.mattermost.spring.protocol.v1.GetTeamsForUserResponse;
import dev.mattermost.spring.protocol.v1.GetTeamsRequest;
import dev.mattermost.spring.protocol.v1.GetTeamsResponse;
import dev.mattermost.spring.protocol.v1.GetTelemetryIdRequest;
import dev.mattermost.spring.protocol.v1.GetTelemetryIdResponse;
import dev.mattermost.spring.protocol.v1.GetUnsanitizedConfigRequest;
import dev.mattermost.spring.protocol.v1.GetUnsanitizedConfigResponse;
import dev.mattermost.spring.protocol.v1.GetUserByEmailRequest;
import dev.mattermost.spring.protocol.v1.GetUserByEmailResponse;
import dev.mattermost.spring.protocol.v1.GetUserByUsernameRequest;
import dev.mattermost.spring.protocol.v1.GetUserByUsernameResponse;
import dev.mattermost.spring.protocol.v1.GetUserRequest;
import dev.mattermost.spring.protocol.v1.GetUserResponse;
import dev.mattermost.spring.protocol.v1.GetUsersByIdsRequest;
import dev.mattermost.spring.protocol.v1.GetUsersByIdsResponse;
import dev.mattermost.spring.protocol.v1.GetUsersByUsernamesRequest;
import dev.mattermost.spring.protocol.v1.GetUsersByUsernamesResponse;
import dev.mattermost.spring.protocol.v1.GetUsersInChannelRequest;
import dev.mattermost.spring.protocol.v1.GetUsersInChannelResponse;
import dev.mattermost.spring.protocol.v1.GetUsersInTeamRequest;
import dev.mattermost.spring.protocol.v1.GetUsersInTeamResponse;
import dev.mattermost.spring.protocol.v1.GetUsersRequest;
import dev.mattermost.spring.protocol.v1.GetUsersResponse;
import dev.mattermost.spring.protocol.v1.HasPermissionToChannelRequest;
import dev.mattermost.spring.protocol.v1.HasPermissionToChannelResponse;
import dev.mattermost.spring.protocol.v1.HasPermissionToRequest;
import dev.mattermost.spring.protocol.v1.HasPermissionToResponse;
import dev.mattermost.spring.protocol.v1.HasPermissionToTeamRequest;
import dev.mattermost.spring.protocol.v1.HasPermissionToTeamResponse;
import dev.mattermost.spring.protocol.v1.IsEnterpriseReadyRequest;
import dev.mattermost.spring.protocol.v1.IsEnterpriseReadyResponse;
import dev.mattermost.spring.protocol.v1.KVCompareAndDeleteRequest;
import dev.mattermost.spring.protocol.v1.KVCompareAndDeleteResponse;
import dev.mattermost.spring.protocol.v1.KVCompareAndSetRequest;
import dev.mattermost.spring.protocol.v1.KVCompareAndSetResponse;
import dev.mattermost.spring.protocol.v1.KVDeleteAllRequest;
import dev.mattermost.spring.protocol.v1.KVDeleteAllResponse;
import dev.mattermost.spring.protocol.v1.KVDeleteRequest;
import dev.mattermost.spring.protocol.v1.KVDeleteResponse;
import dev.mattermost.spring.protocol.v1.KVGetRequest;
import dev.mattermost.spring.protocol.v1.KVGetResponse;
import dev.mattermost.spring.protocol.v1.KVListRequest;
import dev.mattermost.spring.protocol.v1.KVListResponse;
import dev.mattermost.spring.protocol.v1.KVSetRequest;
import dev.mattermost.spring.protocol.v1.KVSetResponse;
import dev.mattermost.spring.protocol.v1.KVSetWithExpiryRequest;
import dev.mattermost.spring.protocol.v1.KVSetWithExpiryResponse;
import dev.mattermost.spring.protocol.v1.KVSetWithOptionsRequest;
import dev.mattermost.spring.protocol.v1.KVSetWithOptionsResponse;
import dev.mattermost.spring.protocol.v1.KeyValuePair;
import dev.mattermost.spring.protocol.v1.ListPluginCommandsRequest;
import dev.mattermost.spring.protocol.v1.ListPluginCommandsResponse;
import dev.mattermost.spring.protocol.v1.LoadPluginConfigurationRequest;
import dev.mattermost.spring.protocol.v1.LoadPluginConfigurationResponse;
import dev.mattermost.spring.protocol.v1.LogDebugRequest;
import dev.mattermost.spring.protocol.v1.LogDebugResponse;
import dev.mattermost.spring.protocol.v1.LogErrorRequest;
import dev.mattermost.spring.protocol.v1.LogErrorResponse;
import dev.mattermost.spring.protocol.v1.LogInfoRequest;
import dev.mattermost.spring.protocol.v1.LogInfoResponse;
import dev.mattermost.spring.protocol.v1.LogWarnRequest;
import dev.mattermost.spring.protocol.v1.LogWarnResponse;
import dev.mattermost.spring.protocol.v1.PatchBotRequest;
import dev.mattermost.spring.protocol.v1.PatchBotResponse;
import dev.mattermost.spring.protocol.v1.PermanentDeleteBotRequest;
import dev.mattermost.spring.protocol.v1.PermanentDeleteBotResponse;
import dev.mattermost.spring.protocol.v1.PluginAPIGrpc;
import dev.mattermost.spring.protocol.v1.PluginKVSetOptions;
import dev.mattermost.spring.protocol.v1.Post;
import dev.mattermost.spring.protocol.v1.PublishPluginClusterEventRequest;
import dev.mattermost.spring.protocol.v1.PublishPluginClusterEventResponse;
import dev.mattermost.spring.protocol.v1.PublishWebSocketEventRequest;
import dev.mattermost.spring.protocol.v1.PublishWebSocketEventResponse;
import dev.mattermost.spring.protocol.v1.ReadFileRequest;
import dev.mattermost.spring.protocol.v1.ReadFileResponse;
import dev.mattermost.spring.protocol.v1.RegisterCommandRequest;
import dev.mattermost.spring.protocol.v1.RegisterCommandResponse;
import dev.mattermost.spring.protocol.v1.RemoveReactionRequest;
import dev.mattermost.spring.protocol.v1.RemoveReactionResponse;
import dev.mattermost.spring.protocol.v1.RevokeSessionRequest;
import dev.mattermost.spring.protocol.v1.RevokeSessionResponse;
import dev.mattermost.spring.protocol.v1.SavePluginConfigRequest;
import dev.mattermost.spring.protocol.v1.SavePluginConfigResponse;
import dev.mattermost.spring.protocol.v1.SearchChannelsRequest;
import dev.mattermost.spring.protocol.v1.SearchChannelsResponse;
import dev.mattermost.spring.protocol.v1.SendEphemeralPostRequest;
import dev.mattermost.spring.protocol.v1.SendEphemeralPostResponse;
import dev.mattermost.spring.protocol.v1.Team;
import dev.mattermost.spring.protocol.v1.UnregisterCommandRequest;
import dev.mattermost.spring.protocol.v1.UnregisterCommandResponse;
import dev.mattermost.spring.protocol.v1.UpdateBotActiveRequest;
import dev.mattermost.spring.protocol.v1.UpdateBotActiveResponse;
import dev.mattermost.spring.protocol.v1.UpdateChannelMemberNotificationsRequest;
import dev.mattermost.spring.protocol.v1.UpdateChannelMemberNotificationsResponse;
import dev.mattermost.spring.protocol.v1.UpdateChannelMemberRolesRequest;
import dev.mattermost.spring.protocol.v1.UpdateChannelMemberRolesResponse;
import dev.mattermost.spring.protocol.v1.UpdateChannelRequest;
import dev.mattermost.spring.protocol.v1.UpdateChannelResponse;
import dev.mattermost.spring.protocol.v1.UpdateEphemeralPostRequest;
import dev.mattermost.spring.protocol.v1.UpdateEphemeralPostResponse;
import dev.mattermost.spring.protocol.v1.UpdatePostRequest;
import dev.mattermost.spring.protocol.v1.UpdatePostResponse;
import dev.mattermost.spring.protocol.v1.UpdatePreferencesForUserRequest;
import dev.mattermost.spring.protocol.v1.UpdatePreferencesForUserResponse;
import dev.mattermost.spring.protocol.v1.UpdateTeamMemberRolesRequest;
import dev.mattermost.spring.protocol.v1.UpdateTeamMemberRolesResponse;
import dev.mattermost.spring.protocol.v1.UpdateTeamRequest;
import dev.mattermost.spring.protocol.v1.UpdateTeamResponse;
import dev.mattermost.spring.protocol.v1.UpdateUserActiveRequest;
import dev.mattermost.spring.protocol.v1.UpdateUserActiveResponse;
import dev.mattermost.spring.protocol.v1.UpdateUserRequest;
import dev.mattermost.spring.protocol.v1.UpdateUserResponse;
import dev.mattermost.spring.protocol.v1.UpdateUserRolesRequest;
import dev.mattermost.spring.protocol.v1.UpdateUserRolesResponse;
import dev.mattermost.spring.protocol.v1.UploadFileRequest;
import dev.mattermost.spring.protocol.v1.UploadFileResponse;
import dev.mattermost.spring.protocol.v1.User;
import dev.mattermost.spring.protocol.v1.WebsocketBroadcast;

/**
 * The PluginAPI gRPC service over a {@link World}, answering each modelled RPC the way the server's gRPC handlers do:
 * the KV, post and file RPCs put an AppError inside an OK response, all others answer with a gRPC status. RPCs not
 * overridden here fall through to the generated base class and answer UNIMPLEMENTED.
 */
final class PluginApiService extends PluginAPIGrpc.PluginAPIImplBase {

	static final String DEFAULT_SERVER_VERSION = "10.11.0";

	/** The KV key under which the server remembers the bot EnsureBotUser made for the plugin. */
	static final String BOT_ID_KEY = "mmi_botid";

	/** What the system_user role grants at system scope (a subset of the server's defaults). */
	private static final Set<String> SYSTEM_USER_PERMISSIONS = Set.of("create_team", "create_direct_channel",
			"create_group_channel", "list_public_teams", "join_public_teams", "view_members", "create_emojis",
			"delete_emojis", "create_custom_group", "manage_custom_group_members", "edit_custom_group",
			"delete_custom_group");

	/** What the team_user role grants at team scope. */
	private static final Set<String> TEAM_USER_PERMISSIONS = Set.of("view_team", "list_team_channels",
			"join_public_channels", "read_public_channel", "create_public_channel", "create_private_channel",
			"invite_user", "add_user_to_team", "manage_public_channel_properties",
			"manage_private_channel_properties");

	/** What the channel_user role grants at channel scope. */
	private static final Set<String> CHANNEL_USER_PERMISSIONS = Set.of("read_channel", "read_channel_content",
			"create_post", "add_reaction", "remove_reaction", "upload_file", "edit_post", "delete_post",
			"use_channel_mentions", "use_slash_commands", "use_group_mentions", "manage_public_channel_members",
			"manage_private_channel_members");

	private static final System.Logger logger = System.getLogger(PluginApiService.class.getName());

	private final World world;

	private volatile String serverVersion = DEFAULT_SERVER_VERSION;

	PluginApiService(World world) {
		this.world = world;
	}

	void serverVersion(String version) {
		this.serverVersion = version;
	}

	/** The bare RPC names this class answers itself (e.g. {@code "KVSet"}). */
	static Set<String> modelledMethods() {
		Set<String> overridden = Stream.of(PluginApiService.class.getDeclaredMethods())
			.filter(m -> !Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == 2)
			.filter(m -> StreamObserver.class.equals(m.getParameterTypes()[1]))
			.map(Method::getName)
			.collect(Collectors.toSet());
		return PluginAPIGrpc.getServiceDescriptor().getMethods().stream()
			.map(m -> m.getBareMethodName())
			.filter(name -> overridden.contains(Character.toLowerCase(name.charAt(0)) + name.substring(1)))
			.collect(Collectors.toUnmodifiableSet());
	}

	// ---- the two answer forms

	/** Handlers_*.go style: the AppError becomes the call's gRPC status. */
	private <T> void answer(StreamObserver<T> observer, Supplier<T> body) {
		this.world.calls.begin();
		try {
			answerNow(observer, body);
		}
		finally {
			this.world.calls.end();
		}
	}

	private <T> void answerNow(StreamObserver<T> observer, Supplier<T> body) {
		@Nullable T response = null;
		@Nullable StatusRuntimeException failure = null;
		try {
			synchronized (this.world) {
				response = body.get();
			}
		}
		catch (AppErrorException ex) {
			failure = ex.toStatus();
		}
		catch (StatusRuntimeException ex) {
			failure = ex;
		}
		if (failure != null) {
			observer.onError(failure);
		}
		else {
			observer.onNext(response);
			observer.onCompleted();
		}
		notifyListeners();
	}

	/** api_kv.go / api_post.go / api_file.go style: the AppError travels inside an OK response. */
	private <T> void answerInBody(StreamObserver<T> observer, Supplier<T> body, Function<AppError, T> failed) {
		this.world.calls.begin();
		try {
			answerInBodyNow(observer, body, failed);
		}
		finally {
			this.world.calls.end();
		}
	}

	private <T> void answerInBodyNow(StreamObserver<T> observer, Supplier<T> body, Function<AppError, T> failed) {
		T response;
		try {
			synchronized (this.world) {
				response = body.get();
			}
		}
		catch (AppErrorException ex) {
			response = failed.apply(ex.toProto());
		}
		observer.onNext(response);
		observer.onCompleted();
		notifyListeners();
	}

	/**
	 * Delivers notifications after the plugin has its answer, as the server runs the follow-up hooks
	 * asynchronously.
	 */
	private void notifyListeners() {
		List<Consumer<PluginActivityListener>> notifications;
		synchronized (this.world) {
			notifications = this.world.takePending();
		}
		for (Consumer<PluginActivityListener> notification : notifications) {
			for (PluginActivityListener listener : this.world.listeners) {
				try {
					notification.accept(listener);
				}
				catch (RuntimeException ex) {
					logger.log(System.Logger.Level.WARNING, "A PluginActivityListener failed", ex);
				}
			}
		}
	}

	private static StatusRuntimeException required(String what) {
		return Status.INVALID_ARGUMENT.withDescription(what + " is required").asRuntimeException();
	}

	/** How the server reports a plain Go error (not an AppError) from a handler. */
	private static StatusRuntimeException internal(String message) {
		return Status.INTERNAL.withDescription("internal error: " + message).asRuntimeException();
	}

	// ---- KV store

	@Override
	public void kVSet(KVSetRequest request, StreamObserver<KVSetResponse> observer) {
		answerInBody(observer, () -> {
			this.world.kv.set(request.getKey(), request.getValue().toByteArray(), 0);
			return KVSetResponse.getDefaultInstance();
		}, e -> KVSetResponse.newBuilder().setError(e).build());
	}

	@Override
	public void kVSetWithExpiry(KVSetWithExpiryRequest request, StreamObserver<KVSetWithExpiryResponse> observer) {
		answerInBody(observer, () -> {
			this.world.kv.set(request.getKey(), request.getValue().toByteArray(), request.getExpireInSeconds());
			return KVSetWithExpiryResponse.getDefaultInstance();
		}, e -> KVSetWithExpiryResponse.newBuilder().setError(e).build());
	}

	@Override
	public void kVCompareAndSet(KVCompareAndSetRequest request, StreamObserver<KVCompareAndSetResponse> observer) {
		answerInBody(observer, () -> KVCompareAndSetResponse.newBuilder()
			.setSuccess(this.world.kv.compareAndSet(request.getKey(), request.getOldValue().toByteArray(),
					request.getNewValue().toByteArray(), 0))
			.build(), e -> KVCompareAndSetResponse.newBuilder().setError(e).build());
	}

	@Override
	public void kVCompareAndDelete(KVCompareAndDeleteRequest request,
			StreamObserver<KVCompareAndDeleteResponse> observer) {
		answerInBody(observer, () -> KVCompareAndDeleteResponse.newBuilder()
			.setSuccess(this.world.kv.compareAndDelete(request.getKey(), request.getOldValue().toByteArray()))
			.build(), e -> KVCompareAndDeleteResponse.newBuilder().setError(e).build());
	}

	@Override
	public void kVSetWithOptions(KVSetWithOptionsRequest request, StreamObserver<KVSetWithOptionsResponse> observer) {
		PluginKVSetOptions options = request.getOptions();
		answerInBody(observer, () -> KVSetWithOptionsResponse.newBuilder()
			.setSuccess(this.world.kv.setWithOptions(request.getKey(), request.getValue().toByteArray(),
					options.getAtomic(), options.getOldValue().toByteArray(), options.getExpireInSeconds()))
			.build(), e -> KVSetWithOptionsResponse.newBuilder().setError(e).build());
	}

	@Override
	public void kVGet(KVGetRequest request, StreamObserver<KVGetResponse> observer) {
		answerInBody(observer, () -> KVGetResponse.newBuilder()
			.setValue(ByteString.copyFrom(this.world.kv.get(request.getKey())))
			.build(), e -> KVGetResponse.newBuilder().setError(e).build());
	}

	@Override
	public void kVDelete(KVDeleteRequest request, StreamObserver<KVDeleteResponse> observer) {
		answerInBody(observer, () -> {
			this.world.kv.delete(request.getKey());
			return KVDeleteResponse.getDefaultInstance();
		}, e -> KVDeleteResponse.newBuilder().setError(e).build());
	}

	@Override
	public void kVDeleteAll(KVDeleteAllRequest request, StreamObserver<KVDeleteAllResponse> observer) {
		answerInBody(observer, () -> {
			this.world.kv.deleteAll();
			return KVDeleteAllResponse.getDefaultInstance();
		}, e -> KVDeleteAllResponse.newBuilder().setError(e).build());
	}

	@Override
	public void kVList(KVListRequest request, StreamObserver<KVListResponse> observer) {
		answerInBody(observer, () -> KVListResponse.newBuilder()
			.addAllKeys(this.world.kv.list(request.getPage(), request.getPerPage()))
			.build(), e -> KVListResponse.newBuilder().setError(e).build());
	}

	@Override
	public void publishWebSocketEvent(PublishWebSocketEventRequest request,
			StreamObserver<PublishWebSocketEventResponse> observer) {
		answer(observer, () -> {
			WebsocketBroadcast broadcast = request.getBroadcast();
			this.world.plugin.event(new WebSocketEvent(request.getEvent(), StructConverter.toModel(request.getPayload()),
					broadcast.getUserId(), broadcast.getChannelId(), broadcast.getTeamId(),
					broadcast.getOmitUsersList()));
			return PublishWebSocketEventResponse.getDefaultInstance();
		});
	}

	// ---- logging

	@Override
	public void logDebug(LogDebugRequest request, StreamObserver<LogDebugResponse> observer) {
		answer(observer, () -> {
			log("debug", request.getMsg(), request.getKeyValuePairsList());
			return LogDebugResponse.getDefaultInstance();
		});
	}

	@Override
	public void logInfo(LogInfoRequest request, StreamObserver<LogInfoResponse> observer) {
		answer(observer, () -> {
			log("info", request.getMsg(), request.getKeyValuePairsList());
			return LogInfoResponse.getDefaultInstance();
		});
	}

	@Override
	public void logWarn(LogWarnRequest request, StreamObserver<LogWarnResponse> observer) {
		answer(observer, () -> {
			log("warn", request.getMsg(), request.getKeyValuePairsList());
			return LogWarnResponse.getDefaultInstance();
		});
	}

	@Override
	public void logError(LogErrorRequest request, StreamObserver<LogErrorResponse> observer) {
		answer(observer, () -> {
			log("error", request.getMsg(), request.getKeyValuePairsList());
			return LogErrorResponse.getDefaultInstance();
		});
	}

	private void log(String level, String message, List<KeyValuePair> pairs) {
		Map<String, Object> fields = new LinkedHashMap<>();
		pairs.forEach(p -> fields.put(p.getKey(), StructConverter.toModel(p.getValue())));
		LogEntry entry = new LogEntry(level, message, Collections.unmodifiableMap(fields));
		this.world.plugin.log(entry);
		this.world.notify(l -> l.pluginLogged(entry));
	}

	// ---- configuration

	@Override
	public void loadPluginConfiguration(LoadPluginConfigurationRequest request,
			StreamObserver<LoadPluginConfigurationResponse> observer) {
		answer(observer, () -> LoadPluginConfigurationResponse.newBuilder()
			.setConfigJson(utf8(GoJson.toJson(this.world.plugin.effectiveConfiguration())))
			.build());
	}

	@Override
	public void getPluginConfig(GetPluginConfigRequest request, StreamObserver<GetPluginConfigResponse> observer) {
		answer(observer, () -> {
			GetPluginConfigResponse.Builder response = GetPluginConfigResponse.newBuilder();
			Optional.ofNullable(this.world.plugin.settings()).ifPresent(response::setConfig);
			return response.build();
		});
	}

	@Override
	public void savePluginConfig(SavePluginConfigRequest request, StreamObserver<SavePluginConfigResponse> observer) {
		answer(observer, () -> {
			if (!request.hasConfig()) {
				throw required("config");
			}
			this.world.plugin.settings(request.getConfig());
			Map<String, Object> settings = StructConverter.toModel(request.getConfig());
			this.world.notify(l -> l.pluginSavedConfiguration(settings));
			return SavePluginConfigResponse.getDefaultInstance();
		});
	}

	@Override
	public void getConfig(GetConfigRequest request, StreamObserver<GetConfigResponse> observer) {
		answer(observer, () -> GetConfigResponse.newBuilder()
			.setConfigJson(utf8(GoJson.toJson(this.world.plugin.serverConfig())))
			.build());
	}

	@Override
	public void getUnsanitizedConfig(GetUnsanitizedConfigRequest request,
			StreamObserver<GetUnsanitizedConfigResponse> observer) {
		answer(observer, () -> GetUnsanitizedConfigResponse.newBuilder()
			.setConfigJson(utf8(GoJson.toJson(this.world.plugin.serverConfig())))
			.build());
	}

	private static ByteString utf8(String text) {
		return ByteString.copyFrom(text, StandardCharsets.UTF_8);
	}

	// ---- server

	@Override
	public void getServerVersion(GetServerVersionRequest request, StreamObserver<GetServerVersionResponse> observer) {
		answer(observer, () -> GetServerVersionResponse.newBuilder().setVersion(this.serverVersion).build());
	}

	@Override
	public void isEnterpriseReady(IsEnterpriseReadyRequest request,
			StreamObserver<IsEnterpriseReadyResponse> observer) {
		answer(observer, () -> IsEnterpriseReadyResponse.newBuilder().setIsEnterpriseReady(false).build());
	}

	@Override
	public void getLicense(GetLicenseRequest request, StreamObserver<GetLicenseResponse> observer) {
		// An unlicensed server: no license JSON at all.
		answer(observer, GetLicenseResponse::getDefaultInstance);
	}

	@Override
	public void getSystemInstallDate(GetSystemInstallDateRequest request,
			StreamObserver<GetSystemInstallDateResponse> observer) {
		answer(observer, () -> GetSystemInstallDateResponse.newBuilder()
			.setInstallDate(this.world.installDate)
			.build());
	}

	@Override
	public void getDiagnosticId(GetDiagnosticIdRequest request, StreamObserver<GetDiagnosticIdResponse> observer) {
		answer(observer, () -> GetDiagnosticIdResponse.newBuilder().setDiagnosticId(this.world.diagnosticId).build());
	}

	@Override
	public void getTelemetryId(GetTelemetryIdRequest request, StreamObserver<GetTelemetryIdResponse> observer) {
		answer(observer, () -> GetTelemetryIdResponse.newBuilder().setTelemetryId(this.world.diagnosticId).build());
	}

	@Override
	public void getBundlePath(GetBundlePathRequest request, StreamObserver<GetBundlePathResponse> observer) {
		answer(observer, () -> GetBundlePathResponse.newBuilder().setPath(this.world.plugin.bundlePath()).build());
	}

	@Override
	public void publishPluginClusterEvent(PublishPluginClusterEventRequest request,
			StreamObserver<PublishPluginClusterEventResponse> observer) {
		// A single node has no other instances of the plugin to deliver the event to.
		answer(observer, PublishPluginClusterEventResponse::getDefaultInstance);
	}

	// ---- users

	@Override
	public void createUser(CreateUserRequest request, StreamObserver<CreateUserResponse> observer) {
		answer(observer, () -> CreateUserResponse.newBuilder()
			.setUser(this.world.accounts.createUser(request.getUser(), true))
			.build());
	}

	@Override
	public void deleteUser(DeleteUserRequest request, StreamObserver<DeleteUserResponse> observer) {
		// The plugin API's DeleteUser deactivates; it does not erase.
		answer(observer, () -> {
			this.world.accounts.updateUserActive(request.getUserId(), false);
			return DeleteUserResponse.getDefaultInstance();
		});
	}

	@Override
	public void getUser(GetUserRequest request, StreamObserver<GetUserResponse> observer) {
		answer(observer, () -> GetUserResponse.newBuilder()
			.setUser(this.world.accounts.user(request.getUserId()))
			.build());
	}

	@Override
	public void getUserByEmail(GetUserByEmailRequest request, StreamObserver<GetUserByEmailResponse> observer) {
		answer(observer, () -> GetUserByEmailResponse.newBuilder()
			.setUser(this.world.accounts.userByEmail(request.getEmail()))
			.build());
	}

	@Override
	public void getUserByUsername(GetUserByUsernameRequest request,
			StreamObserver<GetUserByUsernameResponse> observer) {
		answer(observer, () -> GetUserByUsernameResponse.newBuilder()
			.setUser(this.world.accounts.userByUsername(request.getName()))
			.build());
	}

	@Override
	public void getUsersByIds(GetUsersByIdsRequest request, StreamObserver<GetUsersByIdsResponse> observer) {
		answer(observer, () -> GetUsersByIdsResponse.newBuilder()
			.addAllUsers(this.world.accounts.users(request.getUserIdsList()))
			.build());
	}

	@Override
	public void getUsersByUsernames(GetUsersByUsernamesRequest request,
			StreamObserver<GetUsersByUsernamesResponse> observer) {
		answer(observer, () -> GetUsersByUsernamesResponse.newBuilder()
			.addAllUsers(this.world.accounts.usersByUsernames(request.getUsernamesList()))
			.build());
	}

	@Override
	public void getUsers(GetUsersRequest request, StreamObserver<GetUsersResponse> observer) {
		answer(observer, () -> {
			Directory directory = this.world.directory;
			Stream<User> users = this.world.accounts.allUsers().stream()
				.filter(u -> request.getInTeamId().isEmpty()
						|| directory.isTeamMember(request.getInTeamId(), u.getId()))
				.filter(u -> request.getNotInTeamId().isEmpty()
						|| !directory.isTeamMember(request.getNotInTeamId(), u.getId()))
				.filter(u -> request.getInChannelId().isEmpty()
						|| directory.isChannelMember(request.getInChannelId(), u.getId()))
				.filter(u -> request.getNotInChannelId().isEmpty()
						|| !directory.isChannelMember(request.getNotInChannelId(), u.getId()))
				.filter(u -> !request.getInactive() || u.getDeleteAt() != 0)
				.filter(u -> !request.getActive() || u.getDeleteAt() == 0)
				.filter(u -> request.getRole().isEmpty() || Accounts.hasRole(u.getRoles(), request.getRole()))
				.filter(u -> u.getUpdateAt() > request.getUpdatedAfter())
				.sorted(Comparator.comparing(User::getUsername));
			return GetUsersResponse.newBuilder()
				.addAllUsers(Pages.page(users, request.getPage(), request.getPerPage()))
				.build();
		});
	}

	@Override
	public void getUsersInTeam(GetUsersInTeamRequest request, StreamObserver<GetUsersInTeamResponse> observer) {
		answer(observer, () -> GetUsersInTeamResponse.newBuilder()
			.addAllUsers(this.world.directory.usersInTeam(request.getTeamId(), request.getPage(), request.getPerPage()))
			.build());
	}

	@Override
	public void getUsersInChannel(GetUsersInChannelRequest request,
			StreamObserver<GetUsersInChannelResponse> observer) {
		answer(observer, () -> GetUsersInChannelResponse.newBuilder()
			.addAllUsers(this.world.directory.usersInChannel(request.getChannelId(), request.getSortBy(),
					request.getPage(), request.getPerPage()))
			.build());
	}

	@Override
	public void updateUser(UpdateUserRequest request, StreamObserver<UpdateUserResponse> observer) {
		answer(observer, () -> {
			if (!request.hasUser()) {
				throw required("user");
			}
			return UpdateUserResponse.newBuilder().setUser(this.world.accounts.updateUser(request.getUser())).build();
		});
	}

	@Override
	public void updateUserActive(UpdateUserActiveRequest request, StreamObserver<UpdateUserActiveResponse> observer) {
		answer(observer, () -> {
			this.world.accounts.updateUserActive(request.getUserId(), request.getActive());
			return UpdateUserActiveResponse.getDefaultInstance();
		});
	}

	@Override
	public void updateUserRoles(UpdateUserRolesRequest request, StreamObserver<UpdateUserRolesResponse> observer) {
		answer(observer, () -> UpdateUserRolesResponse.newBuilder()
			.setUser(this.world.accounts.updateUserRoles(request.getUserId(), request.getNewRoles()))
			.build());
	}

	@Override
	public void hasPermissionTo(HasPermissionToRequest request, StreamObserver<HasPermissionToResponse> observer) {
		answer(observer, () -> HasPermissionToResponse.newBuilder()
			.setHasPermission(hasSystemPermission(request.getUserId(), request.getPermissionId()))
			.build());
	}

	@Override
	public void hasPermissionToTeam(HasPermissionToTeamRequest request,
			StreamObserver<HasPermissionToTeamResponse> observer) {
		answer(observer, () -> HasPermissionToTeamResponse.newBuilder()
			.setHasPermission(hasTeamPermission(request.getUserId(), request.getTeamId(), request.getPermissionId()))
			.build());
	}

	@Override
	public void hasPermissionToChannel(HasPermissionToChannelRequest request,
			StreamObserver<HasPermissionToChannelResponse> observer) {
		answer(observer, () -> {
			Directory directory = this.world.directory;
			String userId = request.getUserId();
			String permission = request.getPermissionId();
			boolean allowed = directory.findChannel(request.getChannelId()).map(channel -> {
				if (hasTeamPermission(userId, channel.getTeamId(), permission)) {
					return true;
				}
				if (!directory.isChannelMember(channel.getId(), userId)) {
					return false;
				}
				String roles = directory.channelMember(channel.getId(), userId).getRoles();
				return Accounts.hasRole(roles, "channel_admin") || CHANNEL_USER_PERMISSIONS.contains(permission);
			}).orElse(false);
			return HasPermissionToChannelResponse.newBuilder().setHasPermission(allowed).build();
		});
	}

	private boolean hasSystemPermission(String userId, String permission) {
		Accounts accounts = this.world.accounts;
		if (accounts.isSystemAdmin(userId)) {
			return true;
		}
		return accounts.findUser(u -> u.getId().equals(userId))
			.map(u -> u.getDeleteAt() == 0 && SYSTEM_USER_PERMISSIONS.contains(permission))
			.orElse(false);
	}

	private boolean hasTeamPermission(String userId, String teamId, String permission) {
		Directory directory = this.world.directory;
		if (hasSystemPermission(userId, permission)) {
			return true;
		}
		if (teamId.isEmpty() || !directory.isTeamMember(teamId, userId)) {
			return false;
		}
		String roles = directory.teamMember(teamId, userId).getRoles();
		return Accounts.hasRole(roles, "team_admin") || TEAM_USER_PERMISSIONS.contains(permission);
	}

	// ---- sessions

	@Override
	public void getSession(GetSessionRequest request, StreamObserver<GetSessionResponse> observer) {
		answer(observer, () -> GetSessionResponse.newBuilder()
			.setSession(this.world.accounts.session(request.getSessionId()))
			.build());
	}

	@Override
	public void createSession(CreateSessionRequest request, StreamObserver<CreateSessionResponse> observer) {
		answer(observer, () -> CreateSessionResponse.newBuilder()
			.setSession(this.world.accounts.createSession(request.getSession()))
			.build());
	}

	@Override
	public void extendSessionExpiry(ExtendSessionExpiryRequest request,
			StreamObserver<ExtendSessionExpiryResponse> observer) {
		answer(observer, () -> {
			this.world.accounts.extendSessionExpiry(request.getSessionId(), request.getNewExpiry());
			return ExtendSessionExpiryResponse.getDefaultInstance();
		});
	}

	@Override
	public void revokeSession(RevokeSessionRequest request, StreamObserver<RevokeSessionResponse> observer) {
		answer(observer, () -> {
			this.world.accounts.revokeSession(request.getSessionId());
			return RevokeSessionResponse.getDefaultInstance();
		});
	}

	// ---- preferences

	@Override
	public void getPreferenceForUser(GetPreferenceForUserRequest request,
			StreamObserver<GetPreferenceForUserResponse> observer) {
		answer(observer, () -> GetPreferenceForUserResponse.newBuilder()
			.setPreference(this.world.accounts.preference(request.getUserId(), request.getCategory(),
					request.getName()))
			.build());
	}

	@Override
	public void getPreferencesForUser(GetPreferencesForUserRequest request,
			StreamObserver<GetPreferencesForUserResponse> observer) {
		answer(observer, () -> GetPreferencesForUserResponse.newBuilder()
			.addAllPreferences(this.world.accounts.preferences(request.getUserId()))
			.build());
	}

	@Override
	public void updatePreferencesForUser(UpdatePreferencesForUserRequest request,
			StreamObserver<UpdatePreferencesForUserResponse> observer) {
		answer(observer, () -> {
			this.world.accounts.updatePreferences(request.getUserId(), request.getPreferencesList());
			return UpdatePreferencesForUserResponse.getDefaultInstance();
		});
	}

	@Override
	public void deletePreferencesForUser(DeletePreferencesForUserRequest request,
			StreamObserver<DeletePreferencesForUserResponse> observer) {
		answer(observer, () -> {
			this.world.accounts.deletePreferences(request.getUserId(), request.getPreferencesList());
			return DeletePreferencesForUserResponse.getDefaultInstance();
		});
	}

	// ---- teams

	@Override
	public void createTeam(CreateTeamRequest request, StreamObserver<CreateTeamResponse> observer) {
		answer(observer, () -> CreateTeamResponse.newBuilder()
			.setTeam(this.world.directory.createTeam(request.getTeam()))
			.build());
	}

	@Override
	public void deleteTeam(DeleteTeamRequest request, StreamObserver<DeleteTeamResponse> observer) {
		answer(observer, () -> {
			this.world.directory.deleteTeam(request.getTeamId());
			return DeleteTeamResponse.getDefaultInstance();
		});
	}

	@Override
	public void getTeam(GetTeamRequest request, StreamObserver<GetTeamResponse> observer) {
		answer(observer, () -> GetTeamResponse.newBuilder()
			.setTeam(this.world.directory.team(request.getTeamId()))
			.build());
	}

	@Override
	public void getTeamByName(GetTeamByNameRequest request, StreamObserver<GetTeamByNameResponse> observer) {
		answer(observer, () -> GetTeamByNameResponse.newBuilder()
			.setTeam(this.world.directory.teamByName(request.getName()))
			.build());
	}

	@Override
	public void getTeams(GetTeamsRequest request, StreamObserver<GetTeamsResponse> observer) {
		answer(observer, () -> GetTeamsResponse.newBuilder().addAllTeams(this.world.directory.teams()).build());
	}

	@Override
	public void getTeamsForUser(GetTeamsForUserRequest request, StreamObserver<GetTeamsForUserResponse> observer) {
		answer(observer, () -> GetTeamsForUserResponse.newBuilder()
			.addAllTeams(this.world.directory.teamsForUser(request.getUserId()))
			.build());
	}

	@Override
	public void updateTeam(UpdateTeamRequest request, StreamObserver<UpdateTeamResponse> observer) {
		answer(observer, () -> UpdateTeamResponse.newBuilder()
			.setTeam(this.world.directory.updateTeam(request.getTeam()))
			.build());
	}

	@Override
	public void createTeamMember(CreateTeamMemberRequest request, StreamObserver<CreateTeamMemberResponse> observer) {
		answer(observer, () -> CreateTeamMemberResponse.newBuilder()
			.setTeamMember(this.world.directory.joinTeam(request.getTeamId(), request.getUserId()))
			.build());
	}

	@Override
	public void createTeamMembers(CreateTeamMembersRequest request,
			StreamObserver<CreateTeamMembersResponse> observer) {
		answer(observer, () -> {
			CreateTeamMembersResponse.Builder response = CreateTeamMembersResponse.newBuilder();
			request.getUserIdsList()
				.forEach(u -> response.addTeamMembers(this.world.directory.joinTeam(request.getTeamId(), u)));
			return response.build();
		});
	}

	@Override
	public void getTeamMember(GetTeamMemberRequest request, StreamObserver<GetTeamMemberResponse> observer) {
		answer(observer, () -> GetTeamMemberResponse.newBuilder()
			.setTeamMember(this.world.directory.teamMember(request.getTeamId(), request.getUserId()))
			.build());
	}

	@Override
	public void getTeamMembers(GetTeamMembersRequest request, StreamObserver<GetTeamMembersResponse> observer) {
		answer(observer, () -> GetTeamMembersResponse.newBuilder()
			.addAllTeamMembers(this.world.directory.teamMembers(request.getTeamId(), request.getPage(),
					request.getPerPage()))
			.build());
	}

	@Override
	public void getTeamMembersForUser(GetTeamMembersForUserRequest request,
			StreamObserver<GetTeamMembersForUserResponse> observer) {
		answer(observer, () -> GetTeamMembersForUserResponse.newBuilder()
			.addAllTeamMembers(this.world.directory.teamMembersForUser(request.getUserId(), request.getPage(),
					request.getPerPage()))
			.build());
	}

	@Override
	public void updateTeamMemberRoles(UpdateTeamMemberRolesRequest request,
			StreamObserver<UpdateTeamMemberRolesResponse> observer) {
		answer(observer, () -> UpdateTeamMemberRolesResponse.newBuilder()
			.setTeamMember(this.world.directory.updateTeamMemberRoles(request.getTeamId(), request.getUserId(),
					request.getNewRoles()))
			.build());
	}

	@Override
	public void deleteTeamMember(DeleteTeamMemberRequest request, StreamObserver<DeleteTeamMemberResponse> observer) {
		answer(observer, () -> {
			this.world.directory.leaveTeam(request.getTeamId(), request.getUserId());
			return DeleteTeamMemberResponse.getDefaultInstance();
		});
	}

	// ---- channels

	@Override
	public void createChannel(CreateChannelRequest request, StreamObserver<CreateChannelResponse> observer) {
		answer(observer, () -> CreateChannelResponse.newBuilder()
			.setChannel(this.world.directory.createChannel(request.getChannel()))
			.build());
	}

	@Override
	public void deleteChannel(DeleteChannelRequest request, StreamObserver<DeleteChannelResponse> observer) {
		answer(observer, () -> {
			this.world.directory.deleteChannel(request.getChannelId());
			return DeleteChannelResponse.getDefaultInstance();
		});
	}

	@Override
	public void getChannel(GetChannelRequest request, StreamObserver<GetChannelResponse> observer) {
		answer(observer, () -> GetChannelResponse.newBuilder()
			.setChannel(this.world.directory.channel(request.getChannelId()))
			.build());
	}

	@Override
	public void getChannelByName(GetChannelByNameRequest request, StreamObserver<GetChannelByNameResponse> observer) {
		answer(observer, () -> GetChannelByNameResponse.newBuilder()
			.setChannel(this.world.directory.channelByName(request.getTeamId(), request.getName(),
					request.getIncludeDeleted()))
			.build());
	}

	@Override
	public void getChannelByNameForTeamName(GetChannelByNameForTeamNameRequest request,
			StreamObserver<GetChannelByNameForTeamNameResponse> observer) {
		answer(observer, () -> {
			Team team = this.world.directory.teamByName(request.getTeamName());
			return GetChannelByNameForTeamNameResponse.newBuilder()
				.setChannel(this.world.directory.channelByName(team.getId(), request.getChannelName(),
						request.getIncludeDeleted()))
				.build();
		});
	}

	@Override
	public void getDirectChannel(GetDirectChannelRequest request, StreamObserver<GetDirectChannelResponse> observer) {
		answer(observer, () -> GetDirectChannelResponse.newBuilder()
			.setChannel(this.world.directory.directChannel(request.getUserId1(), request.getUserId2()))
			.build());
	}

	@Override
	public void getGroupChannel(GetGroupChannelRequest request, StreamObserver<GetGroupChannelResponse> observer) {
		answer(observer, () -> GetGroupChannelResponse.newBuilder()
			.setChannel(this.world.directory.groupChannel(request.getUserIdsList()))
			.build());
	}

	@Override
	public void getPublicChannelsForTeam(GetPublicChannelsForTeamRequest request,
			StreamObserver<GetPublicChannelsForTeamResponse> observer) {
		answer(observer, () -> GetPublicChannelsForTeamResponse.newBuilder()
			.addAllChannels(this.world.directory.publicChannelsForTeam(request.getTeamId(), request.getPage(),
					request.getPerPage()))
			.build());
	}

	@Override
	public void getChannelsForTeamForUser(GetChannelsForTeamForUserRequest request,
			StreamObserver<GetChannelsForTeamForUserResponse> observer) {
		answer(observer, () -> GetChannelsForTeamForUserResponse.newBuilder()
			.addAllChannels(this.world.directory.channelsForTeamForUser(request.getTeamId(), request.getUserId(),
					request.getIncludeDeleted()))
			.build());
	}

	@Override
	public void searchChannels(SearchChannelsRequest request, StreamObserver<SearchChannelsResponse> observer) {
		answer(observer, () -> SearchChannelsResponse.newBuilder()
			.addAllChannels(this.world.directory.searchChannels(request.getTeamId(), request.getTerm()))
			.build());
	}

	@Override
	public void updateChannel(UpdateChannelRequest request, StreamObserver<UpdateChannelResponse> observer) {
		answer(observer, () -> UpdateChannelResponse.newBuilder()
			.setChannel(this.world.directory.updateChannel(request.getChannel()))
			.build());
	}

	@Override
	public void getChannelStats(GetChannelStatsRequest request, StreamObserver<GetChannelStatsResponse> observer) {
		answer(observer, () -> {
			Channel channel = this.world.directory.channel(request.getChannelId());
			return GetChannelStatsResponse.newBuilder()
				.setChannelStats(ChannelStats.newBuilder()
					.setChannelId(channel.getId())
					.setMemberCount(this.world.directory.channelMembers(channel.getId(), 0, Integer.MAX_VALUE).size())
					.setPinnedpostCount(this.world.posts.pinnedCount(channel.getId()))
					.setFilesCount(this.world.files.countInChannel(channel.getId())))
				.build();
		});
	}

	@Override
	public void addChannelMember(AddChannelMemberRequest request, StreamObserver<AddChannelMemberResponse> observer) {
		answer(observer, () -> AddChannelMemberResponse.newBuilder()
			.setChannelMember(this.world.directory.addChannelMember(request.getChannelId(), request.getUserId()))
			.build());
	}

	@Override
	public void addUserToChannel(AddUserToChannelRequest request, StreamObserver<AddUserToChannelResponse> observer) {
		answer(observer, () -> AddUserToChannelResponse.newBuilder()
			.setChannelMember(this.world.directory.addChannelMember(request.getChannelId(), request.getUserId()))
			.build());
	}

	@Override
	public void getChannelMember(GetChannelMemberRequest request, StreamObserver<GetChannelMemberResponse> observer) {
		answer(observer, () -> GetChannelMemberResponse.newBuilder()
			.setChannelMember(this.world.directory.channelMember(request.getChannelId(), request.getUserId()))
			.build());
	}

	@Override
	public void getChannelMembers(GetChannelMembersRequest request,
			StreamObserver<GetChannelMembersResponse> observer) {
		answer(observer, () -> GetChannelMembersResponse.newBuilder()
			.addAllChannelMembers(this.world.directory.channelMembers(request.getChannelId(), request.getPage(),
					request.getPerPage()))
			.build());
	}

	@Override
	public void getChannelMembersByIds(GetChannelMembersByIdsRequest request,
			StreamObserver<GetChannelMembersByIdsResponse> observer) {
		answer(observer, () -> GetChannelMembersByIdsResponse.newBuilder()
			.addAllChannelMembers(this.world.directory.channelMembersByIds(request.getChannelId(),
					request.getUserIdsList()))
			.build());
	}

	@Override
	public void getChannelMembersForUser(GetChannelMembersForUserRequest request,
			StreamObserver<GetChannelMembersForUserResponse> observer) {
		answer(observer, () -> GetChannelMembersForUserResponse.newBuilder()
			.addAllChannelMembers(this.world.directory.channelMembersForUser(request.getTeamId(), request.getUserId(),
					request.getPage(), request.getPerPage()))
			.build());
	}

	@Override
	public void updateChannelMemberRoles(UpdateChannelMemberRolesRequest request,
			StreamObserver<UpdateChannelMemberRolesResponse> observer) {
		answer(observer, () -> UpdateChannelMemberRolesResponse.newBuilder()
			.setChannelMember(this.world.directory.updateChannelMemberRoles(request.getChannelId(),
					request.getUserId(), request.getNewRoles()))
			.build());
	}

	@Override
	public void updateChannelMemberNotifications(UpdateChannelMemberNotificationsRequest request,
			StreamObserver<UpdateChannelMemberNotificationsResponse> observer) {
		answer(observer, () -> UpdateChannelMemberNotificationsResponse.newBuilder()
			.setChannelMember(this.world.directory.updateChannelMemberNotifications(request.getChannelId(),
					request.getUserId(), request.getNotificationsMap()))
			.build());
	}

	@Override
	public void deleteChannelMember(DeleteChannelMemberRequest request,
			StreamObserver<DeleteChannelMemberResponse> observer) {
		answer(observer, () -> {
			this.world.directory.removeChannelMember(request.getChannelId(), request.getUserId());
			return DeleteChannelMemberResponse.getDefaultInstance();
		});
	}

	// ---- posts

	@Override
	public void createPost(CreatePostRequest request, StreamObserver<CreatePostResponse> observer) {
		answerInBody(observer, () -> {
			Post post = this.world.posts.create(request.getPost());
			this.world.notify(l -> l.pluginCreatedPost(PostConverter.toModel(post)));
			return CreatePostResponse.newBuilder().setPost(post).build();
		}, e -> CreatePostResponse.newBuilder().setError(e).build());
	}

	@Override
	public void getPost(GetPostRequest request, StreamObserver<GetPostResponse> observer) {
		answerInBody(observer, () -> GetPostResponse.newBuilder()
			.setPost(this.world.posts.get(request.getPostId()))
			.build(), e -> GetPostResponse.newBuilder().setError(e).build());
	}

	@Override
	public void updatePost(UpdatePostRequest request, StreamObserver<UpdatePostResponse> observer) {
		answerInBody(observer, () -> UpdatePostResponse.newBuilder()
			.setPost(this.world.posts.update(request.getPost()))
			.build(), e -> UpdatePostResponse.newBuilder().setError(e).build());
	}

	@Override
	public void deletePost(DeletePostRequest request, StreamObserver<DeletePostResponse> observer) {
		answerInBody(observer, () -> {
			this.world.posts.delete(request.getPostId());
			return DeletePostResponse.getDefaultInstance();
		}, e -> DeletePostResponse.newBuilder().setError(e).build());
	}

	@Override
	public void getPostThread(GetPostThreadRequest request, StreamObserver<GetPostThreadResponse> observer) {
		answerInBody(observer, () -> GetPostThreadResponse.newBuilder()
			.setPostList(this.world.posts.thread(request.getPostId()))
			.build(), e -> GetPostThreadResponse.newBuilder().setError(e).build());
	}

	@Override
	public void getPostsForChannel(GetPostsForChannelRequest request,
			StreamObserver<GetPostsForChannelResponse> observer) {
		answerInBody(observer, () -> GetPostsForChannelResponse.newBuilder()
			.setPostList(this.world.posts.forChannel(request.getChannelId(), request.getPage(), request.getPerPage()))
			.build(), e -> GetPostsForChannelResponse.newBuilder().setError(e).build());
	}

	@Override
	public void getPostsSince(GetPostsSinceRequest request, StreamObserver<GetPostsSinceResponse> observer) {
		answerInBody(observer, () -> GetPostsSinceResponse.newBuilder()
			.setPostList(this.world.posts.since(request.getChannelId(), request.getTime()))
			.build(), e -> GetPostsSinceResponse.newBuilder().setError(e).build());
	}

	@Override
	public void getPostsBefore(GetPostsBeforeRequest request, StreamObserver<GetPostsBeforeResponse> observer) {
		answerInBody(observer, () -> GetPostsBeforeResponse.newBuilder()
			.setPostList(this.world.posts.before(request.getChannelId(), request.getPostId(), request.getPage(),
					request.getPerPage()))
			.build(), e -> GetPostsBeforeResponse.newBuilder().setError(e).build());
	}

	@Override
	public void getPostsAfter(GetPostsAfterRequest request, StreamObserver<GetPostsAfterResponse> observer) {
		answerInBody(observer, () -> GetPostsAfterResponse.newBuilder()
			.setPostList(this.world.posts.after(request.getChannelId(), request.getPostId(), request.getPage(),
					request.getPerPage()))
			.build(), e -> GetPostsAfterResponse.newBuilder().setError(e).build());
	}

	@Override
	public void sendEphemeralPost(SendEphemeralPostRequest request,
			StreamObserver<SendEphemeralPostResponse> observer) {
		answerInBody(observer, () -> {
			Post post = this.world.posts.sendEphemeral(request.getUserId(), request.getPost());
			this.world.notify(l -> l.pluginSentEphemeralPost(request.getUserId(), PostConverter.toModel(post)));
			return SendEphemeralPostResponse.newBuilder().setPost(post).build();
		}, e -> SendEphemeralPostResponse.newBuilder().setError(e).build());
	}

	@Override
	public void updateEphemeralPost(UpdateEphemeralPostRequest request,
			StreamObserver<UpdateEphemeralPostResponse> observer) {
		answerInBody(observer, () -> UpdateEphemeralPostResponse.newBuilder()
			.setPost(this.world.posts.updateEphemeral(request.getUserId(), request.getPost()))
			.build(), e -> UpdateEphemeralPostResponse.newBuilder().setError(e).build());
	}

	@Override
	public void deleteEphemeralPost(DeleteEphemeralPostRequest request,
			StreamObserver<DeleteEphemeralPostResponse> observer) {
		answerInBody(observer, () -> {
			this.world.posts.deleteEphemeral(request.getUserId(), request.getPostId());
			return DeleteEphemeralPostResponse.getDefaultInstance();
		}, e -> DeleteEphemeralPostResponse.newBuilder().setError(e).build());
	}

	@Override
	public void addReaction(AddReactionRequest request, StreamObserver<AddReactionResponse> observer) {
		answerInBody(observer, () -> AddReactionResponse.newBuilder()
			.setReaction(this.world.posts.addReaction(request.getReaction()))
			.build(), e -> AddReactionResponse.newBuilder().setError(e).build());
	}

	@Override
	public void removeReaction(RemoveReactionRequest request, StreamObserver<RemoveReactionResponse> observer) {
		answerInBody(observer, () -> {
			this.world.posts.removeReaction(request.getReaction());
			return RemoveReactionResponse.getDefaultInstance();
		}, e -> RemoveReactionResponse.newBuilder().setError(e).build());
	}

	@Override
	public void getReactions(GetReactionsRequest request, StreamObserver<GetReactionsResponse> observer) {
		answerInBody(observer, () -> GetReactionsResponse.newBuilder()
			.addAllReactions(this.world.posts.reactions(request.getPostId()))
			.build(), e -> GetReactionsResponse.newBuilder().setError(e).build());
	}

	// ---- files

	@Override
	public void uploadFile(UploadFileRequest request, StreamObserver<UploadFileResponse> observer) {
		answerInBody(observer, () -> UploadFileResponse.newBuilder()
			.setFileInfo(this.world.files.upload(request.getData().toByteArray(), request.getChannelId(),
					request.getFilename()))
			.build(), e -> UploadFileResponse.newBuilder().setError(e).build());
	}

	@Override
	public void getFileInfo(GetFileInfoRequest request, StreamObserver<GetFileInfoResponse> observer) {
		answerInBody(observer, () -> GetFileInfoResponse.newBuilder()
			.setFileInfo(this.world.files.info(request.getFileId()))
			.build(), e -> GetFileInfoResponse.newBuilder().setError(e).build());
	}

	@Override
	public void getFile(GetFileRequest request, StreamObserver<GetFileResponse> observer) {
		answerInBody(observer, () -> GetFileResponse.newBuilder()
			.setData(ByteString.copyFrom(this.world.files.content(request.getFileId())))
			.build(), e -> GetFileResponse.newBuilder().setError(e).build());
	}

	@Override
	public void readFile(ReadFileRequest request, StreamObserver<ReadFileResponse> observer) {
		answerInBody(observer, () -> ReadFileResponse.newBuilder()
			.setData(ByteString.copyFrom(this.world.files.read(request.getPath())))
			.build(), e -> ReadFileResponse.newBuilder().setError(e).build());
	}

	// ---- commands

	@Override
	public void registerCommand(RegisterCommandRequest request, StreamObserver<RegisterCommandResponse> observer) {
		answer(observer, () -> {
			if (!request.hasCommand()) {
				throw required("command");
			}
			if (request.getCommand().getTrigger().isEmpty()) {
				throw internal("invalid command");
			}
			this.world.plugin.registerCommand(request.getCommand());
			return RegisterCommandResponse.getDefaultInstance();
		});
	}

	@Override
	public void unregisterCommand(UnregisterCommandRequest request,
			StreamObserver<UnregisterCommandResponse> observer) {
		answer(observer, () -> {
			this.world.plugin.unregisterCommand(request.getTeamId(), request.getTrigger());
			return UnregisterCommandResponse.getDefaultInstance();
		});
	}

	@Override
	public void listPluginCommands(ListPluginCommandsRequest request,
			StreamObserver<ListPluginCommandsResponse> observer) {
		answer(observer, () -> ListPluginCommandsResponse.newBuilder()
			.addAllCommands(this.world.plugin.commands(request.getTeamId()))
			.build());
	}

	// ---- bots

	@Override
	public void createBot(CreateBotRequest request, StreamObserver<CreateBotResponse> observer) {
		answer(observer, () -> {
			if (!request.hasBot()) {
				throw required("bot");
			}
			return CreateBotResponse.newBuilder()
				.setBot(this.world.accounts.createBot(request.getBot(), this.world.plugin.pluginId()))
				.build();
		});
	}

	@Override
	public void getBot(GetBotRequest request, StreamObserver<GetBotResponse> observer) {
		answer(observer, () -> GetBotResponse.newBuilder()
			.setBot(this.world.accounts.bot(request.getBotUserId(), request.getIncludeDeleted()))
			.build());
	}

	@Override
	public void getBots(GetBotsRequest request, StreamObserver<GetBotsResponse> observer) {
		BotGetOptions options = request.getOptions();
		answer(observer, () -> GetBotsResponse.newBuilder()
			.addAllBots(this.world.accounts.bots(options.getOwnerId(), options.getIncludeDeleted(),
					options.getOnlyOrphaned(), options.getPage(), options.getPerPage()))
			.build());
	}

	@Override
	public void patchBot(PatchBotRequest request, StreamObserver<PatchBotResponse> observer) {
		answer(observer, () -> {
			if (!request.hasBotPatch()) {
				throw required("patch");
			}
			BotPatch patch = request.getBotPatch();
			return PatchBotResponse.newBuilder()
				.setBot(this.world.accounts.patchBot(request.getBotUserId(),
						patch.hasUsername() ? patch.getUsername() : null,
						patch.hasDisplayName() ? patch.getDisplayName() : null,
						patch.hasDescription() ? patch.getDescription() : null))
				.build();
		});
	}

	@Override
	public void updateBotActive(UpdateBotActiveRequest request, StreamObserver<UpdateBotActiveResponse> observer) {
		answer(observer, () -> UpdateBotActiveResponse.newBuilder()
			.setBot(this.world.accounts.updateBotActive(request.getBotUserId(), request.getActive()))
			.build());
	}

	@Override
	public void permanentDeleteBot(PermanentDeleteBotRequest request,
			StreamObserver<PermanentDeleteBotResponse> observer) {
		answer(observer, () -> {
			this.world.accounts.permanentDeleteBot(request.getBotUserId());
			this.world.directory.forgetMemberships(request.getBotUserId());
			return PermanentDeleteBotResponse.getDefaultInstance();
		});
	}

	@Override
	public void ensureBotUser(EnsureBotUserRequest request, StreamObserver<EnsureBotUserResponse> observer) {
		answer(observer, () -> {
			if (!request.hasBot()) {
				throw required("bot");
			}
			return EnsureBotUserResponse.newBuilder().setBotUserId(ensureBot(request.getBot())).build();
		});
	}

	/**
	 * The server remembers the plugin's bot under the KV key {@value #BOT_ID_KEY}: it reuses (and updates) that bot,
	 * adopts an existing bot with the same username, and otherwise creates one owned by the plugin.
	 */
	private String ensureBot(Bot wanted) {
		Accounts accounts = this.world.accounts;
		String pluginId = this.world.plugin.pluginId();
		String remembered = new String(this.world.kv.get(BOT_ID_KEY), StandardCharsets.UTF_8);
		Optional<Bot> existing = remembered.isEmpty() ? Optional.empty()
				: accounts.findUser(u -> u.getId().equals(remembered)).map(u -> accounts.bot(remembered, true));
		if (existing.isEmpty()) {
			String username = wanted.getUsername().toLowerCase(Locale.ROOT);
			existing = accounts.botByUsername(username);
			if (existing.isEmpty() && accounts.findUser(u -> u.getUsername().equals(username)).isPresent()) {
				throw internal("failed to ensure bot: user " + username + " already exists and is not a bot");
			}
		}
		String botUserId;
		if (existing.isPresent()) {
			botUserId = existing.get().getUserId();
			accounts.patchBot(botUserId, null, wanted.getDisplayName(), wanted.getDescription());
			if (existing.get().getDeleteAt() != 0) {
				accounts.updateBotActive(botUserId, true);
			}
		}
		else {
			botUserId = accounts.createBot(wanted.toBuilder().setOwnerId(pluginId).build(), pluginId).getUserId();
		}
		this.world.kv.set(BOT_ID_KEY, botUserId.getBytes(StandardCharsets.UTF_8), 0);
		return botUserId;
	}

}
