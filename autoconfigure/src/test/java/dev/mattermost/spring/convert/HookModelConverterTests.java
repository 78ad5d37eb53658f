package dev.mattermost.spring.convert;

import com.google.protobuf.Int64Value;
import org.junit.jupiter.api.Test;

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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link HookModelConverter}.
 */
class HookModelConverterTests {

	@Test
	void roundTripsPluginContextWithEveryFieldSet() {
		var proto = ProtoFixtures.pluginContext();
		assertThat(proto.getAllFields()).hasSameSizeAs(proto.getDescriptorForType().getFields());
		assertThat(HookModelConverter.toProto(HookModelConverter.toModel(proto))).isEqualTo(proto);
	}

	@Test
	void roundTripsPluginContextWithNothingSet() {
		var empty = dev.mattermost.spring.protocol.v1.PluginContext.getDefaultInstance();
		PluginContext model = HookModelConverter.toModel(empty);
		assertThat(model.sessionId()).isEmpty();
		assertThat(model.requestId()).isEmpty();
		assertThat(model.ipAddress()).isEmpty();
		assertThat(model.acceptLanguage()).isEmpty();
		assertThat(model.userAgent()).isEmpty();
		assertThat(HookModelConverter.toProto(model)).isEqualTo(empty);
	}

	@Test
	void convertsNullPluginContextToDefaultInstance() {
		assertThat(HookModelConverter.toProto((PluginContext) null))
			.isEqualTo(dev.mattermost.spring.protocol.v1.PluginContext.getDefaultInstance());
	}

	@Test
	void roundTripsPreferenceWithEveryFieldSet() {
		var proto = ProtoFixtures.preference();
		assertThat(proto.getAllFields()).hasSameSizeAs(proto.getDescriptorForType().getFields());
		assertThat(HookModelConverter.toProto(HookModelConverter.toModel(proto))).isEqualTo(proto);
	}

	@Test
	void roundTripsPreferenceWithNothingSet() {
		var empty = dev.mattermost.spring.protocol.v1.Preference.getDefaultInstance();
		Preference model = HookModelConverter.toModel(empty);
		assertThat(model.userId()).isEmpty();
		assertThat(model.category()).isEmpty();
		assertThat(model.name()).isEmpty();
		assertThat(model.value()).isEmpty();
		assertThat(HookModelConverter.toProto(model)).isEqualTo(empty);
	}

	@Test
	void convertsNullPreferenceToDefaultInstance() {
		assertThat(HookModelConverter.toProto((Preference) null))
			.isEqualTo(dev.mattermost.spring.protocol.v1.Preference.getDefaultInstance());
	}

	@Test
	void roundTripsPushNotificationWithEveryFieldSet() {
		var proto = ProtoFixtures.pushNotification();
		assertThat(proto.getAllFields()).hasSameSizeAs(proto.getDescriptorForType().getFields());
		assertThat(HookModelConverter.toProto(HookModelConverter.toModel(proto))).isEqualTo(proto);
	}

	@Test
	void roundTripsPushNotificationWithNothingSet() {
		var empty = dev.mattermost.spring.protocol.v1.PushNotification.getDefaultInstance();
		PushNotification model = HookModelConverter.toModel(empty);
		assertThat(model.ackId()).isEmpty();
		assertThat(model.platform()).isEmpty();
		assertThat(model.serverId()).isEmpty();
		assertThat(model.deviceId()).isEmpty();
		assertThat(model.postId()).isEmpty();
		assertThat(model.category()).isEmpty();
		assertThat(model.sound()).isEmpty();
		assertThat(model.message()).isEmpty();
		assertThat(model.badge()).isEmpty();
		assertThat(model.contAva()).isEmpty();
		assertThat(model.teamId()).isEmpty();
		assertThat(model.channelId()).isEmpty();
		assertThat(model.rootId()).isEmpty();
		assertThat(model.senderId()).isEmpty();
		assertThat(model.senderName()).isEmpty();
		assertThat(model.overrideUsername()).isEmpty();
		assertThat(model.overrideIconUrl()).isEmpty();
		assertThat(model.fromWebhook()).isEmpty();
		assertThat(model.version()).isEmpty();
		assertThat(model.channelName()).isEmpty();
		assertThat(model.type()).isEmpty();
		assertThat(model.subType()).isEmpty();
		assertThat(HookModelConverter.toProto(model)).isEqualTo(empty);
	}

	@Test
	void convertsNullPushNotificationToDefaultInstance() {
		assertThat(HookModelConverter.toProto((PushNotification) null))
			.isEqualTo(dev.mattermost.spring.protocol.v1.PushNotification.getDefaultInstance());
	}

