package dev.mattermost.spring.convert;

import java.util.List;
import java.util.Map;

import com.google.protobuf.ByteString;
import com.google.protobuf.Int32Value;
import com.google.protobuf.Int64Value;
import com.google.protobuf.ListValue;
import com.google.protobuf.NullValue;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;

import dev.mattermost.spring.protocol.v1.ChannelType;
import dev.mattermost.spring.protocol.v1.TeamType;

/**
 * Protobuf messages with every field set, so that a lossless round trip proves each field is converted.
 */
final class ProtoFixtures {

	private ProtoFixtures() {
	}

	/**
	 * A struct holding each kind of value, nested: {@code {"text": "hi", "count": 3, "ratio": 0.5, "on": true,
	 * "nothing": null, "nested": {"list": ["a", 1, {"deep": false}]}}}.
	 */
	static Struct struct() {
		ListValue list = ListValue.newBuilder()
			.addValues(Value.newBuilder().setStringValue("a"))
			.addValues(Value.newBuilder().setNumberValue(1))
			.addValues(Value.newBuilder()
				.setStructValue(Struct.newBuilder().putFields("deep", Value.newBuilder().setBoolValue(false).build())))
			.build();
		return Struct.newBuilder()
			.putFields("text", Value.newBuilder().setStringValue("hi").build())
			.putFields("count", Value.newBuilder().setNumberValue(3).build())
			.putFields("ratio", Value.newBuilder().setNumberValue(0.5).build())
			.putFields("on", Value.newBuilder().setBoolValue(true).build())
			.putFields("nothing", Value.newBuilder().setNullValue(NullValue.NULL_VALUE).build())
			.putFields("nested",
					Value.newBuilder()
						.setStructValue(Struct.newBuilder().putFields("list", Value.newBuilder().setListValue(list).build()))
						.build())
			.build();
	}

	static dev.mattermost.spring.protocol.v1.User user() {
		return dev.mattermost.spring.protocol.v1.User.newBuilder()
			.setId("id-user")
			.setCreateAt(1069L)
			.setUpdateAt(1070L)
			.setDeleteAt(1071L)
			.setUsername("username-user")
			.setPassword("password-user")
			.setAuthData("authData-user")
			.setAuthService("authService-user")
			.setEmail("email-user")
			.setEmailVerified(true)
			.setNickname("nickname-user")
			.setFirstName("firstName-user")
			.setLastName("lastName-user")
			.setPosition("position-user")
			.setRoles("roles-user")
			.setAllowMarketing(true)
			.putAllProps(Map.of("props-key", "props-value", "other", ""))
			.putAllNotifyProps(Map.of("notifyProps-key", "notifyProps-value", "other", ""))
			.setLastPasswordUpdate(1072L)
			.setLastPictureUpdate(1073L)
			.setFailedAttempts(77)
			.setLocale("locale-user")
			.putAllTimezone(Map.of("timezone-key", "timezone-value", "other", ""))
			.setMfaActive(true)
			.setMfaSecret("mfaSecret-user")
			.setRemoteId("remoteId-user")
			.setLastActivityAt(1075L)
			.setIsBot(true)
			.setBotDescription("botDescription-user")
			.setBotLastIconUpdate(1076L)
			.setTermsOfServiceId("termsOfServiceId-user")
			.setTermsOfServiceCreateAt(1077L)
			.setDisableWelcomeEmail(true)
			.setLastLogin(1078L)
			.build();
	}

	static dev.mattermost.spring.protocol.v1.ViewUsersRestrictions viewUsersRestrictions() {
		return dev.mattermost.spring.protocol.v1.ViewUsersRestrictions.newBuilder()
			.addAllTeams(List.of("teams-1", "teams-2"))
			.addAllChannels(List.of("channels-1", "channels-2"))
			.build();
	}

	static dev.mattermost.spring.protocol.v1.Team team() {
		return dev.mattermost.spring.protocol.v1.Team.newBuilder()
			.setId("id-team")
			.setCreateAt(1079L)
			.setUpdateAt(1080L)
			.setDeleteAt(1081L)
			.setDisplayName("displayName-team")
			.setName("name-team")
			.setDescription("description-team")
			.setEmail("email-team")
			.setType(TeamType.TEAM_TYPE_INVITE)
			.setCompanyName("companyName-team")
			.setAllowedDomains("allowedDomains-team")
			.setInviteId("inviteId-team")
			.setAllowOpenInvite(true)
			.setLastTeamIconUpdate(1082L)
			.setSchemeId("schemeId-team")
			.setGroupConstrained(false)
			.setPolicyId("policyId-team")
			.setCloudLimitsArchived(true)
			.build();
	}

