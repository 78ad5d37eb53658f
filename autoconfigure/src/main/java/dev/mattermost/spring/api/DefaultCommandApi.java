package dev.mattermost.spring.api;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import dev.mattermost.spring.convert.CommandApiConverter;
import dev.mattermost.spring.convert.CommandConverter;
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
import dev.mattermost.spring.protocol.v1.ListBuiltInCommandsRequest;
import dev.mattermost.spring.protocol.v1.ListCommandsRequest;
import dev.mattermost.spring.protocol.v1.ListCustomCommandsRequest;
import dev.mattermost.spring.protocol.v1.ListPluginCommandsRequest;
import dev.mattermost.spring.protocol.v1.RegisterCommandRequest;
import dev.mattermost.spring.protocol.v1.UnregisterCommandRequest;
import dev.mattermost.spring.protocol.v1.UpdateCommandRequest;
import dev.mattermost.spring.protocol.v1.UpdateCommandResponse;

/**
 * {@link CommandApi} over the PluginAPI gRPC service.
 */
public final class DefaultCommandApi implements CommandApi {

	private final PluginApiCaller caller;

	/**
	 * Creates the API.
	 * @param caller performs the calls
	 */
	public DefaultCommandApi(PluginApiCaller caller) {
		this.caller = Objects.requireNonNull(caller, "caller must not be null");
	}

	@Override
	public void register(Command command) {
		RegisterCommandRequest request = RegisterCommandRequest.newBuilder()
			.setCommand(CommandApiConverter.toProto(command))
			.build();
		this.caller.call("RegisterCommand", (stub) -> stub.registerCommand(request));
	}

	@Override
	public void unregister(String teamId, String trigger) {
		this.caller.call("UnregisterCommand", (stub) -> stub
			.unregisterCommand(UnregisterCommandRequest.newBuilder().setTeamId(teamId).setTrigger(trigger).build()));
	}

	@Override
	public Optional<CommandResponse> execute(CommandArgs args) {
		ExecuteSlashCommandRequest request = ExecuteSlashCommandRequest.newBuilder()
			.setCommandArgs(CommandConverter.toProto(args))
			.build();
		ExecuteSlashCommandResponse response = this.caller.call("ExecuteSlashCommand",
				(stub) -> stub.executeSlashCommand(request));
		// A command may answer nothing (Go returns a nil response), which is not an error.
		return response.hasResponse() ? Optional.of(CommandConverter.toModel(response.getResponse()))
				: Optional.empty();
	}

	@Override
	public Command create(Command command) {
		CreateCommandResponse response = this.caller.call("CreateCommand", (stub) -> stub
			.createCommand(CreateCommandRequest.newBuilder().setCmd(CommandApiConverter.toProto(command)).build()));
		return command("CreateCommand", response.hasCommand(), response.getCommand());
	}

	@Override
	public List<Command> list(String teamId) {
		return commands(this.caller
			.call("ListCommands",
					(stub) -> stub.listCommands(ListCommandsRequest.newBuilder().setTeamId(teamId).build()))
			.getCommandsList());
	}

	@Override
	public List<Command> listCustom(String teamId) {
		return commands(this.caller
			.call("ListCustomCommands",
					(stub) -> stub.listCustomCommands(ListCustomCommandsRequest.newBuilder().setTeamId(teamId).build()))
			.getCommandsList());
	}

	@Override
	public List<Command> listPlugin(String teamId) {
		return commands(this.caller
			.call("ListPluginCommands",
					(stub) -> stub.listPluginCommands(ListPluginCommandsRequest.newBuilder().setTeamId(teamId).build()))
			.getCommandsList());
	}

	@Override
	public List<Command> listBuiltIn() {
		return commands(this.caller
			.call("ListBuiltInCommands",
					(stub) -> stub.listBuiltInCommands(ListBuiltInCommandsRequest.getDefaultInstance()))
			.getCommandsList());
	}

	@Override
	public Command get(String commandId) {
		GetCommandResponse response = this.caller.call("GetCommand",
				(stub) -> stub.getCommand(GetCommandRequest.newBuilder().setCommandId(commandId).build()));
		return CommandApiConverter.toModel(ResponseFields.found("GetCommand", response.hasCommand(),
				response.getCommand(), "command " + commandId));
	}

	@Override
	public Command update(String commandId, Command command) {
		UpdateCommandResponse response = this.caller.call("UpdateCommand",
				(stub) -> stub.updateCommand(UpdateCommandRequest.newBuilder()
					.setCommandId(commandId)
					.setUpdatedCmd(CommandApiConverter.toProto(command))
					.build()));
		return command("UpdateCommand", response.hasCommand(), response.getCommand());
	}

	@Override
	public void delete(String commandId) {
		this.caller.call("DeleteCommand",
				(stub) -> stub.deleteCommand(DeleteCommandRequest.newBuilder().setCommandId(commandId).build()));
	}

	private static Command command(String method, boolean present, dev.mattermost.spring.protocol.v1.Command command) {
		return CommandApiConverter.toModel(ResponseFields.require(method, present, command));
	}

	private static List<Command> commands(List<dev.mattermost.spring.protocol.v1.Command> commands) {
		return commands.stream().map(CommandApiConverter::toModel).toList();
	}

}