	@Test
	void roundTripsPluginClusterEventWithEveryFieldSet() {
		var proto = ProtoFixtures.pluginClusterEvent();
		assertThat(proto.getAllFields()).hasSameSizeAs(proto.getDescriptorForType().getFields());
		assertThat(HookModelConverter.toProto(HookModelConverter.toModel(proto))).isEqualTo(proto);
	}

	@Test
	void roundTripsPluginClusterEventWithNothingSet() {
		var empty = dev.mattermost.spring.protocol.v1.PluginClusterEvent.getDefaultInstance();
		PluginClusterEvent model = HookModelConverter.toModel(empty);
		assertThat(model.id()).isEmpty();
		assertThat(model.data()).isEmpty();
		assertThat(HookModelConverter.toProto(model)).isEqualTo(empty);
	}

	@Test
	void convertsNullPluginClusterEventToDefaultInstance() {
		assertThat(HookModelConverter.toProto((PluginClusterEvent) null))
			.isEqualTo(dev.mattermost.spring.protocol.v1.PluginClusterEvent.getDefaultInstance());
	}

	@Test
	void roundTripsOnInstallEventWithEveryFieldSet() {
		var proto = ProtoFixtures.onInstallEvent();
		assertThat(proto.getAllFields()).hasSameSizeAs(proto.getDescriptorForType().getFields());
		assertThat(HookModelConverter.toProto(HookModelConverter.toModel(proto))).isEqualTo(proto);
	}

	@Test
	void roundTripsOnInstallEventWithNothingSet() {
		var empty = dev.mattermost.spring.protocol.v1.OnInstallEvent.getDefaultInstance();
		OnInstallEvent model = HookModelConverter.toModel(empty);
		assertThat(model.userId()).isEmpty();
		assertThat(HookModelConverter.toProto(model)).isEqualTo(empty);
	}

	@Test
	void convertsNullOnInstallEventToDefaultInstance() {
		assertThat(HookModelConverter.toProto((OnInstallEvent) null))
			.isEqualTo(dev.mattermost.spring.protocol.v1.OnInstallEvent.getDefaultInstance());
	}

	@Test
	void roundTripsFilesLimitsWithEveryFieldSet() {
		var proto = ProtoFixtures.filesLimits();
		assertThat(proto.getAllFields()).hasSameSizeAs(proto.getDescriptorForType().getFields());
		assertThat(HookModelConverter.toProto(HookModelConverter.toModel(proto))).isEqualTo(proto);
	}

	@Test
	void roundTripsFilesLimitsWithNothingSet() {
		var empty = dev.mattermost.spring.protocol.v1.FilesLimits.getDefaultInstance();
		FilesLimits model = HookModelConverter.toModel(empty);
		assertThat(model.totalStorage()).isNull();
		assertThat(HookModelConverter.toProto(model)).isEqualTo(empty);
	}

	@Test
	void convertsNullFilesLimitsToDefaultInstance() {
		assertThat(HookModelConverter.toProto((FilesLimits) null))
			.isEqualTo(dev.mattermost.spring.protocol.v1.FilesLimits.getDefaultInstance());
	}

	@Test
	void roundTripsMessagesLimitsWithEveryFieldSet() {
		var proto = ProtoFixtures.messagesLimits();
		assertThat(proto.getAllFields()).hasSameSizeAs(proto.getDescriptorForType().getFields());
		assertThat(HookModelConverter.toProto(HookModelConverter.toModel(proto))).isEqualTo(proto);
	}

	@Test
	void roundTripsMessagesLimitsWithNothingSet() {
		var empty = dev.mattermost.spring.protocol.v1.MessagesLimits.getDefaultInstance();
		MessagesLimits model = HookModelConverter.toModel(empty);
		assertThat(model.history()).isNull();
		assertThat(HookModelConverter.toProto(model)).isEqualTo(empty);
	}

	@Test
	void convertsNullMessagesLimitsToDefaultInstance() {
		assertThat(HookModelConverter.toProto((MessagesLimits) null))
			.isEqualTo(dev.mattermost.spring.protocol.v1.MessagesLimits.getDefaultInstance());
	}

	@Test
	void roundTripsTeamsLimitsWithEveryFieldSet() {
		var proto = ProtoFixtures.teamsLimits();
		assertThat(proto.getAllFields()).hasSameSizeAs(proto.getDescriptorForType().getFields());
		assertThat(HookModelConverter.toProto(HookModelConverter.toModel(proto))).isEqualTo(proto);
	}

