package dev.mattermost.spring.api;

import java.util.List;
import java.util.Optional;

import dev.mattermost.spring.model.Command;
import dev.mattermost.spring.model.CommandArgs;
import dev.mattermost.spring.model.CommandResponse;

/**
 * Slash commands, through Mattermost's plugin API: the plugin's own commands, which its {@code ExecuteCommand} hook
 * serves, and the server's custom commands.
 *
 * <p>Lookups of a command that does not exist throw {@link NotFoundException}.
 */
public interface CommandApi {

	/**
	 * Registers a slash command served by this plugin's {@code ExecuteCommand} hook ({@code RegisterCommand}).
	 * @param command the command, see {@link Command#builder}
	 */
	void register(Command command);

	/**
	 * Unregisters a slash command this plugin registered ({@code UnregisterCommand}).
	 * @param teamId the team the command was registered for, empty for all teams
	 * @param trigger the command's trigger
	 */
	void unregister(String teamId, String trigger);

	/**
	 * Runs a slash command as if a user had typed it ({@code ExecuteSlashCommand}).
	 * @param args who runs the command where, and the command line itself
	 * @return the command's response, empty when the command answered nothing
	 */
	Optional<CommandResponse> execute(CommandArgs args);

	/**
	 * Runs a slash command as a user in a channel ({@code ExecuteSlashCommand}).
	 * @param userId the user running the command
	 * @param teamId the team the channel belongs to
	 * @param channelId the channel the command is run in
	 * @param command the command line, for example {@code "/echo hello"}
	 * @return the command's response, empty when the command answered nothing
	 */
	default Optional<CommandResponse> execute(String userId, String teamId, String channelId, String command) {
		return execute(new CommandArgs(userId, channelId, teamId, "", "", "", command, "", "", "", ""));
	}

	/**
	 * Creates a custom slash command that outlives the plugin and is served by its URL ({@code CreateCommand}).
	 * @param command the command, see {@link Command.Builder#url}
	 * @return the created command with its id
	 */
	Command create(Command command);

	/**
	 * Returns every slash command of a team: custom, plugin and built-in ({@code ListCommands}).
	 * @param teamId the team
	 * @return the commands
	 */
	List<Command> list(String teamId);

	/**
	 * Returns a team's custom slash commands ({@code ListCustomCommands}).
	 * @param teamId the team
	 * @return the commands
	 */
	List<Command> listCustom(String teamId);

	/**
	 * Returns the slash commands plugins registered for a team ({@code ListPluginCommands}).
	 * @param teamId the team
	 * @return the commands
	 */
	List<Command> listPlugin(String teamId);

	/**
	 * Returns the server's built-in slash commands ({@code ListBuiltInCommands}).
	 * @return the commands
	 */
	List<Command> listBuiltIn();

	/**
	 * Returns a slash command ({@code GetCommand}).
	 * @param commandId the command
	 * @return the command
	 */
	Command get(String commandId);

	/**
	 * Updates a custom slash command ({@code UpdateCommand}); id, token, creation and deletion time and plugin id
	 * cannot change.
	 * @param commandId the command
	 * @param command the new values; an empty team id keeps the command's team
	 * @return the updated command
	 */
	Command update(String commandId, Command command);

	/**
	 * Deletes a slash command ({@code DeleteCommand}).
	 * @param commandId the command
	 */
	void delete(String commandId);

}
