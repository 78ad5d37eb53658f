package dev.mattermost.spring.test.mattermost;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.google.protobuf.ByteString;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.mattermost.spring.protocol.v1.Bot;
import dev.mattermost.spring.protocol.v1.Command;
import dev.mattermost.spring.protocol.v1.EnsureBotUserRequest;
import dev.mattermost.spring.protocol.v1.GetBotRequest;
import dev.mattermost.spring.protocol.v1.GetBundlePathRequest;
import dev.mattermost.spring.protocol.v1.GetConfigRequest;
import dev.mattermost.spring.protocol.v1.GetGroupSyncablesRequest;
import dev.mattermost.spring.protocol.v1.GetPluginConfigRequest;
import dev.mattermost.spring.protocol.v1.GetServerVersionRequest;
import dev.mattermost.spring.protocol.v1.GetUserRequest;
import dev.mattermost.spring.protocol.v1.KVGetRequest;
import dev.mattermost.spring.protocol.v1.KVSetRequest;
import dev.mattermost.spring.protocol.v1.KeyValuePair;
import dev.mattermost.spring.protocol.v1.ListPluginCommandsRequest;
import dev.mattermost.spring.protocol.v1.LoadPluginConfigurationRequest;
import dev.mattermost.spring.protocol.v1.LogErrorRequest;
import dev.mattermost.spring.protocol.v1.LogInfoRequest;
import dev.mattermost.spring.protocol.v1.PublishWebSocketEventRequest;
import dev.mattermost.spring.protocol.v1.RegisterCommandRequest;
import dev.mattermost.spring.protocol.v1.SavePluginConfigRequest;
import dev.mattermost.spring.protocol.v1.SavePluginConfigResponse;
import dev.mattermost.spring.protocol.v1.UnregisterCommandRequest;
import dev.mattermost.spring.protocol.v1.WebsocketBroadcast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PluginSideApiTests extends PluginApiTestSupport {

	@Test
	void registeredCommandsAreRecordedLowerCasedAndCanBeUnregistered() {
		this.api.registerCommand(RegisterCommandRequest.newBuilder().setCommand(Command.newBuilder()
			.setTrigger("Weather").setAutoComplete(true).setAutoCompleteDesc("Shows the weather")).build());
		this.api.registerCommand(RegisterCommandRequest.newBuilder().setCommand(Command.newBuilder()
			.setTrigger("remind")).build());

		assertThat(this.mattermost.registeredCommands()).extracting(RegisteredCommand::trigger)
			.containsExactly("weather", "remind");
		assertThat(this.mattermost.registeredCommands().get(0).autoCompleteDescription())
			.isEqualTo("Shows the weather");
		assertThat(this.api.listPluginCommands(ListPluginCommandsRequest.newBuilder().setTeamId("any").build())
			.getCommandsList()).extracting(Command::getPluginId).containsOnly(PLUGIN_ID);

		this.api.unregisterCommand(UnregisterCommandRequest.newBuilder().setTrigger("weather").build());
		assertThat(this.mattermost.registeredCommands()).extracting(RegisteredCommand::trigger)
			.containsExactly("remind");
	}

	@Test
	void registeringACommandWithoutTriggerIsAnInternalError() {
		assertThatExceptionOfType(StatusRuntimeException.class)
			.isThrownBy(() -> this.api.registerCommand(RegisterCommandRequest.newBuilder()
				.setCommand(Command.newBuilder().setDescription("no trigger")).build()))
			.satisfies(ex -> {
				assertThat(ex.getStatus().getCode()).isEqualTo(Status.Code.INTERNAL);
				assertThat(ex.getStatus().getDescription()).isEqualTo("internal error: invalid command");
			});
		assertThat(this.mattermost.registeredCommands()).isEmpty();
	}

	@Test
	void ensureBotUserIsIdempotentAndTheBotIsAUser() {
		Bot bot = Bot.newBuilder().setUsername("helper").setDisplayName("Helper").setDescription("Helps").build();

		String first = this.api.ensureBotUser(EnsureBotUserRequest.newBuilder().setBot(bot).build()).getBotUserId();
		String second = this.api.ensureBotUser(EnsureBotUserRequest.newBuilder()
			.setBot(bot.toBuilder().setDescription("Helps more")).build()).getBotUserId();

		assertThat(second).isEqualTo(first);
		assertThat(this.api.getUser(GetUserRequest.newBuilder().setUserId(first).build()).getUser().getIsBot())
			.isTrue();
		Bot stored = this.api.getBot(GetBotRequest.newBuilder().setBotUserId(first).build()).getBot();
		assertThat(stored.getDescription()).isEqualTo("Helps more");
		assertThat(stored.getOwnerId()).isEqualTo(PLUGIN_ID);
		assertThat(this.mattermost.kvString("mmi_botid")).contains(first);
		assertThat(this.mattermost.users()).filteredOn(dev.mattermost.spring.model.User::isBot).hasSize(1);
	}

	@Test
	void ensureBotUserRefusesAHumansUsername() {
		this.mattermost.createUser("helper");

		assertThatExceptionOfType(StatusRuntimeException.class)
			.isThrownBy(() -> this.api.ensureBotUser(EnsureBotUserRequest.newBuilder()
				.setBot(Bot.newBuilder().setUsername("helper")).build()))
			.satisfies(ex -> assertThat(ex.getStatus().getCode()).isEqualTo(Status.Code.INTERNAL));
	}

	@Test
	void getBotOfAnUnknownIdIsNotFound() {
		assertStatus(() -> this.api.getBot(GetBotRequest.newBuilder().setBotUserId("nope").build()),
				Status.Code.NOT_FOUND, "store.sql_bot.get.missing.app_error");
	}

	@Test
	void loadPluginConfigurationIsAnEmptyObjectWithoutSettings() {
		assertThat(loadConfiguration()).isEqualTo("{}");
	}

	@Test
	void loadPluginConfigurationLowerCasesKeysOverManifestDefaults() {
		this.mattermost.pluginSettingDefaults(Map.of("Greeting", "hello", "MaxItems", 10));
		this.mattermost.pluginSettings(Map.of("Greeting", "hi", "Enabled", true));

		assertThat(loadConfiguration()).isEqualTo("{\"enabled\":true,\"greeting\":\"hi\",\"maxitems\":10}");
	}

	@Test
	void consoleSavedSettingsReachGetPluginConfigLowerCased() {
		this.mattermost.pluginSettings(Map.of("Greeting", "hi"));

		assertThat(this.api.getPluginConfig(GetPluginConfigRequest.getDefaultInstance()).getConfig()
			.getFieldsMap()).containsOnlyKeys("greeting");
	}

	@Test
	void listenersHearWhatThePluginDidAfterItsCallReturned() throws InterruptedException {
		List<String> heard = new CopyOnWriteArrayList<>();
		CountDownLatch done = new CountDownLatch(2);
		this.mattermost.addListener(new PluginActivityListener() {

			@Override
			public void pluginSavedConfiguration(Map<String, Object> settings) {
				heard.add("saved " + settings);
				done.countDown();
			}

			@Override
			public void pluginLogged(LogEntry entry) {
				heard.add("logged " + entry.message());
				done.countDown();
				throw new IllegalStateException("a broken listener must not break the plugin's call");
			}

		});

		this.api.savePluginConfig(SavePluginConfigRequest.newBuilder().setConfig(Struct.newBuilder()
			.putFields("mode", Value.newBuilder().setStringValue("fast").build())).build());
		this.api.logInfo(LogInfoRequest.newBuilder().setMsg("hello").build());

		assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
		assertThat(heard).containsExactly("saved {mode=fast}", "logged hello");
	}

	@Test
	void savedPluginConfigIsWhatGetPluginConfigAndTheTestSee() {
		Struct config = Struct.newBuilder()
			.putFields("Channel", Value.newBuilder().setStringValue("alerts").build())
			.build();

		SavePluginConfigResponse response = this.api.savePluginConfig(SavePluginConfigRequest.newBuilder()
			.setConfig(config).build());

		assertThat(response.hasError()).isFalse();
		assertThat(this.api.getPluginConfig(GetPluginConfigRequest.getDefaultInstance()).getConfig())
			.isEqualTo(config);
		assertThat(this.mattermost.pluginSettings()).containsEntry("Channel", "alerts");
	}

	@Test
	void savingNoConfigIsInvalidArgumentLikeTheServersNilCheck() {
		assertThatExceptionOfType(StatusRuntimeException.class)
			.isThrownBy(() -> this.api.savePluginConfig(SavePluginConfigRequest.getDefaultInstance()))
			.satisfies(ex -> {
				assertThat(ex.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
				assertThat(ex.getStatus().getDescription()).isEqualTo("config is required");
			});
	}

	@Test
	void getConfigCarriesTheSiteUrlAndThePluginsSettings() {
		this.mattermost.siteUrl("https://chat.example.com");
		this.mattermost.pluginSettings(Map.of("greeting", "hi"));

		String json = this.api.getConfig(GetConfigRequest.getDefaultInstance()).getConfigJson()
			.toString(StandardCharsets.UTF_8);

		assertThat(json).contains("\"SiteURL\":\"https://chat.example.com\"")
			.contains("\"Plugins\":{\"" + PLUGIN_ID + "\":{\"greeting\":\"hi\"}}");
	}

	@Test
	void logLinesAreRecordedWithTheirFields() {
		this.api.logInfo(LogInfoRequest.newBuilder().setMsg("started")
			.addKeyValuePairs(KeyValuePair.newBuilder().setKey("version")
				.setValue(Value.newBuilder().setStringValue("1.0")))
			.build());
		this.api.logError(LogErrorRequest.newBuilder().setMsg("failed").build());

		assertThat(this.mattermost.logs()).containsExactly(new LogEntry("info", "started", Map.of("version", "1.0")),
				new LogEntry("error", "failed", Map.of()));
	}

	@Test
	void webSocketEventsAreRecorded() {
		this.api.publishWebSocketEvent(PublishWebSocketEventRequest.newBuilder()
			.setEvent("refresh")
			.setPayload(Struct.newBuilder().putFields("count", Value.newBuilder().setNumberValue(2).build()))
			.setBroadcast(WebsocketBroadcast.newBuilder().setUserId("u1"))
			.build());

		assertThat(this.mattermost.webSocketEvents())
			.containsExactly(new WebSocketEvent("refresh", Map.of("count", 2L), "u1", "", "", List.of()));
	}

	@Test
	void serverVersionIsConfigurable() {
		assertThat(this.api.getServerVersion(GetServerVersionRequest.getDefaultInstance()).getVersion())
			.isEqualTo("10.11.0");

		this.mattermost.serverVersion("9.11.2");

		assertThat(this.api.getServerVersion(GetServerVersionRequest.getDefaultInstance()).getVersion())
			.isEqualTo("9.11.2");
	}

	@Test
	void bundlePathIsWhatTheHostSet(@TempDir Path bundle) {
		this.mattermost.bundlePath(bundle);

		assertThat(this.api.getBundlePath(GetBundlePathRequest.getDefaultInstance()).getPath())
			.isEqualTo(bundle.toAbsolutePath().toString());
	}

	@Test
	void methodsThatAreNotModelledAnswerUnimplementedNamingTheMethod() {
		assertThatExceptionOfType(StatusRuntimeException.class)
			.isThrownBy(() -> this.api.getGroupSyncables(GetGroupSyncablesRequest.getDefaultInstance()))
			.satisfies(ex -> {
				assertThat(ex.getStatus().getCode()).isEqualTo(Status.Code.UNIMPLEMENTED);
				assertThat(ex.getStatus().getDescription())
					.isEqualTo("PluginAPI/GetGroupSyncables is not modelled by the in-memory Mattermost");
			});
	}

	@Test
	void everyCallIsRecordedInOrderIncludingUnmodelledOnes() {
		this.api.kVSet(KVSetRequest.newBuilder().setKey("k").setValue(ByteString.copyFromUtf8("v")).build());
		this.api.kVGet(KVGetRequest.newBuilder().setKey("k").build());
		try {
			this.api.getGroupSyncables(GetGroupSyncablesRequest.getDefaultInstance());
		}
		catch (StatusRuntimeException expected) {
			// recorded all the same
		}

		assertThat(this.mattermost.apiCalls()).extracting(ApiCall::method)
			.containsExactly("KVSet", "KVGet", "GetGroupSyncables");
		assertThat(this.mattermost.apiCalls().get(1).requestJson()).isEqualTo("{\"key\":\"k\"}");

		this.mattermost.clearRecords();
		assertThat(this.mattermost.apiCalls()).isEmpty();
		assertThat(this.mattermost.kvString("k")).contains("v");
	}

	@Test
	void recordedCallsKeepOnlyTheStartOfLargeByteFields() {
		byte[] big = new byte[100_000];

		this.api.kVSet(KVSetRequest.newBuilder().setKey("big").setValue(ByteString.copyFrom(big)).build());

		String json = this.mattermost.apiCalls().get(0).requestJson();
		assertThat(json).startsWith("{\"key\":\"big\",\"value\":\"");
		assertThat(json.length()).isLessThan(2000);
		assertThat(this.mattermost.kv().get("big")).hasSize(100_000);
	}

	@Test
	void theModelledMethodsAreExactlyTheOverriddenOnes() {
		assertThat(PluginApiService.modelledMethods()).contains("KVSet", "CreatePost", "EnsureBotUser", "LogInfo")
			.doesNotContain("GetGroupSyncables", "GetPluginID");
	}

	private String loadConfiguration() {
		return this.api.loadPluginConfiguration(LoadPluginConfigurationRequest.getDefaultInstance()).getConfigJson()
			.toString(StandardCharsets.UTF_8);
	}

}
