package dev.mattermost.spring.convert;

import java.util.function.Function;
import java.util.stream.Stream;

import com.google.protobuf.Message;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.Arguments.ArgumentSet;
import org.junit.jupiter.params.provider.MethodSource;

import dev.mattermost.spring.protocol.v1.Bot;
import dev.mattermost.spring.protocol.v1.BotGetOptions;
import dev.mattermost.spring.protocol.v1.BotPatch;
import dev.mattermost.spring.protocol.v1.ChannelMemberIdentifier;
import dev.mattermost.spring.protocol.v1.ChannelStats;
import dev.mattermost.spring.protocol.v1.Command;
import dev.mattermost.spring.protocol.v1.Emoji;
import dev.mattermost.spring.protocol.v1.GetFileInfosOptions;
import dev.mattermost.spring.protocol.v1.OrderedSidebarCategories;
import dev.mattermost.spring.protocol.v1.PostSearchResults;
import dev.mattermost.spring.protocol.v1.SearchParameter;
import dev.mattermost.spring.protocol.v1.SearchParams;
import dev.mattermost.spring.protocol.v1.SidebarCategoryWithChannels;
import dev.mattermost.spring.protocol.v1.UploadSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that the converters of the channel, post, emoji, file, bot and command API records lose nothing.
 */
class ContentApiConverterTests {

	static Stream<ArgumentSet> conversions() {
		return Stream.of(
				conversion(ChannelStats.getDefaultInstance(), ChannelApiConverter::toModel, ChannelApiConverter::toProto),
				conversion(ChannelMemberIdentifier.getDefaultInstance(), ChannelApiConverter::toModel,
						ChannelApiConverter::toProto),
				conversion(SidebarCategoryWithChannels.getDefaultInstance(), ChannelApiConverter::toModel,
						ChannelApiConverter::toProto),
				conversion(OrderedSidebarCategories.getDefaultInstance(), ChannelApiConverter::toModel,
						ChannelApiConverter::toProto),
				conversion(SearchParams.getDefaultInstance(), PostApiConverter::toModel, PostApiConverter::toProto),
				conversion(SearchParameter.getDefaultInstance(), PostApiConverter::toModel, PostApiConverter::toProto),
				conversion(PostSearchResults.getDefaultInstance(), PostApiConverter::toModel,
						PostApiConverter::toProto),
				conversion(Emoji.getDefaultInstance(), EmojiConverter::toModel, EmojiConverter::toProto),
				conversion(Bot.getDefaultInstance(), BotConverter::toModel, BotConverter::toProto),
				conversion(BotPatch.getDefaultInstance(), BotConverter::toModel, BotConverter::toProto),
				conversion(BotGetOptions.getDefaultInstance(), BotConverter::toModel, BotConverter::toProto),
				conversion(UploadSession.getDefaultInstance(), FileApiConverter::toModel, FileApiConverter::toProto),
				conversion(GetFileInfosOptions.getDefaultInstance(), FileApiConverter::toModel,
						FileApiConverter::toProto),
				conversion(Command.getDefaultInstance(), CommandApiConverter::toModel, CommandApiConverter::toProto));
	}

	private static <P extends Message, M> ArgumentSet conversion(P prototype, Function<P, M> toModel,
			Function<M, P> toProto) {
		return Arguments.argumentSet(prototype.getDescriptorForType().getName(), prototype, toModel, toProto);
	}

	@ParameterizedTest
	@MethodSource("conversions")
	<P extends Message, M> void roundTripsEveryField(P prototype, Function<P, M> toModel, Function<M, P> toProto) {
		P full = FilledMessages.filled(prototype);
		assertThat(full.getAllFields()).hasSameSizeAs(full.getDescriptorForType().getFields());
		assertThat(toProto.apply(toModel.apply(full))).isEqualTo(full);
	}

	@ParameterizedTest
	@MethodSource("conversions")
	<P extends Message, M> void roundTripsEmptyMessage(P prototype, Function<P, M> toModel, Function<M, P> toProto) {
		assertThat(toProto.apply(toModel.apply(prototype))).isEqualTo(prototype);
	}

	@ParameterizedTest
	@MethodSource("conversions")
	<P extends Message, M> void convertsNullToDefaultInstance(P prototype, Function<P, M> toModel,
			Function<M, P> toProto) {
		assertThat(toProto.apply(null)).isEqualTo(prototype);
	}

}
