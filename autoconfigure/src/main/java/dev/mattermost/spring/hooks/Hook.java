package dev.mattermost.spring.hooks;

import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import org.springframework.core.ResolvableType;

import dev.mattermost.spring.model.ChannelMember;
import dev.mattermost.spring.model.CommandArgs;
import dev.mattermost.spring.model.CommandResponse;
import dev.mattermost.spring.model.EmailNotificationContent;
import dev.mattermost.spring.model.FileData;
import dev.mattermost.spring.model.OnInstallEvent;
import dev.mattermost.spring.model.PluginClusterEvent;
import dev.mattermost.spring.model.Post;
import dev.mattermost.spring.model.Preference;
import dev.mattermost.spring.model.ProductLimits;
import dev.mattermost.spring.model.PushNotification;
import dev.mattermost.spring.model.Reaction;
import dev.mattermost.spring.model.RemoteCluster;
import dev.mattermost.spring.model.SyncResponse;
import dev.mattermost.spring.model.TeamMember;
import dev.mattermost.spring.model.User;
import dev.mattermost.spring.model.WebSocketRequest;
import dev.mattermost.spring.model.Channel;
import dev.mattermost.spring.model.FileInfo;

/**
 * The hooks Mattermost calls on a plugin, named as in Mattermost's {@code plugin.Hooks}, with the arguments each
 * passes and how several handlers of one hook combine.
 */
public enum Hook {

	ON_ACTIVATE("OnActivate", Dispatch.LIFECYCLE, false, null),

	ON_DEACTIVATE("OnDeactivate", Dispatch.NOTIFY, false, null),

	ON_CONFIGURATION_CHANGE("OnConfigurationChange", Dispatch.NOTIFY, false, null),

	ON_INSTALL("OnInstall", Dispatch.LIFECYCLE, true, null, arg("event", OnInstallEvent.class)),

	ON_SEND_DAILY_TELEMETRY("OnSendDailyTelemetry", Dispatch.NOTIFY, false, null),

	RUN_DATA_RETENTION("RunDataRetention", Dispatch.AGGREGATE, false, type(Long.class),
			arg("nowTime", Long.class), arg("batchSize", Long.class)),

	ON_CLOUD_LIMITS_UPDATED("OnCloudLimitsUpdated", Dispatch.NOTIFY, false, null, arg("limits", ProductLimits.class)),

	CONFIGURATION_WILL_BE_SAVED("ConfigurationWillBeSaved", Dispatch.CHAIN, false, type(JsonNode.class),
			arg("newConfig", JsonNode.class)),

	MESSAGE_WILL_BE_POSTED("MessageWillBePosted", Dispatch.CHAIN, true, type(Post.class),
			arg("post", Post.class)),

	MESSAGE_WILL_BE_UPDATED("MessageWillBeUpdated", Dispatch.CHAIN, true, type(Post.class),
			arg("newPost", Post.class), arg("oldPost", Post.class)),

	MESSAGE_HAS_BEEN_POSTED("MessageHasBeenPosted", Dispatch.NOTIFY, true, null, arg("post", Post.class)),

	MESSAGE_HAS_BEEN_UPDATED("MessageHasBeenUpdated", Dispatch.NOTIFY, true, null, arg("newPost", Post.class),
			arg("oldPost", Post.class)),

	MESSAGES_WILL_BE_CONSUMED("MessagesWillBeConsumed", Dispatch.CHAIN, false, listOf(Post.class),
			arg("posts", listOf(Post.class))),

	MESSAGE_HAS_BEEN_DELETED("MessageHasBeenDeleted", Dispatch.NOTIFY, true, null, arg("post", Post.class)),

	FILE_WILL_BE_UPLOADED("FileWillBeUploaded", Dispatch.CHAIN, true, type(FileUpload.class),
			arg("upload", FileUpload.class)),

	REACTION_HAS_BEEN_ADDED("ReactionHasBeenAdded", Dispatch.NOTIFY, true, null, arg("reaction", Reaction.class)),

	REACTION_HAS_BEEN_REMOVED("ReactionHasBeenRemoved", Dispatch.NOTIFY, true, null, arg("reaction", Reaction.class)),

	NOTIFICATION_WILL_BE_PUSHED("NotificationWillBePushed", Dispatch.CHAIN, false, type(PushNotification.class),
			arg("pushNotification", PushNotification.class), arg("userId", String.class)),

	EMAIL_NOTIFICATION_WILL_BE_SENT("EmailNotificationWillBeSent", Dispatch.CHAIN, false,
			type(EmailNotificationContent.class), arg("emailNotification", JsonNode.class)),