	@Test
	void roundTripsTeamsLimitsWithNothingSet() {
		var empty = dev.mattermost.spring.protocol.v1.TeamsLimits.getDefaultInstance();
		TeamsLimits model = HookModelConverter.toModel(empty);
		assertThat(model.active()).isNull();
		assertThat(HookModelConverter.toProto(model)).isEqualTo(empty);
	}

	@Test
	void convertsNullTeamsLimitsToDefaultInstance() {
		assertThat(HookModelConverter.toProto((TeamsLimits) null))
			.isEqualTo(dev.mattermost.spring.protocol.v1.TeamsLimits.getDefaultInstance());
	}

	@Test
	void roundTripsProductLimitsWithEveryFieldSet() {
		var proto = ProtoFixtures.productLimits();
		assertThat(proto.getAllFields()).hasSameSizeAs(proto.getDescriptorForType().getFields());
		assertThat(HookModelConverter.toProto(HookModelConverter.toModel(proto))).isEqualTo(proto);
	}

	@Test
	void roundTripsProductLimitsWithNothingSet() {
		var empty = dev.mattermost.spring.protocol.v1.ProductLimits.getDefaultInstance();
		ProductLimits model = HookModelConverter.toModel(empty);
		assertThat(model.files()).isNull();
		assertThat(model.messages()).isNull();
		assertThat(model.teams()).isNull();
		assertThat(HookModelConverter.toProto(model)).isEqualTo(empty);
	}

	@Test
	void convertsNullProductLimitsToDefaultInstance() {
		assertThat(HookModelConverter.toProto((ProductLimits) null))
			.isEqualTo(dev.mattermost.spring.protocol.v1.ProductLimits.getDefaultInstance());
	}

	@Test
	void roundTripsRemoteClusterWithEveryFieldSet() {
		var proto = ProtoFixtures.remoteCluster();
		assertThat(proto.getAllFields()).hasSameSizeAs(proto.getDescriptorForType().getFields());
		assertThat(HookModelConverter.toProto(HookModelConverter.toModel(proto))).isEqualTo(proto);
	}

	@Test
	void roundTripsRemoteClusterWithNothingSet() {
		var empty = dev.mattermost.spring.protocol.v1.RemoteCluster.getDefaultInstance();
		RemoteCluster model = HookModelConverter.toModel(empty);
		assertThat(model.remoteId()).isEmpty();
		assertThat(model.remoteTeamId()).isEmpty();
		assertThat(model.name()).isEmpty();
		assertThat(model.displayName()).isEmpty();
		assertThat(model.siteUrl()).isEmpty();
		assertThat(model.defaultTeamId()).isEmpty();
		assertThat(model.token()).isEmpty();
		assertThat(model.remoteToken()).isEmpty();
		assertThat(model.topics()).isEmpty();
		assertThat(model.creatorId()).isEmpty();
		assertThat(model.pluginId()).isEmpty();
		assertThat(HookModelConverter.toProto(model)).isEqualTo(empty);
	}

	@Test
	void convertsNullRemoteClusterToDefaultInstance() {
		assertThat(HookModelConverter.toProto((RemoteCluster) null))
			.isEqualTo(dev.mattermost.spring.protocol.v1.RemoteCluster.getDefaultInstance());
	}

	@Test
	void roundTripsSyncResponseWithEveryFieldSet() {
		var proto = ProtoFixtures.syncResponse();
		assertThat(proto.getAllFields()).hasSameSizeAs(proto.getDescriptorForType().getFields());
		assertThat(HookModelConverter.toProto(HookModelConverter.toModel(proto))).isEqualTo(proto);
	}

	@Test
	void roundTripsSyncResponseWithNothingSet() {
		var empty = dev.mattermost.spring.protocol.v1.SyncResponse.getDefaultInstance();
		SyncResponse model = HookModelConverter.toModel(empty);
		assertThat(model.userErrors()).isEmpty();
		assertThat(model.usersSyncd()).isEmpty();
		assertThat(model.postErrors()).isEmpty();
		assertThat(model.reactionErrors()).isEmpty();
		assertThat(model.acknowledgementErrors()).isEmpty();
		assertThat(model.statusErrors()).isEmpty();
		assertThat(HookModelConverter.toProto(model)).isEqualTo(empty);
	}

	@Test
	void convertsNullSyncResponseToDefaultInstance() {
		assertThat(HookModelConverter.toProto((SyncResponse) null))
			.isEqualTo(dev.mattermost.spring.protocol.v1.SyncResponse.getDefaultInstance());
	}

