package dev.mattermost.spring.convert;

import com.google.protobuf.ByteString;
import com.google.protobuf.Int32Value;
import com.google.protobuf.Int64Value;
import org.jspecify.annotations.Nullable;

import dev.mattermost.spring.model.EmailNotificationContent;
import dev.mattermost.spring.model.FilesLimits;
import dev.mattermost.spring.model.MessagesLimits;
import dev.mattermost.spring.model.OnInstallEvent;
import dev.mattermost.spring.model.PluginClusterEvent;
import dev.mattermost.spring.model.PluginContext;
import dev.mattermost.spring.model.Preference;
import dev.mattermost.spring.model.ProductLimits;
import dev.mattermost.spring.model.PushNotification;
import dev.mattermost.spring.model.RemoteCluster;
import dev.mattermost.spring.model.SyncResponse;
import dev.mattermost.spring.model.TeamsLimits;
import dev.mattermost.spring.model.WebSocketRequest;

/**
 * Converts the remaining hook payloads (plugin context, cloud limits, shared channels,
 * notifications, preferences, cluster events) between their protobuf and model forms.
 */
public final class HookModelConverter {

	private HookModelConverter() {
	}

	/**
	 * Converts a protobuf plugin context to its model form.
	 * @param context the protobuf plugin context
	 * @return the model plugin context
	 */
	public static PluginContext toModel(dev.mattermost.spring.protocol.v1.PluginContext context) {
		return new PluginContext(
				context.getSessionId(),
				context.getRequestId(),
				context.getIpAddress(),
				context.getAcceptLanguage(),
				context.getUserAgent());
	}

	/**
	 * Converts a model plugin context to its protobuf form; {@code null} becomes the default instance.
	 * @param context the model plugin context, may be {@code null}
	 * @return the protobuf plugin context
	 */
	public static dev.mattermost.spring.protocol.v1.PluginContext toProto(@Nullable PluginContext context) {
		if (context == null) {
			return dev.mattermost.spring.protocol.v1.PluginContext.getDefaultInstance();
		}
		return dev.mattermost.spring.protocol.v1.PluginContext.newBuilder()
			.setSessionId(context.sessionId())
			.setRequestId(context.requestId())
			.setIpAddress(context.ipAddress())
			.setAcceptLanguage(context.acceptLanguage())
			.setUserAgent(context.userAgent())
			.build();
	}

	/**
	 * Converts a protobuf preference to its model form.
	 * @param preference the protobuf preference
	 * @return the model preference
	 */
	public static Preference toModel(dev.mattermost.spring.protocol.v1.Preference preference) {
		return new Preference(
				preference.getUserId(),
				preference.getCategory(),
				preference.getName(),
				preference.getValue());
	}

	/**
	 * Converts a model preference to its protobuf form; {@code null} becomes the default instance.
	 * @param preference the model preference, may be {@code null}
	 * @return the protobuf preference
	 */
	public static dev.mattermost.spring.protocol.v1.Preference toProto(@Nullable Preference preference) {
		if (preference == null) {
			return dev.mattermost.spring.protocol.v1.Preference.getDefaultInstance();
		}
		return dev.mattermost.spring.protocol.v1.Preference.newBuilder()
			.setUserId(preference.userId())
			.setCategory(preference.category())
			.setName(preference.name())
			.setValue(preference.value())
			.build();
	}

	/**
	 * Converts a protobuf push notification to its model form.
	 * @param notification the protobuf push notification
	 * @return the model push notification
	 */
	public static PushNotification toModel(dev.mattermost.spring.protocol.v1.PushNotification notification) {
		return new PushNotification(
				notification.getAckId(),
				notification.getPlatform(),
				notification.getServerId(),
				notification.getDeviceId(),
				notification.getPostId(),
				notification.getCategory(),
				notification.getSound(),
				notification.getMessage(),
				notification.getBadge(),
				notification.getContAva(),
				notification.getTeamId(),
				notification.getChannelId(),
				notification.getRootId(),
				notification.getSenderId(),
				notification.getSenderName(),
				notification.getOverrideUsername(),
				notification.getOverrideIconUrl(),
				notification.getFromWebhook(),
				notification.getVersion(),
				notification.getIsCrt(),
				notification.getChannelName(),
				notification.getType(),
				notification.getSubType());
	}

