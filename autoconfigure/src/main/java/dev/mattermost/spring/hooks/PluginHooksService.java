package dev.mattermost.spring.hooks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

import com.google.protobuf.ByteString;
import io.grpc.BindableService;
import io.grpc.Context;
import io.grpc.ServerInterceptors;
import io.grpc.ServerServiceDefinition;
import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import dev.mattermost.spring.convert.ChannelConverter;
import dev.mattermost.spring.convert.CommandConverter;
import dev.mattermost.spring.convert.FileConverter;
import dev.mattermost.spring.convert.HookModelConverter;
import dev.mattermost.spring.convert.JsonBlobConverter;
import dev.mattermost.spring.convert.PostConverter;
import dev.mattermost.spring.convert.TeamConverter;
import dev.mattermost.spring.convert.UserConverter;
import dev.mattermost.spring.model.CommandResponse;
import dev.mattermost.spring.model.EmailNotificationContent;
import dev.mattermost.spring.model.FileData;
import dev.mattermost.spring.model.PluginContext;
import dev.mattermost.spring.model.Post;
import dev.mattermost.spring.model.PushNotification;
import dev.mattermost.spring.model.SyncResponse;
import dev.mattermost.spring.protocol.v1.*;

/**
 * Serves Mattermost's {@code PluginHooks} gRPC service by converting each request to the Java model, running the
 * hook's handlers with its semantics and converting the answer back; {@code ServeHTTP} goes to the HTTP bridge.
 */
public final class PluginHooksService implements BindableService {

	private static final Log logger = LogFactory.getLog(PluginHooksService.class);

	private final HookHandlerRegistry registry;

	private final HookDispatcher dispatcher;

	private final MessageErrorPolicy messageErrorPolicy;

	private final @Nullable ServeHttpHandler serveHttp;

	private final AtomicBoolean configurationLoaded = new AtomicBoolean();

	private final AtomicBoolean activated = new AtomicBoolean();

	private final AtomicBoolean deactivated = new AtomicBoolean();

	/**
	 * Creates the service.
	 * @param registry the hook handlers
	 * @param messageErrorPolicy what a failing message filter does to the post
	 * @param serveHttp the HTTP bridge, or {@code null} when the plugin serves no HTTP
	 */
	public PluginHooksService(HookHandlerRegistry registry, MessageErrorPolicy messageErrorPolicy,
			@Nullable ServeHttpHandler serveHttp) {
		this.registry = registry;
		this.dispatcher = new HookDispatcher(registry);
		this.messageErrorPolicy = messageErrorPolicy;
		this.serveHttp = serveHttp;
	}

	/**
	 * The hook names this plugin implements, as {@code Implemented} reports them.
	 * @return hook names in Mattermost's spelling
	 */
	public List<String> implementedHooks() {
		List<String> names = new ArrayList<>(this.registry.implementedHookNames());
		// OnActivate runs the first OnConfigurationChange, and OnDeactivate lets the plugin tell a clean stop from a
		// kill, so both are always answered.
		addIfMissing(names, Hook.ON_ACTIVATE.hookName());
		addIfMissing(names, Hook.ON_DEACTIVATE.hookName());
		if (this.serveHttp != null && this.serveHttp.hasEndpoints()) {
			addIfMissing(names, "ServeHTTP");
		}
		return names;
	}

	/**
	 * Runs the {@code OnDeactivate} handlers if the plugin was activated and Mattermost did not deactivate it, so
	 * that a plugin stopped by a signal or a bare Shutdown still cleans up.
	 */
	public void deactivateIfActive() {
		if (this.activated.get() && this.deactivated.compareAndSet(false, true)) {
			HookDispatcher.HandlerFailure failure = this.dispatcher
				.notifyAll(new HookInvocation(Hook.ON_DEACTIVATE, null));
			if (failure == null) {
				logger.info("OnDeactivate handlers ran on shutdown");
			}
		}
	}

	private static void addIfMissing(List<String> names, String name) {
		if (!names.contains(name)) {
			names.add(name);
		}
	}