	PREFERENCES_HAVE_CHANGED("PreferencesHaveChanged", Dispatch.NOTIFY, true, null,
			arg("preferences", listOf(Preference.class))),

	USER_HAS_BEEN_CREATED("UserHasBeenCreated", Dispatch.NOTIFY, true, null, arg("user", User.class)),

	USER_WILL_LOG_IN("UserWillLogIn", Dispatch.CHAIN, true, type(User.class), arg("user", User.class)),

	USER_HAS_LOGGED_IN("UserHasLoggedIn", Dispatch.NOTIFY, true, null, arg("user", User.class)),

	USER_HAS_BEEN_DEACTIVATED("UserHasBeenDeactivated", Dispatch.NOTIFY, true, null, arg("user", User.class)),

	ON_SAML_LOGIN("OnSAMLLogin", Dispatch.LIFECYCLE, true, null, arg("user", User.class),
			arg("assertion", JsonNode.class)),

	CHANNEL_HAS_BEEN_CREATED("ChannelHasBeenCreated", Dispatch.NOTIFY, true, null, arg("channel", Channel.class)),

	USER_HAS_JOINED_CHANNEL("UserHasJoinedChannel", Dispatch.NOTIFY, true, null,
			arg("channelMember", ChannelMember.class), arg("actor", User.class)),

	USER_HAS_LEFT_CHANNEL("UserHasLeftChannel", Dispatch.NOTIFY, true, null, arg("channelMember", ChannelMember.class),
			arg("actor", User.class)),

	USER_HAS_JOINED_TEAM("UserHasJoinedTeam", Dispatch.NOTIFY, true, null, arg("teamMember", TeamMember.class),
			arg("actor", User.class)),

	USER_HAS_LEFT_TEAM("UserHasLeftTeam", Dispatch.NOTIFY, true, null, arg("teamMember", TeamMember.class),
			arg("actor", User.class)),

	EXECUTE_COMMAND("ExecuteCommand", Dispatch.SINGLE, true, type(CommandResponse.class),
			arg("args", CommandArgs.class)),

	ON_WEB_SOCKET_CONNECT("OnWebSocketConnect", Dispatch.NOTIFY, false, null, arg("webConnId", String.class),
			arg("userId", String.class)),

	ON_WEB_SOCKET_DISCONNECT("OnWebSocketDisconnect", Dispatch.NOTIFY, false, null, arg("webConnId", String.class),
			arg("userId", String.class)),

	WEB_SOCKET_MESSAGE_HAS_BEEN_POSTED("WebSocketMessageHasBeenPosted", Dispatch.NOTIFY, false, null,
			arg("webConnId", String.class), arg("userId", String.class), arg("request", WebSocketRequest.class)),

	ON_PLUGIN_CLUSTER_EVENT("OnPluginClusterEvent", Dispatch.NOTIFY, true, null,
			arg("event", PluginClusterEvent.class)),

	ON_SHARED_CHANNELS_SYNC_MSG("OnSharedChannelsSyncMsg", Dispatch.SINGLE, false, type(SyncResponse.class),
			arg("syncMessage", JsonNode.class), arg("remoteCluster", RemoteCluster.class)),

	ON_SHARED_CHANNELS_PING("OnSharedChannelsPing", Dispatch.AGGREGATE, false, type(Boolean.class),
			arg("remoteCluster", RemoteCluster.class)),

	ON_SHARED_CHANNELS_ATTACHMENT_SYNC_MSG("OnSharedChannelsAttachmentSyncMsg", Dispatch.LIFECYCLE, false, null,
			arg("fileInfo", FileInfo.class), arg("post", Post.class), arg("remoteCluster", RemoteCluster.class)),

	ON_SHARED_CHANNELS_PROFILE_IMAGE_SYNC_MSG("OnSharedChannelsProfileImageSyncMsg", Dispatch.LIFECYCLE, false, null,
			arg("user", User.class), arg("remoteCluster", RemoteCluster.class)),

	GENERATE_SUPPORT_DATA("GenerateSupportData", Dispatch.AGGREGATE, true, listOf(FileData.class));

	private final String hookName;

	private final Dispatch dispatch;

	private final boolean hasPluginContext;

	private final @Nullable ResolvableType resultType;

	private final List<HookArgument> arguments;

