package dev.mattermost.spring.api;

import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments.ArgumentSet;
import org.junit.jupiter.params.provider.MethodSource;

import dev.mattermost.spring.model.Bot;
import dev.mattermost.spring.model.BotListOptions;
import dev.mattermost.spring.model.BotPatch;
import dev.mattermost.spring.protocol.v1.BotGetOptions;
import dev.mattermost.spring.protocol.v1.CreateBotRequest;
import dev.mattermost.spring.protocol.v1.CreateBotResponse;
import dev.mattermost.spring.protocol.v1.EnsureBotUserRequest;
import dev.mattermost.spring.protocol.v1.EnsureBotUserResponse;
import dev.mattermost.spring.protocol.v1.GetBotRequest;
import dev.mattermost.spring.protocol.v1.GetBotResponse;
import dev.mattermost.spring.protocol.v1.GetBotsRequest;
import dev.mattermost.spring.protocol.v1.GetBotsResponse;
import dev.mattermost.spring.protocol.v1.PatchBotRequest;
import dev.mattermost.spring.protocol.v1.PatchBotResponse;
import dev.mattermost.spring.protocol.v1.PermanentDeleteBotRequest;
import dev.mattermost.spring.protocol.v1.UpdateBotActiveRequest;
import dev.mattermost.spring.protocol.v1.UpdateBotActiveResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class BotApiTests {

	private static final dev.mattermost.spring.protocol.v1.Bot WEATHER = dev.mattermost.spring.protocol.v1.Bot
		.newBuilder()
		.setUserId("bot1")
		.setUsername("weather")
		.setDisplayName("Weather")
		.setDescription("Tells the weather")
		.setOwnerId("com.example.weather")
		.setCreateAt(10)
		.setUpdateAt(20)
		.setLastIconUpdate(30)
		.build();

	@RegisterExtension
	final ApiTestServer server = new ApiTestServer();

	private BotApi bots() {
		return new DefaultBotApi(this.server.caller());
	}

	@Test
	void createSendsBotAndReturnsEveryField() {
		this.server.respond("CreateBot", CreateBotResponse.newBuilder().setBot(WEATHER).build());
		Bot created = bots().create(Bot.of("weather", "Weather", "Tells the weather"));
		assertThat(this.server.request("CreateBot", CreateBotRequest.class).getBot())
			.isEqualTo(dev.mattermost.spring.protocol.v1.Bot.newBuilder()
				.setUsername("weather")
				.setDisplayName("Weather")
				.setDescription("Tells the weather")
				.build());
		assertThat(created).isEqualTo(
				new Bot("bot1", "weather", "Weather", "Tells the weather", "com.example.weather", 10, 20, 0, 30));
		assertThat(created.isActive()).isTrue();
	}

	@Test
	void patchSendsOnlyTheFieldsToChange() {
		this.server.respond("PatchBot", PatchBotResponse.newBuilder().setBot(WEATHER).build());
		bots().patch("bot1", new BotPatch(null, "Weather Bot", ""));
		PatchBotRequest sent = this.server.request("PatchBot", PatchBotRequest.class);
		assertThat(sent.getBotUserId()).isEqualTo("bot1");
		assertThat(sent.getBotPatch().hasUsername()).isFalse();
		assertThat(sent.getBotPatch().getDisplayName()).isEqualTo("Weather Bot");
		// An empty description is a change to make, unlike a null one.
		assertThat(sent.getBotPatch().hasDescription()).isTrue();
		assertThat(sent.getBotPatch().getDescription()).isEmpty();
	}

	@Test
	void getSendsIdAndIncludeDeleted() {
		this.server.respond("GetBot", GetBotResponse.newBuilder().setBot(WEATHER.toBuilder().setDeleteAt(99)).build());
		Bot bot = bots().get("bot1", true);
		assertThat(bot.isActive()).isFalse();
		assertThat(this.server.request("GetBot", GetBotRequest.class))
			.isEqualTo(GetBotRequest.newBuilder().setBotUserId("bot1").setIncludeDeleted(true).build());
	}

	@Test
	void listSendsEveryOption() {
		this.server.respond("GetBots",
				GetBotsResponse.newBuilder().addBots(WEATHER).addBots(WEATHER.toBuilder().setUserId("bot2")).build());
		assertThat(bots().list(new BotListOptions("owner1", true, true, 2, 25))).extracting(Bot::userId)
			.containsExactly("bot1", "bot2");
		assertThat(this.server.request("GetBots", GetBotsRequest.class).getOptions())
			.isEqualTo(BotGetOptions.newBuilder()
				.setOwnerId("owner1")
				.setIncludeDeleted(true)
				.setOnlyOrphaned(true)
				.setPage(2)
				.setPerPage(25)
				.build());
	}

	@Test
	void listReturnsEmptyListWhenThereAreNoBots() {
		assertThat(bots().list(BotListOptions.page(0, 100))).isEmpty();
	}

	@Test
	void streamKeepsFiltersAndStartsAtTheOptionsPage() {
		this.server.respond("GetBots", GetBotsResponse.newBuilder().addBots(WEATHER).build());
		assertThat(bots().stream(new BotListOptions("owner1", true, false, 3, 10))).hasSize(1);
		assertThat(this.server.request("GetBots", GetBotsRequest.class).getOptions())
			.isEqualTo(BotGetOptions.newBuilder()
				.setOwnerId("owner1")
				.setIncludeDeleted(true)
				.setPage(3)
				.setPerPage(Paging.DEFAULT_PAGE_SIZE)
				.build());
	}

	@Test
	void updateActiveSendsFlag() {
		this.server.respond("UpdateBotActive", UpdateBotActiveResponse.newBuilder().setBot(WEATHER).build());
		bots().updateActive("bot1", false);
		assertThat(this.server.request("UpdateBotActive", UpdateBotActiveRequest.class))
			.isEqualTo(UpdateBotActiveRequest.newBuilder().setBotUserId("bot1").setActive(false).build());
	}

	@Test
	void permanentDeleteSendsId() {
		bots().permanentDelete("bot1");
		assertThat(this.server.request("PermanentDeleteBot", PermanentDeleteBotRequest.class).getBotUserId())
			.isEqualTo("bot1");
	}

	@Test
	void ensureBotSendsBotAndReturnsItsUserId() {
		this.server.respond("EnsureBotUser", EnsureBotUserResponse.newBuilder().setBotUserId("bot1").build());
		assertThat(bots().ensureBot("weather", "Weather", "Tells the weather")).isEqualTo("bot1");
		assertThat(this.server.request("EnsureBotUser", EnsureBotUserRequest.class).getBot())
			.isEqualTo(dev.mattermost.spring.protocol.v1.Bot.newBuilder()
				.setUsername("weather")
				.setDisplayName("Weather")
				.setDescription("Tells the weather")
				.build());
	}

	@Test
	void lookupAnsweredWithoutBotThrowsNotFound() {
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> bots().get("bot1", false))
			.withMessageContaining("bot bot1");
	}

	@Test
	void ensureBotFailsWhenServerSendsNoId() {
		assertThatExceptionOfType(PluginApiException.class).isThrownBy(() -> bots().ensureBot(Bot.of("b", "B", "")))
			.satisfies((ex) -> assertThat(ex.getMethod()).isEqualTo("EnsureBotUser"));
	}

	static Stream<ArgumentSet> calls() {
		Bot bot = Bot.of("weather", "Weather", "");
		return Stream.<ArgumentSet>of(RpcErrors.<BotApi>call("CreateBot", (api) -> api.create(bot)),
				RpcErrors.<BotApi>call("PatchBot", (api) -> api.patch("bot1", new BotPatch("w", null, null))),
				RpcErrors.<BotApi>call("GetBot", (api) -> api.get("bot1", false)),
				RpcErrors.<BotApi>call("GetBots", (api) -> api.list(BotListOptions.page(0, 10))),
				RpcErrors.<BotApi>call("UpdateBotActive", (api) -> api.updateActive("bot1", true)),
				RpcErrors.<BotApi>call("PermanentDeleteBot", (api) -> api.permanentDelete("bot1")),
				RpcErrors.<BotApi>call("EnsureBotUser", (api) -> api.ensureBot(bot)));
	}

	@Test
	void coversEveryBotRpc() {
		assertThat(RpcErrors.rpcs(calls())).doesNotHaveDuplicates().hasSize(7);
	}

	@ParameterizedTest
	@MethodSource("calls")
	void mapsAppErrorInResponseToException(String rpc, Consumer<BotApi> call) {
		RpcErrors.assertAppErrorMapped(this.server, rpc, () -> call.accept(bots()));
	}

	@ParameterizedTest
	@MethodSource("calls")
	void mapsErrorStatusToException(String rpc, Consumer<BotApi> call) {
		RpcErrors.assertStatusMapped(this.server, rpc, () -> call.accept(bots()));
	}

}