	@Test
	void roundTripsWebSocketRequestWithEveryFieldSet() {
		var proto = ProtoFixtures.webSocketRequest();
		assertThat(proto.getAllFields()).hasSameSizeAs(proto.getDescriptorForType().getFields());
		assertThat(HookModelConverter.toProto(HookModelConverter.toModel(proto))).isEqualTo(proto);
	}

	@Test
	void roundTripsWebSocketRequestWithNothingSet() {
		var empty = dev.mattermost.spring.protocol.v1.WebSocketRequest.getDefaultInstance();
		WebSocketRequest model = HookModelConverter.toModel(empty);
		assertThat(model.action()).isEmpty();
		assertThat(model.data()).isEmpty();
		assertThat(HookModelConverter.toProto(model)).isEqualTo(empty);
	}

	@Test
	void convertsNullWebSocketRequestToDefaultInstance() {
		assertThat(HookModelConverter.toProto((WebSocketRequest) null))
			.isEqualTo(dev.mattermost.spring.protocol.v1.WebSocketRequest.getDefaultInstance());
	}

	@Test
	void roundTripsEmailNotificationContentWithEveryFieldSet() {
		var proto = ProtoFixtures.emailNotificationContent();
		assertThat(proto.getAllFields()).hasSameSizeAs(proto.getDescriptorForType().getFields());
		assertThat(HookModelConverter.toProto(HookModelConverter.toModel(proto))).isEqualTo(proto);
	}

	@Test
	void roundTripsEmailNotificationContentWithNothingSet() {
		var empty = dev.mattermost.spring.protocol.v1.EmailNotificationContent.getDefaultInstance();
		EmailNotificationContent model = HookModelConverter.toModel(empty);
		assertThat(model.subject()).isEmpty();
		assertThat(model.title()).isEmpty();
		assertThat(model.subTitle()).isEmpty();
		assertThat(model.messageHtml()).isEmpty();
		assertThat(model.messageText()).isEmpty();
		assertThat(model.buttonText()).isEmpty();
		assertThat(model.buttonUrl()).isEmpty();
		assertThat(model.footerText()).isEmpty();
		assertThat(HookModelConverter.toProto(model)).isEqualTo(empty);
	}

	@Test
	void convertsNullEmailNotificationContentToDefaultInstance() {
		assertThat(HookModelConverter.toProto((EmailNotificationContent) null))
			.isEqualTo(dev.mattermost.spring.protocol.v1.EmailNotificationContent.getDefaultInstance());
	}

	@Test
	void readsRemoteClusterOptionsAsUnsigned() {
		RemoteCluster cluster = HookModelConverter.toModel(ProtoFixtures.remoteCluster());
		assertThat(cluster.options()).isEqualTo(0x80000003L);
		assertThat(HookModelConverter.toProto(cluster).getOptions()).isEqualTo(0x80000003);
	}

	@Test
	void readsCloudLimitsThatAreSetAndNullsThoseThatAreNot() {
		var proto = dev.mattermost.spring.protocol.v1.ProductLimits.newBuilder()
			.setFiles(dev.mattermost.spring.protocol.v1.FilesLimits.newBuilder().setTotalStorage(Int64Value.of(10L)))
			.setMessages(dev.mattermost.spring.protocol.v1.MessagesLimits.getDefaultInstance())
			.build();
		ProductLimits limits = HookModelConverter.toModel(proto);
		assertThat(limits.files()).isEqualTo(new FilesLimits(10L));
		assertThat(limits.messages()).isEqualTo(new MessagesLimits(null));
		assertThat(limits.teams()).isNull();
		assertThat(HookModelConverter.toProto(limits)).isEqualTo(proto);
	}

	@Test
	void writesNullTextAsEmptyString() {
		Preference preference = new Preference(null, "display_settings", "use_military_time", null);
		assertThat(preference.userId()).isEmpty();
		var expected = dev.mattermost.spring.protocol.v1.Preference.newBuilder()
			.setCategory("display_settings")
			.setName("use_military_time")
			.build();
		assertThat(HookModelConverter.toProto(preference)).isEqualTo(expected);
	}

	@Test
	void readsPluginContext() {
		PluginContext context = HookModelConverter.toModel(ProtoFixtures.pluginContext());
		assertThat(context).isEqualTo(new PluginContext("sessionId-pluginContext", "requestId-pluginContext",
				"ipAddress-pluginContext", "acceptLanguage-pluginContext", "userAgent-pluginContext"));
	}

	@Test
	void readsWebSocketRequestDataAsMap() {
		WebSocketRequest request = HookModelConverter.toModel(ProtoFixtures.webSocketRequest());
		assertThat(request.data()).containsEntry("text", "hi").containsEntry("count", 3L);
	}

}
