package dev.mattermost.spring.convert;

import org.jspecify.annotations.Nullable;

import dev.mattermost.spring.model.CommandArgs;
import dev.mattermost.spring.model.CommandResponse;

/**
 * Converts slash command arguments and responses between their protobuf and model forms.
 */
public final class CommandConverter {

	private CommandConverter() {
	}

	/**
	 * Converts a protobuf command args to its model form.
	 * @param args the protobuf command args
	 * @return the model command args
	 */
	public static CommandArgs toModel(dev.mattermost.spring.protocol.v1.CommandArgs args) {
		return new CommandArgs(
				args.getUserId(),
				args.getChannelId(),
				args.getTeamId(),
				args.getRootId(),
				args.getParentId(),
				args.getTriggerId(),
				args.getCommand(),
				args.getSiteUrl(),
				args.getT(),
				args.getUserMention(),
				args.getChannelMention());
	}

	/**
	 * Converts a model command args to its protobuf form; {@code null} becomes the default instance.
	 * @param args the model command args, may be {@code null}
	 * @return the protobuf command args
	 */
	public static dev.mattermost.spring.protocol.v1.CommandArgs toProto(@Nullable CommandArgs args) {
		if (args == null) {
			return dev.mattermost.spring.protocol.v1.CommandArgs.getDefaultInstance();
		}
		return dev.mattermost.spring.protocol.v1.CommandArgs.newBuilder()
			.setUserId(args.userId())
			.setChannelId(args.channelId())
			.setTeamId(args.teamId())
			.setRootId(args.rootId())
			.setParentId(args.parentId())
			.setTriggerId(args.triggerId())
			.setCommand(args.command())
			.setSiteUrl(args.siteUrl())
			.setT(args.t())
			.setUserMention(args.userMention())
			.setChannelMention(args.channelMention())
			.build();
	}

	/**
	 * Converts a protobuf command response to its model form.
	 * @param response the protobuf command response
	 * @return the model command response
	 */
	public static CommandResponse toModel(dev.mattermost.spring.protocol.v1.CommandResponse response) {
		return new CommandResponse(
				response.getResponseType(),
				response.getText(),
				response.getUsername(),
				response.getChannelId(),
				response.getIconUrl(),
				response.getType(),
				StructConverter.toModel(response.getProps()),
				response.getGotoLocation(),
				response.getTriggerId(),
				response.getSkipSlackParsing(),
				Conversions.list(response.getAttachmentsList(), CommandConverter::toModel));
	}

	/**
	 * Converts a model command response to its protobuf form; {@code null} becomes the default instance.
	 * @param response the model command response, may be {@code null}
	 * @return the protobuf command response
	 */
	public static dev.mattermost.spring.protocol.v1.CommandResponse toProto(@Nullable CommandResponse response) {
		if (response == null) {
			return dev.mattermost.spring.protocol.v1.CommandResponse.getDefaultInstance();
		}
		var builder = dev.mattermost.spring.protocol.v1.CommandResponse.newBuilder()
			.setResponseType(response.responseType())
			.setText(response.text())
			.setUsername(response.username())
			.setChannelId(response.channelId())
			.setIconUrl(response.iconUrl())
			.setType(response.type())
			.setGotoLocation(response.gotoLocation())
			.setTriggerId(response.triggerId())
			.setSkipSlackParsing(response.skipSlackParsing())
			.addAllAttachments(Conversions.list(response.attachments(), CommandConverter::toProto));
		if (!response.props().isEmpty()) {
			builder.setProps(StructConverter.toProto(response.props()));
		}
		return builder.build();
	}

}