	static dev.mattermost.spring.protocol.v1.TeamMember teamMember() {
		return dev.mattermost.spring.protocol.v1.TeamMember.newBuilder()
			.setTeamId("teamId-teamMember")
			.setUserId("userId-teamMember")
			.setRoles("roles-teamMember")
			.setDeleteAt(1083L)
			.setSchemeGuest(true)
			.setSchemeUser(true)
			.setSchemeAdmin(true)
			.setCreateAt(1084L)
			.build();
	}

	static dev.mattermost.spring.protocol.v1.TeamUnread teamUnread() {
		return dev.mattermost.spring.protocol.v1.TeamUnread.newBuilder()
			.setTeamId("teamId-teamUnread")
			.setMsgCount(1085L)
			.setMentionCount(1086L)
			.setMentionCountRoot(1087L)
			.setMsgCountRoot(1088L)
			.setThreadCount(1089L)
			.setThreadMentionCount(1090L)
			.build();
	}

	static dev.mattermost.spring.protocol.v1.ChannelBannerInfo channelBannerInfo() {
		return dev.mattermost.spring.protocol.v1.ChannelBannerInfo.newBuilder()
			.setEnabled(false)
			.setText("text-channelBannerInfo")
			.setBackgroundColor("backgroundColor-channelBannerInfo")
			.build();
	}

	static dev.mattermost.spring.protocol.v1.Channel channel() {
		return dev.mattermost.spring.protocol.v1.Channel.newBuilder()
			.setId("id-channel")
			.setCreateAt(1091L)
			.setUpdateAt(1092L)
			.setDeleteAt(1093L)
			.setTeamId("teamId-channel")
			.setType(ChannelType.CHANNEL_TYPE_PRIVATE)
			.setDisplayName("displayName-channel")
			.setName("name-channel")
			.setHeader("header-channel")
			.setPurpose("purpose-channel")
			.setLastPostAt(1094L)
			.setTotalMsgCount(1095L)
			.setExtraUpdateAt(1096L)
			.setCreatorId("creatorId-channel")
			.setSchemeId("schemeId-channel")
			.setProps(struct())
			.setGroupConstrained(false)
			.setAutoTranslation(true)
			.setShared(false)
			.setTotalMsgCountRoot(1097L)
			.setPolicyId("policyId-channel")
			.setLastRootPostAt(1098L)
			.setBannerInfo(channelBannerInfo())
			.setPolicyEnforced(true)
			.setPolicyIsActive(true)
			.setDefaultCategoryName("defaultCategoryName-channel")
			.build();
	}

	static dev.mattermost.spring.protocol.v1.ChannelMember channelMember() {
		return dev.mattermost.spring.protocol.v1.ChannelMember.newBuilder()
			.setChannelId("channelId-channelMember")
			.setUserId("userId-channelMember")
			.setRoles("roles-channelMember")
			.setLastViewedAt(1099L)
			.setMsgCount(1100L)
			.setMentionCount(1101L)
			.setMentionCountRoot(1102L)
			.setMsgCountRoot(1103L)
			.putAllNotifyProps(Map.of("notifyProps-key", "notifyProps-value", "other", ""))
			.setLastUpdateAt(1104L)
			.setSchemeGuest(true)
			.setSchemeUser(true)
			.setSchemeAdmin(true)
			.setUrgentMentionCount(1105L)
			.build();
	}

	static dev.mattermost.spring.protocol.v1.Reaction reaction() {
		return dev.mattermost.spring.protocol.v1.Reaction.newBuilder()
			.setUserId("userId-reaction")
			.setPostId("postId-reaction")
			.setEmojiName("emojiName-reaction")
			.setCreateAt(1106L)
			.setUpdateAt(1107L)
			.setDeleteAt(1108L)
			.setRemoteId("remoteId-reaction")
			.setChannelId("channelId-reaction")
			.build();
	}

	static dev.mattermost.spring.protocol.v1.PostEmbed postEmbed() {
		return dev.mattermost.spring.protocol.v1.PostEmbed.newBuilder()
			.setType("type-postEmbed")
			.setUrl("url-postEmbed")
			.setData(struct())
			.build();
	}