	@Override
	public ServerServiceDefinition bindService() {
		return ServerInterceptors.intercept(new Handlers().bindService(), new MalformedRequestInterceptor());
	}

	/**
	 * The generated service base class, kept inside so that its final {@code bindService} can be wrapped.
	 */
	private final class Handlers extends PluginHooksGrpc.PluginHooksImplBase {

		// Lifecycle

		@Override
		public void implemented(ImplementedRequest request, StreamObserver<ImplementedResponse> responses) {
			reply(responses, ImplementedResponse.newBuilder().addAllHooks(implementedHooks()).build());
		}

		@Override
		public void onActivate(OnActivateRequest request, StreamObserver<OnActivateResponse> responses) {
			if (PluginHooksService.this.configurationLoaded.compareAndSet(false, true)) {
				// A Go plugin's RPC server calls OnConfigurationChange once before OnActivate; a failure there is
				// logged and does not stop the activation.
				PluginHooksService.this.dispatcher.notifyAll(new HookInvocation(Hook.ON_CONFIGURATION_CHANGE, null));
			}
			AppError error = lifecycle(Hook.ON_ACTIVATE, null);
			if (error == null) {
				PluginHooksService.this.activated.set(true);
			}
			reply(responses, withError(OnActivateResponse.newBuilder(), error, OnActivateResponse.Builder::setError)
				.build());
		}

		@Override
		public void onDeactivate(OnDeactivateRequest request, StreamObserver<OnDeactivateResponse> responses) {
			PluginHooksService.this.deactivated.set(true);
			// Every cleanup runs even when one fails: this is the plugin's last chance to use the API.
			AppError error = notifyReportingFailure(Hook.ON_DEACTIVATE);
			reply(responses, withError(OnDeactivateResponse.newBuilder(), error, OnDeactivateResponse.Builder::setError)
				.build());
		}

		@Override
		public void onConfigurationChange(OnConfigurationChangeRequest request,
				StreamObserver<OnConfigurationChangeResponse> responses) {
			PluginHooksService.this.configurationLoaded.set(true);
			// A failure is only logged by Mattermost and the plugin goes on, so every component gets the new settings.
			AppError error = notifyReportingFailure(Hook.ON_CONFIGURATION_CHANGE);
			reply(responses, withError(OnConfigurationChangeResponse.newBuilder(), error,
					OnConfigurationChangeResponse.Builder::setError)
				.build());
		}

		@Override
		public void onInstall(OnInstallRequest request, StreamObserver<OnInstallResponse> responses) {
			AppError error = lifecycle(Hook.ON_INSTALL, context(request.getPluginContext()),
					HookModelConverter.toModel(request.getEvent()));
			reply(responses, withError(OnInstallResponse.newBuilder(), error, OnInstallResponse.Builder::setError).build());
		}

		@Override
		public void onSendDailyTelemetry(OnSendDailyTelemetryRequest request,
				StreamObserver<OnSendDailyTelemetryResponse> responses) {
			notifyHandlers(Hook.ON_SEND_DAILY_TELEMETRY, null);
			reply(responses, OnSendDailyTelemetryResponse.getDefaultInstance());
		}

		@Override
		public void runDataRetention(RunDataRetentionRequest request, StreamObserver<RunDataRetentionResponse> responses) {
			HookInvocation invocation = new HookInvocation(Hook.RUN_DATA_RETENTION, null, request.getNowTime(),
					request.getBatchSize());
			long deleted = 0;
			RunDataRetentionResponse.Builder response = RunDataRetentionResponse.newBuilder();
			// Every handler has run and deleted what it deleted, so the count covers all of them, failure or not.
			for (HookDispatcher.Outcome outcome : PluginHooksService.this.dispatcher.collect(invocation)) {
				if (outcome.failure() != null && !response.hasError()) {
					response.setError(HookErrors.toAppError(Hook.RUN_DATA_RETENTION, outcome.failure()));
				}
				if (outcome.result().value() instanceof Number count) {
					deleted += count.longValue();
				}
			}
			reply(responses, response.setDeletedCount(deleted).build());
		}