	Hook(String hookName, Dispatch dispatch, boolean hasPluginContext, @Nullable ResolvableType resultType,
			HookArgument... arguments) {
		this.hookName = hookName;
		this.dispatch = dispatch;
		this.hasPluginContext = hasPluginContext;
		this.resultType = resultType;
		this.arguments = List.of(arguments);
	}

	private static HookArgument arg(String name, Class<?> type) {
		return new HookArgument(name, ResolvableType.forClass(type));
	}

	private static HookArgument arg(String name, ResolvableType type) {
		return new HookArgument(name, type);
	}

	private static ResolvableType type(Class<?> type) {
		return ResolvableType.forClass(type);
	}

	private static ResolvableType listOf(Class<?> elementType) {
		return ResolvableType.forClassWithGenerics(List.class, elementType);
	}

	/**
	 * The hook's name as Mattermost spells it, e.g. {@code MessageWillBePosted}.
	 * @return the name reported by {@code Implemented}
	 */
	public String hookName() {
		return this.hookName;
	}

	/**
	 * How the handlers of this hook combine.
	 * @return the dispatch kind
	 */
	public Dispatch dispatch() {
		return this.dispatch;
	}

	/**
	 * Whether Mattermost passes a plugin context with this hook.
	 * @return {@code true} for hooks whose Go signature starts with {@code *plugin.Context}
	 */
	public boolean hasPluginContext() {
		return this.hasPluginContext;
	}

	/**
	 * The type a handler may return to answer, or {@code null} for hooks that only notify.
	 * @return the result type, with its generics, e.g. {@code List<FileData>}
	 */
	public @Nullable ResolvableType resultType() {
		return this.resultType;
	}

	/**
	 * Whether a handler's answer of the given type can be this hook's result; a raw or wildcard element type is
	 * trusted, a declared one must fit.
	 * @param type the declared type of the answer, primitives already boxed
	 * @return {@code true} when the hook can use it
	 */
	public boolean acceptsResult(ResolvableType type) {
		return this.resultType != null && fits(this.resultType, type);
	}

	private static boolean fits(ResolvableType expected, ResolvableType actual) {
		Class<?> expectedClass = expected.toClass();
		if (!expectedClass.isAssignableFrom(actual.toClass())) {
			return false;
		}
		ResolvableType[] expectedGenerics = expected.getGenerics();
		ResolvableType[] actualGenerics = actual.as(expectedClass).getGenerics();
		for (int i = 0; i < expectedGenerics.length && i < actualGenerics.length; i++) {
			Class<?> declared = actualGenerics[i].resolve();
			if (declared != null && declared != Object.class
					&& !expectedGenerics[i].isAssignableFrom(actualGenerics[i])) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Writes a type with simple class names, e.g. {@code List<FileData>}, for messages.
	 * @param type the type
	 * @return the short name
	 */
	static String simpleName(ResolvableType type) {
		StringBuilder name = new StringBuilder(type.toClass().getSimpleName());
		if (type.hasGenerics()) {
			name.append('<');
			ResolvableType[] generics = type.getGenerics();
			for (int i = 0; i < generics.length; i++) {
				name.append((i > 0) ? ", " : "")
					.append((generics[i].resolve() != null) ? simpleName(generics[i]) : "?");
			}
			name.append('>');
		}
		return name.toString();
	}

	/**
	 * The arguments Mattermost passes, in the order of the Go signature.
	 * @return the arguments
	 */
	public List<HookArgument> arguments() {
		return this.arguments;
	}

	/**
	 * Finds a hook by Mattermost's name.
	 * @param hookName the name, e.g. {@code OnActivate}
	 * @return the hook
	 * @throws IllegalArgumentException for an unknown name
	 */
	public static Hook forHookName(String hookName) {
		for (Hook hook : values()) {
			if (hook.hookName.equals(hookName)) {
				return hook;
			}
		}
		throw new IllegalArgumentException("Unknown Mattermost hook: " + hookName);
	}

	/**
	 * How several handlers of one hook combine into Mattermost's single answer.
	 */
	public enum Dispatch {

		/**
		 * Every handler runs in order; a failure is logged and the others still run, and a hook that can answer an
		 * error (such as OnDeactivate) answers the first failure.
		 */
		NOTIFY,

		/** Handlers run in order; the first failure stops them and is answered as the hook's error. */
		LIFECYCLE,

		/** Each handler sees the value as the previous one left it; the first rejection ends the chain. */
		CHAIN,

		/** Exactly one handler answers. */
		SINGLE,

		/** Every handler runs and their answers are combined (summed, concatenated or all required). */
		AGGREGATE

	}

}
