package dev.mattermost.spring.convert;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.mattermost.spring.model.Channel;
import dev.mattermost.spring.model.ChannelBannerInfo;
import dev.mattermost.spring.model.ChannelMember;
import dev.mattermost.spring.protocol.v1.ChannelType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ChannelConverter}.
 */
class ChannelConverterTests {

	@Test
	void roundTripsChannelBannerInfoWithEveryFieldSet() {
		var proto = ProtoFixtures.channelBannerInfo();
		assertThat(proto.getAllFields()).hasSameSizeAs(proto.getDescriptorForType().getFields());
		assertThat(ChannelConverter.toProto(ChannelConverter.toModel(proto))).isEqualTo(proto);
	}

	@Test
	void roundTripsChannelBannerInfoWithNothingSet() {
		var empty = dev.mattermost.spring.protocol.v1.ChannelBannerInfo.getDefaultInstance();
		ChannelBannerInfo model = ChannelConverter.toModel(empty);
		assertThat(model.enabled()).isNull();
		assertThat(model.text()).isNull();
		assertThat(model.backgroundColor()).isNull();
		assertThat(ChannelConverter.toProto(model)).isEqualTo(empty);
	}

	@Test
	void convertsNullChannelBannerInfoToDefaultInstance() {
		assertThat(ChannelConverter.toProto((ChannelBannerInfo) null))
			.isEqualTo(dev.mattermost.spring.protocol.v1.ChannelBannerInfo.getDefaultInstance());
	}

	@Test
	void roundTripsChannelWithEveryFieldSet() {
		var proto = ProtoFixtures.channel();
		assertThat(proto.getAllFields()).hasSameSizeAs(proto.getDescriptorForType().getFields());
		assertThat(ChannelConverter.toProto(ChannelConverter.toModel(proto))).isEqualTo(proto);
	}

	@Test
	void roundTripsChannelWithNothingSet() {
		var empty = dev.mattermost.spring.protocol.v1.Channel.getDefaultInstance();
		Channel model = ChannelConverter.toModel(empty);
		assertThat(model.id()).isEmpty();
		assertThat(model.teamId()).isEmpty();
		assertThat(model.type()).isEmpty();
		assertThat(model.displayName()).isEmpty();
		assertThat(model.name()).isEmpty();
		assertThat(model.header()).isEmpty();
		assertThat(model.purpose()).isEmpty();
		assertThat(model.creatorId()).isEmpty();
		assertThat(model.schemeId()).isNull();
		assertThat(model.props()).isEmpty();
		assertThat(model.groupConstrained()).isNull();
		assertThat(model.shared()).isNull();
		assertThat(model.policyId()).isNull();
		assertThat(model.bannerInfo()).isNull();
		assertThat(model.defaultCategoryName()).isEmpty();
		assertThat(ChannelConverter.toProto(model)).isEqualTo(empty);
	}

	@Test
	void convertsNullChannelToDefaultInstance() {
		assertThat(ChannelConverter.toProto((Channel) null))
			.isEqualTo(dev.mattermost.spring.protocol.v1.Channel.getDefaultInstance());
	}

	@Test
	void roundTripsChannelMemberWithEveryFieldSet() {
		var proto = ProtoFixtures.channelMember();
		assertThat(proto.getAllFields()).hasSameSizeAs(proto.getDescriptorForType().getFields());
		assertThat(ChannelConverter.toProto(ChannelConverter.toModel(proto))).isEqualTo(proto);
	}

	@Test
	void roundTripsChannelMemberWithNothingSet() {
		var empty = dev.mattermost.spring.protocol.v1.ChannelMember.getDefaultInstance();
		ChannelMember model = ChannelConverter.toModel(empty);
		assertThat(model.channelId()).isEmpty();
		assertThat(model.userId()).isEmpty();
		assertThat(model.roles()).isEmpty();
		assertThat(model.notifyProps()).isEmpty();
		assertThat(ChannelConverter.toProto(model)).isEqualTo(empty);
	}