		@Override
		public void onCloudLimitsUpdated(OnCloudLimitsUpdatedRequest request,
				StreamObserver<OnCloudLimitsUpdatedResponse> responses) {
			notifyHandlers(Hook.ON_CLOUD_LIMITS_UPDATED, null, HookModelConverter.toModel(request.getLimits()));
			reply(responses, OnCloudLimitsUpdatedResponse.getDefaultInstance());
		}

		@Override
		public void configurationWillBeSaved(ConfigurationWillBeSavedRequest request,
				StreamObserver<ConfigurationWillBeSavedResponse> responses) {
			HookInvocation invocation = new HookInvocation(Hook.CONFIGURATION_WILL_BE_SAVED, null,
					JsonBlobConverter.toModel(request.getNewConfig()));
			HookDispatcher.ChainOutcome outcome = PluginHooksService.this.dispatcher.chain(invocation, 0, true);
			ConfigurationWillBeSavedResponse.Builder response = ConfigurationWillBeSavedResponse.newBuilder();
			if (outcome.failure() != null) {
				response.setError(HookErrors.toAppError(Hook.CONFIGURATION_WILL_BE_SAVED, outcome.failure()));
			}
			else if (outcome.rejected()) {
				response.setError(AppError.newBuilder()
					.setId("plugin.configuration_will_be_saved.rejected")
					.setMessage(outcome.rejectionReason())
					.setDetailedError(outcome.rejectionReason())
					.setStatusCode(400)
					.setWhere(Hook.CONFIGURATION_WILL_BE_SAVED.hookName()));
			}
			else if (outcome.modified()) {
				response.setModifiedConfig(JsonBlobConverter.toConfigJson((JsonNode) outcome.value()));
			}
			reply(responses, response.build());
		}

		// Messages

		@Override
		public void messageWillBePosted(MessageWillBePostedRequest request,
				StreamObserver<MessageWillBePostedResponse> responses) {
			HookInvocation invocation = new HookInvocation(Hook.MESSAGE_WILL_BE_POSTED,
					context(request.getPluginContext()), PostConverter.toModel(request.getPost()));
			MessageWillBePostedResponse.Builder response = MessageWillBePostedResponse.newBuilder();
			messageChain(invocation, response::setModifiedPost, response::setRejectionReason);
			reply(responses, response.build());
		}

		@Override
		public void messageWillBeUpdated(MessageWillBeUpdatedRequest request,
				StreamObserver<MessageWillBeUpdatedResponse> responses) {
			HookInvocation invocation = new HookInvocation(Hook.MESSAGE_WILL_BE_UPDATED,
					context(request.getPluginContext()), PostConverter.toModel(request.getNewPost()),
					PostConverter.toModel(request.getOldPost()));
			MessageWillBeUpdatedResponse.Builder response = MessageWillBeUpdatedResponse.newBuilder();
			messageChain(invocation, response::setModifiedPost, response::setRejectionReason);
			reply(responses, response.build());
		}

		private void messageChain(HookInvocation invocation, Function<dev.mattermost.spring.protocol.v1.Post, ?> modified,
				Function<String, ?> rejected) {
			boolean stopOnFailure = PluginHooksService.this.messageErrorPolicy == MessageErrorPolicy.REJECT;
			HookDispatcher.ChainOutcome outcome = PluginHooksService.this.dispatcher.chain(invocation, 0, stopOnFailure);
			if (outcome.failure() != null) {
				Throwable error = outcome.failure().error();
				rejected.apply("The message could not be checked by a plugin: "
						+ ((error.getMessage() != null) ? error.getMessage() : error.getClass().getSimpleName()));
			}
			else if (outcome.rejected()) {
				rejected.apply(outcome.rejectionReason());
			}
			else if (outcome.modified()) {
				modified.apply(PostConverter.toProto((Post) outcome.value()));
			}
		}

		@Override
		public void messageHasBeenPosted(MessageHasBeenPostedRequest request,
				StreamObserver<MessageHasBeenPostedResponse> responses) {
			notifyHandlers(Hook.MESSAGE_HAS_BEEN_POSTED, context(request.getPluginContext()),
					PostConverter.toModel(request.getPost()));
			reply(responses, MessageHasBeenPostedResponse.getDefaultInstance());
		}

