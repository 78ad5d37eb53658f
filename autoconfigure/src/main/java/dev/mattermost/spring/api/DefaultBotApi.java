package dev.mattermost.spring.api;

import java.util.List;
import java.util.Objects;

import dev.mattermost.spring.convert.BotConverter;
import dev.mattermost.spring.model.Bot;
import dev.mattermost.spring.model.BotListOptions;
import dev.mattermost.spring.model.BotPatch;
import dev.mattermost.spring.protocol.v1.CreateBotRequest;
import dev.mattermost.spring.protocol.v1.CreateBotResponse;
import dev.mattermost.spring.protocol.v1.EnsureBotUserRequest;
import dev.mattermost.spring.protocol.v1.EnsureBotUserResponse;
import dev.mattermost.spring.protocol.v1.GetBotRequest;
import dev.mattermost.spring.protocol.v1.GetBotResponse;
import dev.mattermost.spring.protocol.v1.GetBotsRequest;
import dev.mattermost.spring.protocol.v1.PatchBotRequest;
import dev.mattermost.spring.protocol.v1.PatchBotResponse;
import dev.mattermost.spring.protocol.v1.PermanentDeleteBotRequest;
import dev.mattermost.spring.protocol.v1.UpdateBotActiveRequest;
import dev.mattermost.spring.protocol.v1.UpdateBotActiveResponse;

/**
 * {@link BotApi} over the PluginAPI gRPC service.
 */
public final class DefaultBotApi implements BotApi {

	private final PluginApiCaller caller;

	/**
	 * Creates the API.
	 * @param caller performs the calls
	 */
	public DefaultBotApi(PluginApiCaller caller) {
		this.caller = Objects.requireNonNull(caller, "caller must not be null");
	}

	@Override
	public Bot create(Bot bot) {
		CreateBotResponse response = this.caller.call("CreateBot",
				(stub) -> stub.createBot(CreateBotRequest.newBuilder().setBot(BotConverter.toProto(bot)).build()));
		return bot("CreateBot", response.hasBot(), response.getBot());
	}

	@Override
	public Bot patch(String botUserId, BotPatch patch) {
		PatchBotResponse response = this.caller.call("PatchBot", (stub) -> stub.patchBot(
				PatchBotRequest.newBuilder().setBotUserId(botUserId).setBotPatch(BotConverter.toProto(patch)).build()));
		return bot("PatchBot", response.hasBot(), response.getBot());
	}

	@Override
	public Bot get(String botUserId, boolean includeDeleted) {
		GetBotResponse response = this.caller.call("GetBot", (stub) -> stub
			.getBot(GetBotRequest.newBuilder().setBotUserId(botUserId).setIncludeDeleted(includeDeleted).build()));
		return BotConverter
			.toModel(ResponseFields.found("GetBot", response.hasBot(), response.getBot(), "bot " + botUserId));
	}

	@Override
	public List<Bot> list(BotListOptions options) {
		GetBotsRequest request = GetBotsRequest.newBuilder().setOptions(BotConverter.toProto(options)).build();
		return this.caller.call("GetBots", (stub) -> stub.getBots(request))
			.getBotsList()
			.stream()
			.map(BotConverter::toModel)
			.toList();
	}

	@Override
	public Bot updateActive(String botUserId, boolean active) {
		UpdateBotActiveResponse response = this.caller.call("UpdateBotActive", (stub) -> stub
			.updateBotActive(UpdateBotActiveRequest.newBuilder().setBotUserId(botUserId).setActive(active).build()));
		return bot("UpdateBotActive", response.hasBot(), response.getBot());
	}

	@Override
	public void permanentDelete(String botUserId) {
		this.caller.call("PermanentDeleteBot", (stub) -> stub
			.permanentDeleteBot(PermanentDeleteBotRequest.newBuilder().setBotUserId(botUserId).build()));
	}

	@Override
	public String ensureBot(Bot bot) {
		EnsureBotUserRequest request = EnsureBotUserRequest.newBuilder().setBot(BotConverter.toProto(bot)).build();
		EnsureBotUserResponse response = this.caller.call("EnsureBotUser", (stub) -> stub.ensureBotUser(request));
		// The id is what the caller posts as; an empty one would only fail later and far from here.
		return ResponseFields.require("EnsureBotUser", !response.getBotUserId().isEmpty(), response.getBotUserId());
	}

	private static Bot bot(String method, boolean present, dev.mattermost.spring.protocol.v1.Bot bot) {
		return BotConverter.toModel(ResponseFields.require(method, present, bot));
	}

}