	/**
	 * Converts a model push notification to its protobuf form; {@code null} becomes the default instance.
	 * @param notification the model push notification, may be {@code null}
	 * @return the protobuf push notification
	 */
	public static dev.mattermost.spring.protocol.v1.PushNotification toProto(@Nullable PushNotification notification) {
		if (notification == null) {
			return dev.mattermost.spring.protocol.v1.PushNotification.getDefaultInstance();
		}
		return dev.mattermost.spring.protocol.v1.PushNotification.newBuilder()
			.setAckId(notification.ackId())
			.setPlatform(notification.platform())
			.setServerId(notification.serverId())
			.setDeviceId(notification.deviceId())
			.setPostId(notification.postId())
			.setCategory(notification.category())
			.setSound(notification.sound())
			.setMessage(notification.message())
			.setBadge(notification.badge())
			.setContAva(notification.contAva())
			.setTeamId(notification.teamId())
			.setChannelId(notification.channelId())
			.setRootId(notification.rootId())
			.setSenderId(notification.senderId())
			.setSenderName(notification.senderName())
			.setOverrideUsername(notification.overrideUsername())
			.setOverrideIconUrl(notification.overrideIconUrl())
			.setFromWebhook(notification.fromWebhook())
			.setVersion(notification.version())
			.setIsCrt(notification.isCrt())
			.setChannelName(notification.channelName())
			.setType(notification.type())
			.setSubType(notification.subType())
			.build();
	}

	/**
	 * Converts a protobuf plugin cluster event to its model form.
	 * @param event the protobuf plugin cluster event
	 * @return the model plugin cluster event
	 */
	public static PluginClusterEvent toModel(dev.mattermost.spring.protocol.v1.PluginClusterEvent event) {
		return new PluginClusterEvent(
				event.getId(),
				event.getData().toByteArray());
	}

	/**
	 * Converts a model plugin cluster event to its protobuf form; {@code null} becomes the default instance.
	 * @param event the model plugin cluster event, may be {@code null}
	 * @return the protobuf plugin cluster event
	 */
	public static dev.mattermost.spring.protocol.v1.PluginClusterEvent toProto(@Nullable PluginClusterEvent event) {
		if (event == null) {
			return dev.mattermost.spring.protocol.v1.PluginClusterEvent.getDefaultInstance();
		}
		return dev.mattermost.spring.protocol.v1.PluginClusterEvent.newBuilder()
			.setId(event.id())
			.setData(ByteString.copyFrom(event.data()))
			.build();
	}

	/**
	 * Converts a protobuf on install event to its model form.
	 * @param event the protobuf on install event
	 * @return the model on install event
	 */
	public static OnInstallEvent toModel(dev.mattermost.spring.protocol.v1.OnInstallEvent event) {
		return new OnInstallEvent(event.getUserId());
	}

	/**
	 * Converts a model on install event to its protobuf form; {@code null} becomes the default instance.
	 * @param event the model on install event, may be {@code null}
	 * @return the protobuf on install event
	 */
	public static dev.mattermost.spring.protocol.v1.OnInstallEvent toProto(@Nullable OnInstallEvent event) {
		if (event == null) {
			return dev.mattermost.spring.protocol.v1.OnInstallEvent.getDefaultInstance();
		}
		return dev.mattermost.spring.protocol.v1.OnInstallEvent.newBuilder()
			.setUserId(event.userId())
			.build();
	}

	/**
	 * Converts a protobuf files limits to its model form.
	 * @param limits the protobuf files limits
	 * @return the model files limits
	 */
	public static FilesLimits toModel(dev.mattermost.spring.protocol.v1.FilesLimits limits) {
		return new FilesLimits(
				limits.hasTotalStorage() ? limits.getTotalStorage().getValue() : null);
	}

	/**
	 * Converts a model files limits to its protobuf form; {@code null} becomes the default instance.
	 * @param limits the model files limits, may be {@code null}
	 * @return the protobuf files limits
	 */
	public static dev.mattermost.spring.protocol.v1.FilesLimits toProto(@Nullable FilesLimits limits) {
		if (limits == null) {
			return dev.mattermost.spring.protocol.v1.FilesLimits.getDefaultInstance();
		}
		var builder = dev.mattermost.spring.protocol.v1.FilesLimits.newBuilder();
		Long totalStorage = limits.totalStorage();
		if (totalStorage != null) {
			builder.setTotalStorage(Int64Value.of(totalStorage));
		}
		return builder.build();
	}

	/**
	 * Converts a protobuf messages limits to its model form.
	 * @param limits the protobuf messages limits
	 * @return the model messages limits
	 */
	public static MessagesLimits toModel(dev.mattermost.spring.protocol.v1.MessagesLimits limits) {
		return new MessagesLimits(limits.hasHistory() ? limits.getHistory().getValue() : null);
	}

	/**
	 * Converts a model messages limits to its protobuf form; {@code null} becomes the default instance.
	 * @param limits the model messages limits, may be {@code null}
	 * @return the protobuf messages limits
	 */
	public static dev.mattermost.spring.protocol.v1.MessagesLimits toProto(@Nullable MessagesLimits limits) {
		if (limits == null) {
			return dev.mattermost.spring.protocol.v1.MessagesLimits.getDefaultInstance();
		}
		var builder = dev.mattermost.spring.protocol.v1.MessagesLimits.newBuilder();
		Integer history = limits.history();
		if (history != null) {
			builder.setHistory(Int32Value.of(history));
		}
		return builder.build();
	}

