package dev.mattermost.spring.convert;

import org.junit.jupiter.api.Test;

import dev.mattermost.spring.model.CommandArgs;
import dev.mattermost.spring.model.CommandResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link CommandConverter}.
 */
class CommandConverterTests {

	@Test
	void roundTripsCommandArgsWithEveryFieldSet() {
		var proto = ProtoFixtures.commandArgs();
		assertThat(proto.getAllFields()).hasSameSizeAs(proto.getDescriptorForType().getFields());
		assertThat(CommandConverter.toProto(CommandConverter.toModel(proto))).isEqualTo(proto);
	}

	@Test
	void roundTripsCommandArgsWithNothingSet() {
		var empty = dev.mattermost.spring.protocol.v1.CommandArgs.getDefaultInstance();
		CommandArgs model = CommandConverter.toModel(empty);
		assertThat(model.userId()).isEmpty();
		assertThat(model.channelId()).isEmpty();
		assertThat(model.teamId()).isEmpty();
		assertThat(model.rootId()).isEmpty();
		assertThat(model.parentId()).isEmpty();
		assertThat(model.triggerId()).isEmpty();
		assertThat(model.command()).isEmpty();
		assertThat(model.siteUrl()).isEmpty();
		assertThat(model.t()).isEmpty();
		assertThat(model.userMention()).isEmpty();
		assertThat(model.channelMention()).isEmpty();
		assertThat(CommandConverter.toProto(model)).isEqualTo(empty);
	}

	@Test
	void convertsNullCommandArgsToDefaultInstance() {
		assertThat(CommandConverter.toProto((CommandArgs) null))
			.isEqualTo(dev.mattermost.spring.protocol.v1.CommandArgs.getDefaultInstance());
	}

	@Test
	void roundTripsCommandResponseWithEveryFieldSet() {
		var proto = ProtoFixtures.commandResponse();
		assertThat(proto.getAllFields()).hasSameSizeAs(proto.getDescriptorForType().getFields());
		assertThat(CommandConverter.toProto(CommandConverter.toModel(proto))).isEqualTo(proto);
	}

	@Test
	void roundTripsCommandResponseWithNothingSet() {
		var empty = dev.mattermost.spring.protocol.v1.CommandResponse.getDefaultInstance();
		CommandResponse model = CommandConverter.toModel(empty);
		assertThat(model.responseType()).isEmpty();
		assertThat(model.text()).isEmpty();
		assertThat(model.username()).isEmpty();
		assertThat(model.channelId()).isEmpty();
		assertThat(model.iconUrl()).isEmpty();
		assertThat(model.type()).isEmpty();
		assertThat(model.props()).isEmpty();
		assertThat(model.gotoLocation()).isEmpty();
		assertThat(model.triggerId()).isEmpty();
		assertThat(model.attachments()).isEmpty();
		assertThat(CommandConverter.toProto(model)).isEqualTo(empty);
	}

	@Test
	void convertsNullCommandResponseToDefaultInstance() {
		assertThat(CommandConverter.toProto((CommandResponse) null))
			.isEqualTo(dev.mattermost.spring.protocol.v1.CommandResponse.getDefaultInstance());
	}

	@Test
	void writesEphemeralResponse() {
		var expected = dev.mattermost.spring.protocol.v1.CommandResponse.newBuilder()
			.setResponseType("ephemeral")
			.setText("Only you can see this")
			.build();
		assertThat(CommandConverter.toProto(CommandResponse.ephemeral("Only you can see this"))).isEqualTo(expected);
	}

	@Test
	void writesInChannelResponse() {
		var expected = dev.mattermost.spring.protocol.v1.CommandResponse.newBuilder()
			.setResponseType("in_channel")
			.setText("Everyone sees this")
			.build();
		assertThat(CommandConverter.toProto(CommandResponse.inChannel("Everyone sees this"))).isEqualTo(expected);
	}

	@Test
	void readsNestedCommandResponseAttachments() {
		CommandResponse response = CommandConverter.toModel(ProtoFixtures.commandResponse());
		assertThat(response.attachments()).singleElement().extracting(CommandResponse::text).isEqualTo("nested");
	}

	@Test
	void readsCommandArgs() {
		CommandArgs args = CommandConverter.toModel(ProtoFixtures.commandArgs());
		assertThat(args.command()).isEqualTo("command-commandArgs");
		assertThat(args.t()).isEqualTo("t-commandArgs");
	}

}