		@Override
		public void messageHasBeenUpdated(MessageHasBeenUpdatedRequest request,
				StreamObserver<MessageHasBeenUpdatedResponse> responses) {
			notifyHandlers(Hook.MESSAGE_HAS_BEEN_UPDATED, context(request.getPluginContext()),
					PostConverter.toModel(request.getNewPost()), PostConverter.toModel(request.getOldPost()));
			reply(responses, MessageHasBeenUpdatedResponse.getDefaultInstance());
		}

		@Override
		public void messagesWillBeConsumed(MessagesWillBeConsumedRequest request,
				StreamObserver<MessagesWillBeConsumedResponse> responses) {
			List<Post> posts = request.getPostsList().stream().map(PostConverter::toModel).toList();
			HookDispatcher.ChainOutcome outcome = PluginHooksService.this.dispatcher
				.chain(new HookInvocation(Hook.MESSAGES_WILL_BE_CONSUMED, null, posts), 0, false);
			MessagesWillBeConsumedResponse.Builder response = MessagesWillBeConsumedResponse.newBuilder();
			if (outcome.modified() && !outcome.rejected()) {
				for (Object post : (List<?>) outcome.value()) {
					response.addPosts(PostConverter.toProto((Post) post));
				}
			}
			else {
				// Mattermost replaces the posts with whatever comes back, so unchanged posts go back as they came.
				response.addAllPosts(request.getPostsList());
			}
			reply(responses, response.build());
		}

		@Override
		public void messageHasBeenDeleted(MessageHasBeenDeletedRequest request,
				StreamObserver<MessageHasBeenDeletedResponse> responses) {
			notifyHandlers(Hook.MESSAGE_HAS_BEEN_DELETED, context(request.getPluginContext()),
					PostConverter.toModel(request.getPost()));
			reply(responses, MessageHasBeenDeletedResponse.getDefaultInstance());
		}

		@Override
		public void fileWillBeUploaded(FileWillBeUploadedRequest request,
				StreamObserver<FileWillBeUploadedResponse> responses) {
			FileUpload upload = new FileUpload(FileConverter.toModel(request.getFileInfo()),
					request.getFileContent().toByteArray());
			HookDispatcher.ChainOutcome outcome = PluginHooksService.this.dispatcher.chain(
					new HookInvocation(Hook.FILE_WILL_BE_UPLOADED, context(request.getPluginContext()), upload), 0, false);
			FileWillBeUploadedResponse.Builder response = FileWillBeUploadedResponse.newBuilder();
			if (outcome.rejected()) {
				response.setRejectionReason(outcome.rejectionReason());
			}
			else if (outcome.modified()) {
				FileUpload modified = (FileUpload) outcome.value();
				response.setModifiedFileInfo(FileConverter.toProto(modified.fileInfo()))
					.setModifiedContent(ByteString.copyFrom(modified.content()));
			}
			reply(responses, response.build());
		}

		@Override
		public void reactionHasBeenAdded(ReactionHasBeenAddedRequest request,
				StreamObserver<ReactionHasBeenAddedResponse> responses) {
			notifyHandlers(Hook.REACTION_HAS_BEEN_ADDED, context(request.getPluginContext()),
					PostConverter.toModel(request.getReaction()));
			reply(responses, ReactionHasBeenAddedResponse.getDefaultInstance());
		}

		@Override
		public void reactionHasBeenRemoved(ReactionHasBeenRemovedRequest request,
				StreamObserver<ReactionHasBeenRemovedResponse> responses) {
			notifyHandlers(Hook.REACTION_HAS_BEEN_REMOVED, context(request.getPluginContext()),
					PostConverter.toModel(request.getReaction()));
			reply(responses, ReactionHasBeenRemovedResponse.getDefaultInstance());
		}