	static dev.mattermost.spring.protocol.v1.PostImage postImage() {
		return dev.mattermost.spring.protocol.v1.PostImage.newBuilder()
			.setWidth(112)
			.setHeight(113)
			.setFormat("format-postImage")
			.setFrameCount(1111L)
			.build();
	}

	static dev.mattermost.spring.protocol.v1.PostPriority postPriority() {
		return dev.mattermost.spring.protocol.v1.PostPriority.newBuilder()
			.setPriority("priority-postPriority")
			.setRequestedAck(false)
			.setPersistentNotifications(false)
			.build();
	}

	static dev.mattermost.spring.protocol.v1.PostAcknowledgement postAcknowledgement() {
		return dev.mattermost.spring.protocol.v1.PostAcknowledgement.newBuilder()
			.setUserId("userId-postAcknowledgement")
			.setPostId("postId-postAcknowledgement")
			.setAcknowledgedAt(1112L)
			.build();
	}

	static dev.mattermost.spring.protocol.v1.PostMetadata postMetadata() {
		return dev.mattermost.spring.protocol.v1.PostMetadata.newBuilder()
			.addEmbeds(postEmbed())
			.addEmbeds(dev.mattermost.spring.protocol.v1.PostEmbed.getDefaultInstance())
			.addReactions(reaction())
			.addReactions(dev.mattermost.spring.protocol.v1.Reaction.getDefaultInstance())
			.addFiles(fileInfo())
			.addFiles(dev.mattermost.spring.protocol.v1.FileInfo.getDefaultInstance())
			.putImages("first", postImage())
			.putImages("second", dev.mattermost.spring.protocol.v1.PostImage.getDefaultInstance())
			.setPriority(postPriority())
			.addAcknowledgements(postAcknowledgement())
			.addAcknowledgements(dev.mattermost.spring.protocol.v1.PostAcknowledgement.getDefaultInstance())
			.build();
	}

	static dev.mattermost.spring.protocol.v1.Post post() {
		return dev.mattermost.spring.protocol.v1.Post.newBuilder()
			.setId("id-post")
			.setCreateAt(1113L)
			.setUpdateAt(1114L)
			.setEditAt(1115L)
			.setDeleteAt(1116L)
			.setIsPinned(true)
			.setUserId("userId-post")
			.setChannelId("channelId-post")
			.setRootId("rootId-post")
			.setOriginalId("originalId-post")
			.setMessage("message-post")
			.setMessageSource("messageSource-post")
			.setType("type-post")
			.setProps(struct())
			.setHashtags("hashtags-post")
			.addAllFileIds(List.of("fileIds-1", "fileIds-2"))
			.setPendingPostId("pendingPostId-post")
			.setHasReactions(true)
			.setRemoteId("remoteId-post")
			.setReplyCount(1117L)
			.setLastReplyAt(1118L)
			.addParticipants(user())
			.addParticipants(dev.mattermost.spring.protocol.v1.User.getDefaultInstance())
			.setIsFollowing(false)
			.setMetadata(postMetadata())
			.build();
	}

	static dev.mattermost.spring.protocol.v1.PostList postList() {
		return dev.mattermost.spring.protocol.v1.PostList.newBuilder()
			.addAllOrder(List.of("order-1", "order-2"))
			.putPosts("first", post())
			.putPosts("second", dev.mattermost.spring.protocol.v1.Post.getDefaultInstance())
			.setNextPostId("nextPostId-postList")
			.setPrevPostId("prevPostId-postList")
			.setFirstInaccessiblePostTime(true)
			.setHasNext(true)
			.build();
	}

	static dev.mattermost.spring.protocol.v1.FileInfo fileInfo() {
		return dev.mattermost.spring.protocol.v1.FileInfo.newBuilder()
			.setId("id-fileInfo")
			.setCreatorId("creatorId-fileInfo")
			.setPostId("postId-fileInfo")
			.setChannelId("channelId-fileInfo")
			.setCreateAt(1119L)
			.setUpdateAt(1120L)
			.setDeleteAt(1121L)
			.setName("name-fileInfo")
			.setExtension("extension-fileInfo")
			.setSize(1122L)
			.setMimeType("mimeType-fileInfo")
			.setWidth(126)
			.setHeight(127)
			.setHasPreviewImage(true)
			.setMiniPreview(ByteString.copyFrom(new byte[] { 0, 1, 2, (byte) 0xff }))
			.setRemoteId("remoteId-fileInfo")
			.setArchived(true)
			.build();
	}

