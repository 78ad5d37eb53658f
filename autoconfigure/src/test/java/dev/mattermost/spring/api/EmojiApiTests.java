package dev.mattermost.spring.api;

import java.util.function.Consumer;
import java.util.stream.Stream;

import com.google.protobuf.ByteString;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments.ArgumentSet;
import org.junit.jupiter.params.provider.MethodSource;

import dev.mattermost.spring.model.Emoji;
import dev.mattermost.spring.model.EmojiImage;
import dev.mattermost.spring.protocol.v1.GetEmojiByNameRequest;
import dev.mattermost.spring.protocol.v1.GetEmojiByNameResponse;
import dev.mattermost.spring.protocol.v1.GetEmojiImageRequest;
import dev.mattermost.spring.protocol.v1.GetEmojiImageResponse;
import dev.mattermost.spring.protocol.v1.GetEmojiListRequest;
import dev.mattermost.spring.protocol.v1.GetEmojiListResponse;
import dev.mattermost.spring.protocol.v1.GetEmojiRequest;
import dev.mattermost.spring.protocol.v1.GetEmojiResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class EmojiApiTests {

	private static final dev.mattermost.spring.protocol.v1.Emoji PARROT = dev.mattermost.spring.protocol.v1.Emoji
		.newBuilder()
		.setId("emoji1")
		.setCreateAt(1)
		.setUpdateAt(2)
		.setDeleteAt(3)
		.setCreatorId("user1")
		.setName("partyparrot")
		.build();

	@RegisterExtension
	final ApiTestServer server = new ApiTestServer();

	private EmojiApi emoji() {
		return new DefaultEmojiApi(this.server.caller());
	}

	@Test
	void listSendsSortAndPagingAndReturnsEveryField() {
		this.server.respond("GetEmojiList", GetEmojiListResponse.newBuilder().addEmojis(PARROT).build());
		assertThat(emoji().list("name", 1, 50)).containsExactly(new Emoji("emoji1", 1, 2, 3, "user1", "partyparrot"));
		assertThat(this.server.request("GetEmojiList", GetEmojiListRequest.class))
			.isEqualTo(GetEmojiListRequest.newBuilder().setSortBy("name").setPage(1).setPerPage(50).build());
	}

	@Test
	void listReturnsEmptyListWhenThereAreNoCustomEmoji() {
		assertThat(emoji().list("", 0, 50)).isEmpty();
	}

	@Test
	void streamSendsSortOrder() {
		this.server.respond("GetEmojiList", GetEmojiListResponse.newBuilder().addEmojis(PARROT).build());
		assertThat(emoji().stream("name")).extracting(Emoji::name).containsExactly("partyparrot");
		assertThat(this.server.request("GetEmojiList", GetEmojiListRequest.class).getSortBy()).isEqualTo("name");
	}

	@Test
	void getByNameSendsName() {
		this.server.respond("GetEmojiByName", GetEmojiByNameResponse.newBuilder().setEmoji(PARROT).build());
		assertThat(emoji().getByName("partyparrot").id()).isEqualTo("emoji1");
		assertThat(this.server.request("GetEmojiByName", GetEmojiByNameRequest.class).getName())
			.isEqualTo("partyparrot");
	}

	@Test
	void getSendsEmojiId() {
		this.server.respond("GetEmoji", GetEmojiResponse.newBuilder().setEmoji(PARROT).build());
		assertThat(emoji().get("emoji1").name()).isEqualTo("partyparrot");
		assertThat(this.server.request("GetEmoji", GetEmojiRequest.class).getEmojiId()).isEqualTo("emoji1");
	}

	@Test
	void getImageReturnsBytesAndContentType() {
		byte[] png = { (byte) 0x89, 'P', 'N', 'G' };
		this.server.respond("GetEmojiImage", GetEmojiImageResponse.newBuilder()
			.setImage(ByteString.copyFrom(png))
			.setContentType("image/png")
			.build());
		EmojiImage image = emoji().getImage("emoji1");
		assertThat(image).isEqualTo(new EmojiImage(png, "image/png"));
		assertThat(image.data()).containsExactly(png);
		assertThat(this.server.request("GetEmojiImage", GetEmojiImageRequest.class).getEmojiId()).isEqualTo("emoji1");
	}

	@Test
	void lookupAnsweredWithoutEmojiThrowsNotFound() {
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> emoji().getByName("nope"))
			.satisfies((ex) -> assertThat(ex.getMethod()).isEqualTo("GetEmojiByName"))
			.withMessageContaining("emoji named nope");
	}

	static Stream<ArgumentSet> calls() {
		return Stream.<ArgumentSet>of(RpcErrors.<EmojiApi>call("GetEmojiList", (api) -> api.list("name", 0, 10)),
				RpcErrors.<EmojiApi>call("GetEmojiByName", (api) -> api.getByName("partyparrot")),
				RpcErrors.<EmojiApi>call("GetEmoji", (api) -> api.get("emoji1")),
				RpcErrors.<EmojiApi>call("GetEmojiImage", (api) -> api.getImage("emoji1")));
	}

	@Test
	void coversEveryEmojiRpc() {
		assertThat(RpcErrors.rpcs(calls())).doesNotHaveDuplicates().hasSize(4);
	}

	@ParameterizedTest
	@MethodSource("calls")
	void mapsAppErrorInResponseToException(String rpc, Consumer<EmojiApi> call) {
		RpcErrors.assertAppErrorMapped(this.server, rpc, () -> call.accept(emoji()));
	}

	@ParameterizedTest
	@MethodSource("calls")
	void mapsErrorStatusToException(String rpc, Consumer<EmojiApi> call) {
		RpcErrors.assertStatusMapped(this.server, rpc, () -> call.accept(emoji()));
	}

}