		@Override
		public void notificationWillBePushed(NotificationWillBePushedRequest request,
				StreamObserver<NotificationWillBePushedResponse> responses) {
			HookInvocation invocation = new HookInvocation(Hook.NOTIFICATION_WILL_BE_PUSHED, null,
					HookModelConverter.toModel(request.getPushNotification()), request.getUserId());
			HookDispatcher.ChainOutcome outcome = PluginHooksService.this.dispatcher.chain(invocation, 0, false);
			NotificationWillBePushedResponse.Builder response = NotificationWillBePushedResponse.newBuilder();
			if (outcome.rejected()) {
				response.setRejectionReason(outcome.rejectionReason());
			}
			else if (outcome.modified()) {
				response.setModifiedNotification(HookModelConverter.toProto((PushNotification) outcome.value()));
			}
			reply(responses, response.build());
		}

		@Override
		public void emailNotificationWillBeSent(EmailNotificationWillBeSentRequest request,
				StreamObserver<EmailNotificationWillBeSentResponse> responses) {
			HookInvocation invocation = new HookInvocation(Hook.EMAIL_NOTIFICATION_WILL_BE_SENT, null,
					JsonBlobConverter.toModel(request.getEmailNotification()));
			HookDispatcher.ChainOutcome outcome = PluginHooksService.this.dispatcher.chain(invocation, -1, false);
			EmailNotificationWillBeSentResponse.Builder response = EmailNotificationWillBeSentResponse.newBuilder();
			if (outcome.rejected()) {
				response.setRejectionReason(outcome.rejectionReason());
			}
			else if (outcome.modified()) {
				response.setModifiedContent(HookModelConverter.toProto((EmailNotificationContent) outcome.value()));
			}
			reply(responses, response.build());
		}

		@Override
		public void preferencesHaveChanged(PreferencesHaveChangedRequest request,
				StreamObserver<PreferencesHaveChangedResponse> responses) {
			notifyHandlers(Hook.PREFERENCES_HAVE_CHANGED, context(request.getPluginContext()),
					request.getPreferencesList().stream().map(HookModelConverter::toModel).toList());
			reply(responses, PreferencesHaveChangedResponse.getDefaultInstance());
		}

		// Users, channels, teams

		@Override
		public void userHasBeenCreated(UserHasBeenCreatedRequest request,
				StreamObserver<UserHasBeenCreatedResponse> responses) {
			notifyHandlers(Hook.USER_HAS_BEEN_CREATED, context(request.getPluginContext()),
					UserConverter.toModel(request.getUser()));
			reply(responses, UserHasBeenCreatedResponse.getDefaultInstance());
		}

		@Override
		public void userWillLogIn(UserWillLogInRequest request, StreamObserver<UserWillLogInResponse> responses) {
			HookInvocation invocation = new HookInvocation(Hook.USER_WILL_LOG_IN, context(request.getPluginContext()),
					UserConverter.toModel(request.getUser()));
			HookDispatcher.ChainOutcome outcome = PluginHooksService.this.dispatcher.chain(invocation, 0, false);
			UserWillLogInResponse.Builder response = UserWillLogInResponse.newBuilder();
			if (outcome.rejected()) {
				response.setRejectionReason(outcome.rejectionReason());
			}
			reply(responses, response.build());
		}

		@Override
		public void userHasLoggedIn(UserHasLoggedInRequest request, StreamObserver<UserHasLoggedInResponse> responses) {
			notifyHandlers(Hook.USER_HAS_LOGGED_IN, context(request.getPluginContext()),
					UserConverter.toModel(request.getUser()));
			reply(responses, UserHasLoggedInResponse.getDefaultInstance());
		}

		@Override
		public void userHasBeenDeactivated(UserHasBeenDeactivatedRequest request,
				StreamObserver<UserHasBeenDeactivatedResponse> responses) {
			notifyHandlers(Hook.USER_HAS_BEEN_DEACTIVATED, context(request.getPluginContext()),
					UserConverter.toModel(request.getUser()));
			reply(responses, UserHasBeenDeactivatedResponse.getDefaultInstance());
		}