	static dev.mattermost.spring.protocol.v1.FileUploadResponse fileUploadResponse() {
		return dev.mattermost.spring.protocol.v1.FileUploadResponse.newBuilder()
			.addFileInfos(fileInfo())
			.addFileInfos(dev.mattermost.spring.protocol.v1.FileInfo.getDefaultInstance())
			.addAllClientIds(List.of("clientIds-1", "clientIds-2"))
			.build();
	}

	static dev.mattermost.spring.protocol.v1.FileData fileData() {
		return dev.mattermost.spring.protocol.v1.FileData.newBuilder()
			.setFilename("filename-fileData")
			.setData(ByteString.copyFrom(new byte[] { 0, 1, 2, (byte) 0xff }))
			.build();
	}

	static dev.mattermost.spring.protocol.v1.CommandArgs commandArgs() {
		return dev.mattermost.spring.protocol.v1.CommandArgs.newBuilder()
			.setUserId("userId-commandArgs")
			.setChannelId("channelId-commandArgs")
			.setTeamId("teamId-commandArgs")
			.setRootId("rootId-commandArgs")
			.setParentId("parentId-commandArgs")
			.setTriggerId("triggerId-commandArgs")
			.setCommand("command-commandArgs")
			.setSiteUrl("siteUrl-commandArgs")
			.setT("t-commandArgs")
			.setUserMention("userMention-commandArgs")
			.setChannelMention("channelMention-commandArgs")
			.build();
	}

	static dev.mattermost.spring.protocol.v1.CommandResponse commandResponse() {
		return dev.mattermost.spring.protocol.v1.CommandResponse.newBuilder()
			.setResponseType("responseType-commandResponse")
			.setText("text-commandResponse")
			.setUsername("username-commandResponse")
			.setChannelId("channelId-commandResponse")
			.setIconUrl("iconUrl-commandResponse")
			.setType("type-commandResponse")
			.setProps(struct())
			.setGotoLocation("gotoLocation-commandResponse")
			.setTriggerId("triggerId-commandResponse")
			.setSkipSlackParsing(true)
			.addAttachments(dev.mattermost.spring.protocol.v1.CommandResponse.newBuilder().setText("nested").build())
			.build();
	}

	static dev.mattermost.spring.protocol.v1.PluginContext pluginContext() {
		return dev.mattermost.spring.protocol.v1.PluginContext.newBuilder()
			.setSessionId("sessionId-pluginContext")
			.setRequestId("requestId-pluginContext")
			.setIpAddress("ipAddress-pluginContext")
			.setAcceptLanguage("acceptLanguage-pluginContext")
			.setUserAgent("userAgent-pluginContext")
			.build();
	}

	static dev.mattermost.spring.protocol.v1.Preference preference() {
		return dev.mattermost.spring.protocol.v1.Preference.newBuilder()
			.setUserId("userId-preference")
			.setCategory("category-preference")
			.setName("name-preference")
			.setValue("value-preference")
			.build();
	}

	static dev.mattermost.spring.protocol.v1.PushNotification pushNotification() {
		return dev.mattermost.spring.protocol.v1.PushNotification.newBuilder()
			.setAckId("ackId-pushNotification")
			.setPlatform("platform-pushNotification")
			.setServerId("serverId-pushNotification")
			.setDeviceId("deviceId-pushNotification")
			.setPostId("postId-pushNotification")
			.setCategory("category-pushNotification")
			.setSound("sound-pushNotification")
			.setMessage("message-pushNotification")
			.setBadge("badge-pushNotification")
			.setContAva("contAva-pushNotification")
			.setTeamId("teamId-pushNotification")
			.setChannelId("channelId-pushNotification")
			.setRootId("rootId-pushNotification")
			.setSenderId("senderId-pushNotification")
			.setSenderName("senderName-pushNotification")
			.setOverrideUsername("overrideUsername-pushNotification")
			.setOverrideIconUrl("overrideIconUrl-pushNotification")
			.setFromWebhook("fromWebhook-pushNotification")
			.setVersion("version-pushNotification")
			.setIsCrt(true)
			.setChannelName("channelName-pushNotification")
			.setType("type-pushNotification")
			.setSubType("subType-pushNotification")
			.build();
	}

