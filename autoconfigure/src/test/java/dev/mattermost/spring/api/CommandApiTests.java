package dev.mattermost.spring.api;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments.ArgumentSet;
import org.junit.jupiter.params.provider.MethodSource;

import dev.mattermost.spring.model.Command;
import dev.mattermost.spring.model.CommandArgs;
import dev.mattermost.spring.model.CommandResponse;
import dev.mattermost.spring.protocol.v1.CreateCommandRequest;
import dev.mattermost.spring.protocol.v1.CreateCommandResponse;
import dev.mattermost.spring.protocol.v1.DeleteCommandRequest;
import dev.mattermost.spring.protocol.v1.ExecuteSlashCommandRequest;
import dev.mattermost.spring.protocol.v1.ExecuteSlashCommandResponse;
import dev.mattermost.spring.protocol.v1.GetCommandRequest;
import dev.mattermost.spring.protocol.v1.GetCommandResponse;
import dev.mattermost.spring.protocol.v1.ListBuiltInCommandsResponse;
import dev.mattermost.spring.protocol.v1.ListCommandsRequest;
import dev.mattermost.spring.protocol.v1.ListCommandsResponse;
import dev.mattermost.spring.protocol.v1.ListCustomCommandsRequest;
import dev.mattermost.spring.protocol.v1.ListCustomCommandsResponse;
import dev.mattermost.spring.protocol.v1.ListPluginCommandsRequest;
import dev.mattermost.spring.protocol.v1.ListPluginCommandsResponse;
import dev.mattermost.spring.protocol.v1.RegisterCommandRequest;
import dev.mattermost.spring.protocol.v1.UnregisterCommandRequest;
import dev.mattermost.spring.protocol.v1.UpdateCommandRequest;
import dev.mattermost.spring.protocol.v1.UpdateCommandResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class CommandApiTests {

	private static final dev.mattermost.spring.protocol.v1.Command WEATHER = dev.mattermost.spring.protocol.v1.Command
		.newBuilder()
		.setId("cmd1")
		.setToken("token1")
		.setCreateAt(1)
		.setUpdateAt(2)
		.setDeleteAt(3)
		.setCreatorId("user1")
		.setTeamId("team1")
		.setTrigger("weather")
		.setMethod("P")
		.setUsername("weatherbot")
		.setIconUrl("https://example.com/sun.png")
		.setAutoComplete(true)
		.setAutoCompleteDesc("Shows the weather")
		.setAutoCompleteHint("[city]")
		.setDisplayName("Weather")
		.setDescription("Weather reports")
		.setUrl("https://example.com/weather")
		.setPluginId("com.example.weather")
		.build();

	@RegisterExtension
	final ApiTestServer server = new ApiTestServer();

	private CommandApi commands() {
		return new DefaultCommandApi(this.server.caller());
	}

	@Test
	void registerSendsTheBuiltCommand() {
		commands().register(Command.builder("weather")
			.teamId("team1")
			.autoComplete("Shows the weather", "[city]")
			.displayName("Weather")
			.description("Weather reports")
			.postAs("weatherbot", "https://example.com/sun.png")
			.build());
		assertThat(this.server.request("RegisterCommand", RegisterCommandRequest.class).getCommand())
			.isEqualTo(dev.mattermost.spring.protocol.v1.Command.newBuilder()
				.setTeamId("team1")
				.setTrigger("weather")
				.setUsername("weatherbot")
				.setIconUrl("https://example.com/sun.png")
				.setAutoComplete(true)
				.setAutoCompleteDesc("Shows the weather")
				.setAutoCompleteHint("[city]")
				.setDisplayName("Weather")
				.setDescription("Weather reports")
				.build());
	}

	@Test
	void unregisterSendsTeamAndTrigger() {
		commands().unregister("team1", "weather");
		assertThat(this.server.request("UnregisterCommand", UnregisterCommandRequest.class))
			.isEqualTo(UnregisterCommandRequest.newBuilder().setTeamId("team1").setTrigger("weather").build());
	}

	@Test
	void executeSendsArgsAndReturnsResponse() {
		this.server.respond("ExecuteSlashCommand", ExecuteSlashCommandResponse.newBuilder()
			.setResponse(dev.mattermost.spring.protocol.v1.CommandResponse.newBuilder()
				.setResponseType("ephemeral")
				.setText("Sunny")
				.setProps(Struct.newBuilder().putFields("unit", Value.newBuilder().setStringValue("C").build())))
			.build());
		CommandArgs args = new CommandArgs("user1", "chan1", "team1", "root1", "parent1", "trigger1", "/weather Oslo",
				"https://chat.example.com", "t1", "@alice", "~town-square");
		Optional<CommandResponse> response = commands().execute(args);
		assertThat(this.server.request("ExecuteSlashCommand", ExecuteSlashCommandRequest.class).getCommandArgs())
			.isEqualTo(dev.mattermost.spring.protocol.v1.CommandArgs.newBuilder()
				.setUserId("user1")
				.setChannelId("chan1")
				.setTeamId("team1")
				.setRootId("root1")
				.setParentId("parent1")
				.setTriggerId("trigger1")
				.setCommand("/weather Oslo")
				.setSiteUrl("https://chat.example.com")
				.setT("t1")
				.setUserMention("@alice")
				.setChannelMention("~town-square")
				.build());
		assertThat(response).hasValueSatisfying((reply) -> {
			assertThat(reply.responseType()).isEqualTo(CommandResponse.EPHEMERAL);
			assertThat(reply.text()).isEqualTo("Sunny");
			assertThat(reply.props()).isEqualTo(Map.of("unit", "C"));
		});
	}

	@Test
	void executeWithUserTeamChannelAndCommandLineSendsThemInTheirFields() {
		commands().execute("user1", "team1", "chan1", "/weather Oslo");
		dev.mattermost.spring.protocol.v1.CommandArgs sent = this.server
			.request("ExecuteSlashCommand", ExecuteSlashCommandRequest.class)
			.getCommandArgs();
		assertThat(sent.getUserId()).isEqualTo("user1");
		assertThat(sent.getTeamId()).isEqualTo("team1");
		assertThat(sent.getChannelId()).isEqualTo("chan1");
		assertThat(sent.getCommand()).isEqualTo("/weather Oslo");
	}

	@Test
	void executeReturnsEmptyWhenCommandAnsweredNothing() {
		assertThat(commands().execute("user1", "team1", "chan1", "/away")).isEmpty();
	}

	@Test
	void createSendsCommandAsCmdAndReturnsEveryField() {
		this.server.respond("CreateCommand", CreateCommandResponse.newBuilder().setCommand(WEATHER).build());
		Command draft = Command.builder("weather").url("P", "https://example.com/weather").teamId("team1").build();
		Command created = commands().create(draft);
		assertThat(this.server.request("CreateCommand", CreateCommandRequest.class).getCmd())
			.isEqualTo(dev.mattermost.spring.protocol.v1.Command.newBuilder()
				.setTeamId("team1")
				.setTrigger("weather")
				.setMethod("P")
				.setUrl("https://example.com/weather")
				.build());
		assertThat(created).isEqualTo(new Command("cmd1", "token1", 1, 2, 3, "user1", "team1", "weather", "P",
				"weatherbot", "https://example.com/sun.png", true, "Shows the weather", "[city]", "Weather",
				"Weather reports", "https://example.com/weather", "com.example.weather"));
	}

	@Test
	void listingsSendTeamAndReturnCommands() {
		this.server.respond("ListCommands", ListCommandsResponse.newBuilder().addCommands(WEATHER).build());
		this.server.respond("ListCustomCommands", ListCustomCommandsResponse.newBuilder().addCommands(WEATHER).build());
		this.server.respond("ListPluginCommands", ListPluginCommandsResponse.newBuilder().addCommands(WEATHER).build());
		this.server.respond("ListBuiltInCommands",
				ListBuiltInCommandsResponse.newBuilder().addCommands(WEATHER).addCommands(WEATHER).build());
		assertThat(commands().list("team1")).extracting(Command::trigger).containsExactly("weather");
		assertThat(commands().listCustom("team2")).hasSize(1);
		assertThat(commands().listPlugin("team3")).hasSize(1);
		assertThat(commands().listBuiltIn()).hasSize(2);
		assertThat(this.server.request("ListCommands", ListCommandsRequest.class).getTeamId()).isEqualTo("team1");
		assertThat(this.server.request("ListCustomCommands", ListCustomCommandsRequest.class).getTeamId())
			.isEqualTo("team2");
		assertThat(this.server.request("ListPluginCommands", ListPluginCommandsRequest.class).getTeamId())
			.isEqualTo("team3");
	}

	@Test
	void listingsReturnEmptyListsWhenThereAreNoCommands() {
		assertThat(commands().list("team1")).isEmpty();
		assertThat(commands().listCustom("team1")).isEmpty();
		assertThat(commands().listPlugin("team1")).isEmpty();
		assertThat(commands().listBuiltIn()).isEmpty();
	}

	@Test
	void getSendsCommandId() {
		this.server.respond("GetCommand", GetCommandResponse.newBuilder().setCommand(WEATHER).build());
		assertThat(commands().get("cmd1").trigger()).isEqualTo("weather");
		assertThat(this.server.request("GetCommand", GetCommandRequest.class).getCommandId()).isEqualTo("cmd1");
	}

	@Test
	void updateSendsIdAndChangedCommand() {
		Command changed = Command.builder("forecast").description("Forecasts").build();
		this.server.respond("UpdateCommand",
				UpdateCommandResponse.newBuilder().setCommand(WEATHER.toBuilder().setTrigger("forecast")).build());
		assertThat(commands().update("cmd1", changed).trigger()).isEqualTo("forecast");
		UpdateCommandRequest sent = this.server.request("UpdateCommand", UpdateCommandRequest.class);
		assertThat(sent.getCommandId()).isEqualTo("cmd1");
		assertThat(sent.getUpdatedCmd().getTrigger()).isEqualTo("forecast");
		assertThat(sent.getUpdatedCmd().getDescription()).isEqualTo("Forecasts");
	}

	@Test
	void toBuilderKeepsEveryField() {
		Command command = new Command("cmd1", "token1", 1, 2, 3, "user1", "team1", "weather", "P", "weatherbot",
				"icon", true, "desc", "hint", "Weather", "Reports", "url", "plugin");
		assertThat(command.toBuilder().build()).isEqualTo(command);
		assertThat(command.toBuilder().trigger("forecast").build().trigger()).isEqualTo("forecast");
	}

	@Test
	void deleteSendsCommandId() {
		commands().delete("cmd1");
		assertThat(this.server.request("DeleteCommand", DeleteCommandRequest.class).getCommandId()).isEqualTo("cmd1");
	}

	@Test
	void lookupAnsweredWithoutCommandThrowsNotFound() {
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> commands().get("cmd1"))
			.satisfies((ex) -> assertThat(ex.getMethod()).isEqualTo("GetCommand"));
	}

	static Stream<ArgumentSet> calls() {
		Command command = Command.builder("weather").build();
		return Stream.<ArgumentSet>of(RpcErrors.<CommandApi>call("RegisterCommand", (api) -> api.register(command)),
				RpcErrors.<CommandApi>call("UnregisterCommand", (api) -> api.unregister("team1", "weather")),
				RpcErrors.<CommandApi>call("ExecuteSlashCommand",
						(api) -> api.execute("user1", "team1", "chan1", "/weather")),
				RpcErrors.<CommandApi>call("CreateCommand", (api) -> api.create(command)),
				RpcErrors.<CommandApi>call("ListCommands", (api) -> api.list("team1")),
				RpcErrors.<CommandApi>call("ListCustomCommands", (api) -> api.listCustom("team1")),
				RpcErrors.<CommandApi>call("ListPluginCommands", (api) -> api.listPlugin("team1")),
				RpcErrors.<CommandApi>call("ListBuiltInCommands", (api) -> api.listBuiltIn()),
				RpcErrors.<CommandApi>call("GetCommand", (api) -> api.get("cmd1")),
				RpcErrors.<CommandApi>call("UpdateCommand", (api) -> api.update("cmd1", command)),
				RpcErrors.<CommandApi>call("DeleteCommand", (api) -> api.delete("cmd1")));
	}

	@Test
	void coversEveryCommandRpc() {
		assertThat(RpcErrors.rpcs(calls())).doesNotHaveDuplicates().hasSize(11);
	}

	@ParameterizedTest
	@MethodSource("calls")
	void mapsAppErrorInResponseToException(String rpc, Consumer<CommandApi> call) {
		RpcErrors.assertAppErrorMapped(this.server, rpc, () -> call.accept(commands()));
	}

	@ParameterizedTest
	@MethodSource("calls")
	void mapsErrorStatusToException(String rpc, Consumer<CommandApi> call) {
		RpcErrors.assertStatusMapped(this.server, rpc, () -> call.accept(commands()));
	}

	@Test
	void keepsListsImmutable() {
		this.server.respond("ListCommands", ListCommandsResponse.newBuilder().addCommands(WEATHER).build());
		List<Command> listed = commands().list("team1");
		assertThatExceptionOfType(UnsupportedOperationException.class).isThrownBy(() -> listed.clear());
	}

}