		@Override
		public void onSAMLLogin(OnSAMLLoginRequest request, StreamObserver<OnSAMLLoginResponse> responses) {
			AppError error = lifecycle(Hook.ON_SAML_LOGIN, context(request.getPluginContext()),
					UserConverter.toModel(request.getUser()), JsonBlobConverter.toModel(request.getAssertion()));
			reply(responses, withError(OnSAMLLoginResponse.newBuilder(), error, OnSAMLLoginResponse.Builder::setError)
				.build());
		}

		@Override
		public void channelHasBeenCreated(ChannelHasBeenCreatedRequest request,
				StreamObserver<ChannelHasBeenCreatedResponse> responses) {
			notifyHandlers(Hook.CHANNEL_HAS_BEEN_CREATED, context(request.getPluginContext()),
					ChannelConverter.toModel(request.getChannel()));
			reply(responses, ChannelHasBeenCreatedResponse.getDefaultInstance());
		}

		@Override
		public void userHasJoinedChannel(UserHasJoinedChannelRequest request,
				StreamObserver<UserHasJoinedChannelResponse> responses) {
			notifyHandlers(Hook.USER_HAS_JOINED_CHANNEL, context(request.getPluginContext()),
					ChannelConverter.toModel(request.getChannelMember()),
					request.hasActor() ? UserConverter.toModel(request.getActor()) : null);
			reply(responses, UserHasJoinedChannelResponse.getDefaultInstance());
		}

		@Override
		public void userHasLeftChannel(UserHasLeftChannelRequest request,
				StreamObserver<UserHasLeftChannelResponse> responses) {
			notifyHandlers(Hook.USER_HAS_LEFT_CHANNEL, context(request.getPluginContext()),
					ChannelConverter.toModel(request.getChannelMember()),
					request.hasActor() ? UserConverter.toModel(request.getActor()) : null);
			reply(responses, UserHasLeftChannelResponse.getDefaultInstance());
		}

		@Override
		public void userHasJoinedTeam(UserHasJoinedTeamRequest request,
				StreamObserver<UserHasJoinedTeamResponse> responses) {
			notifyHandlers(Hook.USER_HAS_JOINED_TEAM, context(request.getPluginContext()),
					TeamConverter.toModel(request.getTeamMember()),
					request.hasActor() ? UserConverter.toModel(request.getActor()) : null);
			reply(responses, UserHasJoinedTeamResponse.getDefaultInstance());
		}

		@Override
		public void userHasLeftTeam(UserHasLeftTeamRequest request, StreamObserver<UserHasLeftTeamResponse> responses) {
			notifyHandlers(Hook.USER_HAS_LEFT_TEAM, context(request.getPluginContext()),
					TeamConverter.toModel(request.getTeamMember()),
					request.hasActor() ? UserConverter.toModel(request.getActor()) : null);
			reply(responses, UserHasLeftTeamResponse.getDefaultInstance());
		}

		// Commands, websocket, cluster, shared channels, support

		@Override
		public void executeCommand(ExecuteCommandRequest request, StreamObserver<ExecuteCommandResponse> responses) {
			HookInvocation invocation = new HookInvocation(Hook.EXECUTE_COMMAND, context(request.getPluginContext()),
					CommandConverter.toModel(request.getArgs()));
			HookDispatcher.Outcome outcome = PluginHooksService.this.dispatcher.single(invocation);
			ExecuteCommandResponse.Builder response = ExecuteCommandResponse.newBuilder();
			if (outcome == null) {
				response.setError(AppError.newBuilder()
					.setId("plugin.execute_command.not_implemented")
					.setMessage("The plugin has no ExecuteCommand handler")
					.setDetailedError("The plugin has no ExecuteCommand handler for " + request.getArgs().getCommand())
					.setStatusCode(501)
					.setWhere(Hook.EXECUTE_COMMAND.hookName()));
			}
			else if (outcome.failure() != null) {
				response.setError(HookErrors.toAppError(Hook.EXECUTE_COMMAND, outcome.failure()));
			}
			else if (outcome.result().value() instanceof CommandResponse commandResponse) {
				response.setResponse(CommandConverter.toProto(commandResponse));
			}
			reply(responses, response.build());
		}