	static dev.mattermost.spring.protocol.v1.PluginClusterEvent pluginClusterEvent() {
		return dev.mattermost.spring.protocol.v1.PluginClusterEvent.newBuilder()
			.setId("id-pluginClusterEvent")
			.setData(ByteString.copyFrom(new byte[] { 0, 1, 2, (byte) 0xff }))
			.build();
	}

	static dev.mattermost.spring.protocol.v1.OnInstallEvent onInstallEvent() {
		return dev.mattermost.spring.protocol.v1.OnInstallEvent.newBuilder()
			.setUserId("userId-onInstallEvent")
			.build();
	}

	static dev.mattermost.spring.protocol.v1.FilesLimits filesLimits() {
		return dev.mattermost.spring.protocol.v1.FilesLimits.newBuilder()
			.setTotalStorage(Int64Value.of(5000001125L))
			.build();
	}

	static dev.mattermost.spring.protocol.v1.MessagesLimits messagesLimits() {
		return dev.mattermost.spring.protocol.v1.MessagesLimits.newBuilder()
			.setHistory(Int32Value.of(1126))
			.build();
	}

	static dev.mattermost.spring.protocol.v1.TeamsLimits teamsLimits() {
		return dev.mattermost.spring.protocol.v1.TeamsLimits.newBuilder()
			.setActive(Int32Value.of(1127))
			.build();
	}

	static dev.mattermost.spring.protocol.v1.ProductLimits productLimits() {
		return dev.mattermost.spring.protocol.v1.ProductLimits.newBuilder()
			.setFiles(filesLimits())
			.setMessages(messagesLimits())
			.setTeams(teamsLimits())
			.build();
	}

	static dev.mattermost.spring.protocol.v1.RemoteCluster remoteCluster() {
		return dev.mattermost.spring.protocol.v1.RemoteCluster.newBuilder()
			.setRemoteId("remoteId-remoteCluster")
			.setRemoteTeamId("remoteTeamId-remoteCluster")
			.setName("name-remoteCluster")
			.setDisplayName("displayName-remoteCluster")
			.setSiteUrl("siteUrl-remoteCluster")
			.setDefaultTeamId("defaultTeamId-remoteCluster")
			.setCreateAt(1128L)
			.setDeleteAt(1129L)
			.setLastPingAt(1130L)
			.setLastGlobalUserSyncAt(1131L)
			.setToken("token-remoteCluster")
			.setRemoteToken("remoteToken-remoteCluster")
			.setTopics("topics-remoteCluster")
			.setCreatorId("creatorId-remoteCluster")
			.setPluginId("pluginId-remoteCluster")
			.setOptions(0x80000003)
			.build();
	}

	static dev.mattermost.spring.protocol.v1.SyncResponse syncResponse() {
		return dev.mattermost.spring.protocol.v1.SyncResponse.newBuilder()
			.setUsersLastUpdateAt(1132L)
			.addAllUserErrors(List.of("userErrors-1", "userErrors-2"))
			.addAllUsersSyncd(List.of("usersSyncd-1", "usersSyncd-2"))
			.setPostsLastUpdateAt(1133L)
			.addAllPostErrors(List.of("postErrors-1", "postErrors-2"))
			.setReactionsLastUpdateAt(1134L)
			.addAllReactionErrors(List.of("reactionErrors-1", "reactionErrors-2"))
			.setAcknowledgementsLastUpdateAt(1135L)
			.addAllAcknowledgementErrors(List.of("acknowledgementErrors-1", "acknowledgementErrors-2"))
			.addAllStatusErrors(List.of("statusErrors-1", "statusErrors-2"))
			.build();
	}

	static dev.mattermost.spring.protocol.v1.WebSocketRequest webSocketRequest() {
		return dev.mattermost.spring.protocol.v1.WebSocketRequest.newBuilder()
			.setSeq(1136L)
			.setAction("action-webSocketRequest")
			.setData(struct())
			.build();
	}

	static dev.mattermost.spring.protocol.v1.EmailNotificationContent emailNotificationContent() {
		return dev.mattermost.spring.protocol.v1.EmailNotificationContent.newBuilder()
			.setSubject("subject-emailNotificationContent")
			.setTitle("title-emailNotificationContent")
			.setSubTitle("subTitle-emailNotificationContent")
			.setMessageHtml("messageHtml-emailNotificationContent")
			.setMessageText("messageText-emailNotificationContent")
			.setButtonText("buttonText-emailNotificationContent")
			.setButtonUrl("buttonUrl-emailNotificationContent")
			.setFooterText("footerText-emailNotificationContent")
			.build();
	}

}
