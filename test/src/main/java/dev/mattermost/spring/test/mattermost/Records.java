package dev.mattermost.spring.test.mattermost;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import com.google.protobuf.util.JsonFormat;

import dev.mattermost.spring.protocol.v1.Command;

/**
 * Renders what the stand-in recorded into the protobuf-free types tests read; the model records themselves come
 * from the converters in {@code dev.mattermost.spring.convert}.
 */
final class Records {

	private static final JsonFormat.Printer JSON = JsonFormat.printer()
		.preservingProtoFieldNames()
		.omittingInsignificantWhitespace();

	private Records() {
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
			// Only Any fields with unknown types fail to print, and the PluginAPI has none.
			return new ApiCall(method, "{}");
		}
	}

}