		@Override
		public void onWebSocketConnect(OnWebSocketConnectRequest request,
				StreamObserver<OnWebSocketConnectResponse> responses) {
			notifyHandlers(Hook.ON_WEB_SOCKET_CONNECT, null, request.getWebConnId(), request.getUserId());
			reply(responses, OnWebSocketConnectResponse.getDefaultInstance());
		}

		@Override
		public void onWebSocketDisconnect(OnWebSocketDisconnectRequest request,
				StreamObserver<OnWebSocketDisconnectResponse> responses) {
			notifyHandlers(Hook.ON_WEB_SOCKET_DISCONNECT, null, request.getWebConnId(), request.getUserId());
			reply(responses, OnWebSocketDisconnectResponse.getDefaultInstance());
		}

		@Override
		public void webSocketMessageHasBeenPosted(WebSocketMessageHasBeenPostedRequest request,
				StreamObserver<WebSocketMessageHasBeenPostedResponse> responses) {
			notifyHandlers(Hook.WEB_SOCKET_MESSAGE_HAS_BEEN_POSTED, null, request.getWebConnId(), request.getUserId(),
					HookModelConverter.toModel(request.getRequest()));
			reply(responses, WebSocketMessageHasBeenPostedResponse.getDefaultInstance());
		}

		@Override
		public void onPluginClusterEvent(OnPluginClusterEventRequest request,
				StreamObserver<OnPluginClusterEventResponse> responses) {
			notifyHandlers(Hook.ON_PLUGIN_CLUSTER_EVENT, context(request.getPluginContext()),
					HookModelConverter.toModel(request.getEvent()));
			reply(responses, OnPluginClusterEventResponse.getDefaultInstance());
		}

		@Override
		public void onSharedChannelsSyncMsg(OnSharedChannelsSyncMsgRequest request,
				StreamObserver<OnSharedChannelsSyncMsgResponse> responses) {
			HookInvocation invocation = new HookInvocation(Hook.ON_SHARED_CHANNELS_SYNC_MSG, null,
					JsonBlobConverter.toModel(request.getSyncMsg()),
					HookModelConverter.toModel(request.getRemoteCluster()));
			HookDispatcher.Outcome outcome = PluginHooksService.this.dispatcher.single(invocation);
			OnSharedChannelsSyncMsgResponse.Builder response = OnSharedChannelsSyncMsgResponse.newBuilder();
			if (outcome != null && outcome.failure() != null) {
				response.setError(HookErrors.toAppError(Hook.ON_SHARED_CHANNELS_SYNC_MSG, outcome.failure()));
			}
			else if (outcome != null && outcome.result().value() instanceof SyncResponse syncResponse) {
				response.setResponse(HookModelConverter.toProto(syncResponse));
			}
			reply(responses, response.build());
		}

		@Override
		public void onSharedChannelsPing(OnSharedChannelsPingRequest request,
				StreamObserver<OnSharedChannelsPingResponse> responses) {
			HookInvocation invocation = new HookInvocation(Hook.ON_SHARED_CHANNELS_PING, null,
					HookModelConverter.toModel(request.getRemoteCluster()));
			boolean healthy = true;
			for (HookDispatcher.Outcome outcome : PluginHooksService.this.dispatcher.collect(invocation)) {
				healthy &= outcome.failure() == null && !Boolean.FALSE.equals(outcome.result().value());
			}
			reply(responses, OnSharedChannelsPingResponse.newBuilder().setHealthy(healthy).build());
		}

		@Override
		public void onSharedChannelsAttachmentSyncMsg(OnSharedChannelsAttachmentSyncMsgRequest request,
				StreamObserver<OnSharedChannelsAttachmentSyncMsgResponse> responses) {
			AppError error = lifecycle(Hook.ON_SHARED_CHANNELS_ATTACHMENT_SYNC_MSG, null,
					FileConverter.toModel(request.getFileInfo()), PostConverter.toModel(request.getPost()),
					HookModelConverter.toModel(request.getRemoteCluster()));
			reply(responses, withError(OnSharedChannelsAttachmentSyncMsgResponse.newBuilder(), error,
					OnSharedChannelsAttachmentSyncMsgResponse.Builder::setError)
				.build());
		}