	@Test
	void convertsNullChannelMemberToDefaultInstance() {
		assertThat(ChannelConverter.toProto((ChannelMember) null))
			.isEqualTo(dev.mattermost.spring.protocol.v1.ChannelMember.getDefaultInstance());
	}

	@Test
	void mapsChannelTypesToMattermostLettersAndBack() {
		assertThat(ChannelConverter.toModel(ChannelType.CHANNEL_TYPE_OPEN)).isEqualTo(Channel.OPEN).isEqualTo("O");
		assertThat(ChannelConverter.toModel(ChannelType.CHANNEL_TYPE_PRIVATE)).isEqualTo(Channel.PRIVATE).isEqualTo("P");
		assertThat(ChannelConverter.toModel(ChannelType.CHANNEL_TYPE_DIRECT)).isEqualTo(Channel.DIRECT).isEqualTo("D");
		assertThat(ChannelConverter.toModel(ChannelType.CHANNEL_TYPE_GROUP)).isEqualTo(Channel.GROUP).isEqualTo("G");
		assertThat(ChannelConverter.toModel(ChannelType.CHANNEL_TYPE_UNSPECIFIED)).isEmpty();
		assertThat(ChannelConverter.toChannelType("O")).isEqualTo(ChannelType.CHANNEL_TYPE_OPEN);
		assertThat(ChannelConverter.toChannelType("P")).isEqualTo(ChannelType.CHANNEL_TYPE_PRIVATE);
		assertThat(ChannelConverter.toChannelType("D")).isEqualTo(ChannelType.CHANNEL_TYPE_DIRECT);
		assertThat(ChannelConverter.toChannelType("G")).isEqualTo(ChannelType.CHANNEL_TYPE_GROUP);
	}

	@Test
	void mapsUnknownChannelTypeLettersToUnspecified() {
		// "S" and "BO" are channel types newer servers know and the protocol does not.
		assertThat(ChannelConverter.toChannelType("S")).isEqualTo(ChannelType.CHANNEL_TYPE_UNSPECIFIED);
		assertThat(ChannelConverter.toChannelType("BO")).isEqualTo(ChannelType.CHANNEL_TYPE_UNSPECIFIED);
		assertThat(ChannelConverter.toChannelType("")).isEqualTo(ChannelType.CHANNEL_TYPE_UNSPECIFIED);
		assertThat(ChannelConverter.toChannelType(null)).isEqualTo(ChannelType.CHANNEL_TYPE_UNSPECIFIED);
	}

	@Test
	void readsChannelTypeFromNewerServerAsEmptyLetter() {
		var proto = dev.mattermost.spring.protocol.v1.Channel.newBuilder().setTypeValue(99).build();
		assertThat(ChannelConverter.toModel(proto).type()).isEmpty();
	}

	@Test
	void readsChannelPropsAsPlainJavaValues() {
		Channel channel = ChannelConverter.toModel(ProtoFixtures.channel());
		assertThat(channel.type()).isEqualTo(Channel.PRIVATE);
		assertThat(channel.props()).containsEntry("text", "hi")
			.containsEntry("count", 3L)
			.containsEntry("ratio", 0.5)
			.containsEntry("on", true)
			.containsEntry("nothing", null)
			.containsEntry("nested", Map.of("list", List.of("a", 1L, Map.of("deep", false))));
	}

	@Test
	void writesBannerInfoOnlyWhenPresent() {
		Channel channel = ChannelConverter.toModel(ProtoFixtures.channel());
		assertThat(ChannelConverter.toProto(channel).getBannerInfo().getText()).isEqualTo("text-channelBannerInfo");
		Channel withoutBanner = ChannelConverter.toModel(ProtoFixtures.channel().toBuilder().clearBannerInfo().build());
		assertThat(withoutBanner.bannerInfo()).isNull();
		assertThat(ChannelConverter.toProto(withoutBanner).hasBannerInfo()).isFalse();
	}

}
