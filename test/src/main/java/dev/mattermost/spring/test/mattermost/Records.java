package dev.mattermost.spring.test.mattermost;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import com.google.protobuf.util.JsonFormat;

import dev.mattermost.spring.protocol.v1.Channel;
import dev.mattermost.spring.protocol.v1.Command;
import dev.mattermost.spring.protocol.v1.Post;
import dev.mattermost.spring.protocol.v1.Team;
import dev.mattermost.spring.protocol.v1.User;

/**
 * Turns the stand-in's protocol-shaped state into the protobuf-free records tests read.
 */
final class Records {

	private static final JsonFormat.Printer JSON = JsonFormat.printer()
		.preservingProtoFieldNames()
		.omittingInsignificantWhitespace();

	private Records() {
	}

	static StoredUser user(User user) {
		return new StoredUser(user.getId(), user.getUsername(), user.getEmail(), user.getFirstName(),
				user.getLastName(), user.getNickname(), user.getRoles(), user.getIsBot(), user.getDeleteAt());
	}

	static StoredTeam team(Team team) {
		return new StoredTeam(team.getId(), team.getName(), team.getDisplayName());
	}

	static StoredChannel channel(Channel channel) {
		String type = switch (channel.getType()) {
			case CHANNEL_TYPE_OPEN -> "O";
			case CHANNEL_TYPE_PRIVATE -> "P";
			case CHANNEL_TYPE_DIRECT -> "D";
			case CHANNEL_TYPE_GROUP -> "G";
			default -> "";
		};
		return new StoredChannel(channel.getId(), channel.getTeamId(), channel.getName(), channel.getDisplayName(),
				type, channel.getDeleteAt());
	}

	static StoredPost post(Post post) {
		Map<String, Object> props = Map.copyOf(Structs.toMap(post.getProps()).entrySet().stream()
			.filter(e -> e.getValue() != null)
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
		return new StoredPost(post.getId(), post.getChannelId(), post.getUserId(), post.getRootId(),
				post.getMessage(), post.getType(), props, List.copyOf(post.getFileIdsList()), post.getCreateAt(),
				post.getUpdateAt(), post.getEditAt(), post.getDeleteAt());
	}

	static RegisteredCommand command(Command command) {
		return new RegisteredCommand(command.getTeamId(), command.getTrigger(), command.getDisplayName(),
				command.getDescription(), command.getAutoComplete(), command.getAutoCompleteDesc(),
				command.getAutoCompleteHint(), command.getIconUrl());
	}

	static ApiCall call(String method, Message request) {
		try {
			return new ApiCall(method, JSON.print(request));
		}
		catch (InvalidProtocolBufferException ex) {
			return new ApiCall(method, "{}");
		}
	}

}