		@Override
		public void onSharedChannelsProfileImageSyncMsg(OnSharedChannelsProfileImageSyncMsgRequest request,
				StreamObserver<OnSharedChannelsProfileImageSyncMsgResponse> responses) {
			AppError error = lifecycle(Hook.ON_SHARED_CHANNELS_PROFILE_IMAGE_SYNC_MSG, null,
					UserConverter.toModel(request.getUser()), HookModelConverter.toModel(request.getRemoteCluster()));
			reply(responses, withError(OnSharedChannelsProfileImageSyncMsgResponse.newBuilder(), error,
					OnSharedChannelsProfileImageSyncMsgResponse.Builder::setError)
				.build());
		}

		@Override
		public void generateSupportData(GenerateSupportDataRequest request,
				StreamObserver<GenerateSupportDataResponse> responses) {
			HookInvocation invocation = new HookInvocation(Hook.GENERATE_SUPPORT_DATA, context(request.getPluginContext()));
			GenerateSupportDataResponse.Builder response = GenerateSupportDataResponse.newBuilder();
			for (HookDispatcher.Outcome outcome : PluginHooksService.this.dispatcher.collect(invocation)) {
				if (outcome.failure() != null) {
					// the first failure is the one to report, as for every other hook
					if (!response.hasError()) {
						response.setError(HookErrors.toAppError(Hook.GENERATE_SUPPORT_DATA, outcome.failure()));
					}
				}
				else if (outcome.result().value() instanceof List<?> files) {
					for (Object file : files) {
						response.addFiles(FileConverter.toProto((FileData) file));
					}
				}
			}
			reply(responses, response.build());
		}

		// HTTP

		@Override
		public StreamObserver<ServeHTTPRequest> serveHTTP(StreamObserver<ServeHTTPResponse> responses) {
			if (PluginHooksService.this.serveHttp == null || !PluginHooksService.this.serveHttp.hasEndpoints()) {
				responses.onError(Status.UNIMPLEMENTED.withDescription("The plugin serves no HTTP endpoints")
					.asRuntimeException());
				return new DiscardingObserver<>();
			}
			return PluginHooksService.this.serveHttp.serve(responses);
		}

	}

	// Support

	private void notifyHandlers(Hook hook, @Nullable PluginContext context, @Nullable Object... arguments) {
		this.dispatcher.notifyAll(new HookInvocation(hook, context, arguments));
		warnIfLate(hook);
	}

	private @Nullable AppError notifyReportingFailure(Hook hook) {
		HookDispatcher.HandlerFailure failure = this.dispatcher.notifyAll(new HookInvocation(hook, null));
		warnIfLate(hook);
		return (failure != null) ? HookErrors.toAppError(hook, failure) : null;
	}

	private @Nullable AppError lifecycle(Hook hook, @Nullable PluginContext context, @Nullable Object... arguments) {
		HookDispatcher.HandlerFailure failure = this.dispatcher
			.runUntilFailure(new HookInvocation(hook, context, arguments));
		warnIfLate(hook);
		return (failure != null) ? HookErrors.toAppError(hook, failure) : null;
	}

	private static <B> B withError(B builder, @Nullable AppError error,
			java.util.function.BiFunction<B, AppError, B> setter) {
		return (error != null) ? setter.apply(builder, error) : builder;
	}

	private static @Nullable PluginContext context(dev.mattermost.spring.protocol.v1.PluginContext context) {
		return HookModelConverter.toModel(context);
	}

	private static void warnIfLate(Hook hook) {
		if (Context.current().isCancelled()) {
			logger.warn(hook.hookName() + " handlers took longer than Mattermost waited (30 s); their answer is lost");
		}
	}

	private static <T> void reply(StreamObserver<T> responses, T response) {
		if (Context.current().isCancelled()) {
			return;
		}
		responses.onNext(response);
		responses.onCompleted();
	}

	private static final class DiscardingObserver<T> implements StreamObserver<T> {

		@Override
		public void onNext(T value) {
		}

		@Override
		public void onError(Throwable error) {
		}

		@Override
		public void onCompleted() {
		}

	}

}
