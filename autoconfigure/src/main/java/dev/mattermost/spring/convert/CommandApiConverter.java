package dev.mattermost.spring.convert;

import org.jspecify.annotations.Nullable;

import dev.mattermost.spring.model.Command;

/**
 * Converts slash command definitions between their protobuf and model forms.
 */
public final class CommandApiConverter {

	private CommandApiConverter() {
	}

	/**
	 * Converts a protobuf command to its model form.
	 * @param command the protobuf command
	 * @return the model command
	 */
	public static Command toModel(dev.mattermost.spring.protocol.v1.Command command) {
		return new Command(
				command.getId(),
				command.getToken(),
				command.getCreateAt(),
				command.getUpdateAt(),
				command.getDeleteAt(),
				command.getCreatorId(),
				command.getTeamId(),
				command.getTrigger(),
				command.getMethod(),
				command.getUsername(),
				command.getIconUrl(),
				command.getAutoComplete(),
				command.getAutoCompleteDesc(),
				command.getAutoCompleteHint(),
				command.getDisplayName(),
				command.getDescription(),
				command.getUrl(),
				command.getPluginId());
	}

	/**
	 * Converts a model command to its protobuf form; {@code null} becomes the default instance.
	 * @param command the model command, may be {@code null}
	 * @return the protobuf command
	 */
	public static dev.mattermost.spring.protocol.v1.Command toProto(@Nullable Command command) {
		if (command == null) {
			return dev.mattermost.spring.protocol.v1.Command.getDefaultInstance();
		}
		return dev.mattermost.spring.protocol.v1.Command.newBuilder()
			.setId(command.id())
			.setToken(command.token())
			.setCreateAt(command.createAt())
			.setUpdateAt(command.updateAt())
			.setDeleteAt(command.deleteAt())
			.setCreatorId(command.creatorId())
			.setTeamId(command.teamId())
			.setTrigger(command.trigger())
			.setMethod(command.method())
			.setUsername(command.username())
			.setIconUrl(command.iconUrl())
			.setAutoComplete(command.autoComplete())
			.setAutoCompleteDesc(command.autoCompleteDesc())
			.setAutoCompleteHint(command.autoCompleteHint())
			.setDisplayName(command.displayName())
			.setDescription(command.description())
			.setUrl(command.url())
			.setPluginId(command.pluginId())
			.build();
	}

}