	/**
	 * Converts a protobuf teams limits to its model form.
	 * @param limits the protobuf teams limits
	 * @return the model teams limits
	 */
	public static TeamsLimits toModel(dev.mattermost.spring.protocol.v1.TeamsLimits limits) {
		return new TeamsLimits(limits.hasActive() ? limits.getActive().getValue() : null);
	}

	/**
	 * Converts a model teams limits to its protobuf form; {@code null} becomes the default instance.
	 * @param limits the model teams limits, may be {@code null}
	 * @return the protobuf teams limits
	 */
	public static dev.mattermost.spring.protocol.v1.TeamsLimits toProto(@Nullable TeamsLimits limits) {
		if (limits == null) {
			return dev.mattermost.spring.protocol.v1.TeamsLimits.getDefaultInstance();
		}
		var builder = dev.mattermost.spring.protocol.v1.TeamsLimits.newBuilder();
		Integer active = limits.active();
		if (active != null) {
			builder.setActive(Int32Value.of(active));
		}
		return builder.build();
	}

	/**
	 * Converts a protobuf product limits to its model form.
	 * @param limits the protobuf product limits
	 * @return the model product limits
	 */
	public static ProductLimits toModel(dev.mattermost.spring.protocol.v1.ProductLimits limits) {
		return new ProductLimits(
				limits.hasFiles() ? toModel(limits.getFiles()) : null,
				limits.hasMessages() ? toModel(limits.getMessages()) : null,
				limits.hasTeams() ? toModel(limits.getTeams()) : null);
	}

	/**
	 * Converts a model product limits to its protobuf form; {@code null} becomes the default instance.
	 * @param limits the model product limits, may be {@code null}
	 * @return the protobuf product limits
	 */
	public static dev.mattermost.spring.protocol.v1.ProductLimits toProto(@Nullable ProductLimits limits) {
		if (limits == null) {
			return dev.mattermost.spring.protocol.v1.ProductLimits.getDefaultInstance();
		}
		var builder = dev.mattermost.spring.protocol.v1.ProductLimits.newBuilder();
		FilesLimits files = limits.files();
		if (files != null) {
			builder.setFiles(toProto(files));
		}
		MessagesLimits messages = limits.messages();
		if (messages != null) {
			builder.setMessages(toProto(messages));
		}
		TeamsLimits teams = limits.teams();
		if (teams != null) {
			builder.setTeams(toProto(teams));
		}
		return builder.build();
	}

	/**
	 * Converts a protobuf remote cluster to its model form.
	 * @param cluster the protobuf remote cluster
	 * @return the model remote cluster
	 */
	public static RemoteCluster toModel(dev.mattermost.spring.protocol.v1.RemoteCluster cluster) {
		return new RemoteCluster(
				cluster.getRemoteId(),
				cluster.getRemoteTeamId(),
				cluster.getName(),
				cluster.getDisplayName(),
				cluster.getSiteUrl(),
				cluster.getDefaultTeamId(),
				cluster.getCreateAt(),
				cluster.getDeleteAt(),
				cluster.getLastPingAt(),
				cluster.getLastGlobalUserSyncAt(),
				cluster.getToken(),
				cluster.getRemoteToken(),
				cluster.getTopics(),
				cluster.getCreatorId(),
				cluster.getPluginId(),
				Integer.toUnsignedLong(cluster.getOptions()));
	}

	/**
	 * Converts a model remote cluster to its protobuf form; {@code null} becomes the default instance.
	 * @param cluster the model remote cluster, may be {@code null}
	 * @return the protobuf remote cluster
	 */
	public static dev.mattermost.spring.protocol.v1.RemoteCluster toProto(@Nullable RemoteCluster cluster) {
		if (cluster == null) {
			return dev.mattermost.spring.protocol.v1.RemoteCluster.getDefaultInstance();
		}
		return dev.mattermost.spring.protocol.v1.RemoteCluster.newBuilder()
			.setRemoteId(cluster.remoteId())
			.setRemoteTeamId(cluster.remoteTeamId())
			.setName(cluster.name())
			.setDisplayName(cluster.displayName())
			.setSiteUrl(cluster.siteUrl())
			.setDefaultTeamId(cluster.defaultTeamId())
			.setCreateAt(cluster.createAt())
			.setDeleteAt(cluster.deleteAt())
			.setLastPingAt(cluster.lastPingAt())
			.setLastGlobalUserSyncAt(cluster.lastGlobalUserSyncAt())
			.setToken(cluster.token())
			.setRemoteToken(cluster.remoteToken())
			.setTopics(cluster.topics())
			.setCreatorId(cluster.creatorId())
			.setPluginId(cluster.pluginId())
			.setOptions((int) cluster.options())
			.build();
	}

	/**
	 * Converts a protobuf sync response to its model form.
	 * @param response the protobuf sync response
	 * @return the model sync response
	 */
	public static SyncResponse toModel(dev.mattermost.spring.protocol.v1.SyncResponse response) {
		return new SyncResponse(
				response.getUsersLastUpdateAt(),
				response.getUserErrorsList(),
				response.getUsersSyncdList(),
				response.getPostsLastUpdateAt(),
				response.getPostErrorsList(),
				response.getReactionsLastUpdateAt(),
				response.getReactionErrorsList(),
				response.getAcknowledgementsLastUpdateAt(),
				response.getAcknowledgementErrorsList(),
				response.getStatusErrorsList());
	}

	/**
	 * Converts a model sync response to its protobuf form; {@code null} becomes the default instance.
	 * @param response the model sync response, may be {@code null}
	 * @return the protobuf sync response
	 */
	public static dev.mattermost.spring.protocol.v1.SyncResponse toProto(@Nullable SyncResponse response) {
		if (response == null) {
			return dev.mattermost.spring.protocol.v1.SyncResponse.getDefaultInstance();
		}
		return dev.mattermost.spring.protocol.v1.SyncResponse.newBuilder()
			.setUsersLastUpdateAt(response.usersLastUpdateAt())
			.addAllUserErrors(response.userErrors())
			.addAllUsersSyncd(response.usersSyncd())
			.setPostsLastUpdateAt(response.postsLastUpdateAt())
			.addAllPostErrors(response.postErrors())
			.setReactionsLastUpdateAt(response.reactionsLastUpdateAt())
			.addAllReactionErrors(response.reactionErrors())
			.setAcknowledgementsLastUpdateAt(response.acknowledgementsLastUpdateAt())
			.addAllAcknowledgementErrors(response.acknowledgementErrors())
			.addAllStatusErrors(response.statusErrors())
			.build();
	}

	/**
	 * Converts a protobuf web socket request to its model form.
	 * @param request the protobuf web socket request
	 * @return the model web socket request
	 */
	public static WebSocketRequest toModel(dev.mattermost.spring.protocol.v1.WebSocketRequest request) {
		return new WebSocketRequest(
				request.getSeq(),
				request.getAction(),
				StructConverter.toModel(request.getData()));
	}

	/**
	 * Converts a model web socket request to its protobuf form; {@code null} becomes the default instance.
	 * @param request the model web socket request, may be {@code null}
	 * @return the protobuf web socket request
	 */
	public static dev.mattermost.spring.protocol.v1.WebSocketRequest toProto(@Nullable WebSocketRequest request) {
		if (request == null) {
			return dev.mattermost.spring.protocol.v1.WebSocketRequest.getDefaultInstance();
		}
		var builder = dev.mattermost.spring.protocol.v1.WebSocketRequest.newBuilder()
			.setSeq(request.seq())
			.setAction(request.action());
		if (!request.data().isEmpty()) {
			builder.setData(StructConverter.toProto(request.data()));
		}
		return builder.build();
	}

	/**
	 * Converts a protobuf email notification content to its model form.
	 * @param content the protobuf email notification content
	 * @return the model email notification content
	 */
	public static EmailNotificationContent toModel(dev.mattermost.spring.protocol.v1.EmailNotificationContent content) {
		return new EmailNotificationContent(
				content.getSubject(),
				content.getTitle(),
				content.getSubTitle(),
				content.getMessageHtml(),
				content.getMessageText(),
				content.getButtonText(),
				content.getButtonUrl(),
				content.getFooterText());
	}

	/**
	 * Converts a model email notification content to its protobuf form; {@code null} becomes the default instance.
	 * @param content the model email notification content, may be {@code null}
	 * @return the protobuf email notification content
	 */
	public static dev.mattermost.spring.protocol.v1.EmailNotificationContent toProto(
			@Nullable EmailNotificationContent content) {
		if (content == null) {
			return dev.mattermost.spring.protocol.v1.EmailNotificationContent.getDefaultInstance();
		}
		return dev.mattermost.spring.protocol.v1.EmailNotificationContent.newBuilder()
			.setSubject(content.subject())
			.setTitle(content.title())
			.setSubTitle(content.subTitle())
			.setMessageHtml(content.messageHtml())
			.setMessageText(content.messageText())
			.setButtonText(content.buttonText())
			.setButtonUrl(content.buttonUrl())
			.setFooterText(content.footerText())
			.build();
	}

}
