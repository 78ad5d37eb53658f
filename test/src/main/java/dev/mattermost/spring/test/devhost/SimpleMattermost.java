package dev.mattermost.spring.test.devhost;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import com.google.protobuf.util.JsonFormat;
import io.grpc.Server;
import io.grpc.Status;
import io.grpc.netty.NettyServerBuilder;
import io.grpc.stub.StreamObserver;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import dev.mattermost.spring.convert.ChannelConverter;
import dev.mattermost.spring.convert.PostConverter;
import dev.mattermost.spring.convert.TeamConverter;
import dev.mattermost.spring.convert.UserConverter;
import dev.mattermost.spring.protocol.v1.AppError;
import dev.mattermost.spring.protocol.v1.Channel;
import dev.mattermost.spring.protocol.v1.ChannelType;
import dev.mattermost.spring.protocol.v1.CreatePostRequest;
import dev.mattermost.spring.protocol.v1.CreatePostResponse;
import dev.mattermost.spring.protocol.v1.GetChannelRequest;
import dev.mattermost.spring.protocol.v1.GetChannelResponse;
import dev.mattermost.spring.protocol.v1.GetPluginConfigRequest;
import dev.mattermost.spring.protocol.v1.GetPluginConfigResponse;
import dev.mattermost.spring.protocol.v1.GetServerVersionRequest;
import dev.mattermost.spring.protocol.v1.GetServerVersionResponse;
import dev.mattermost.spring.protocol.v1.GetTeamRequest;
import dev.mattermost.spring.protocol.v1.GetTeamResponse;
import dev.mattermost.spring.protocol.v1.GetUserByUsernameRequest;
import dev.mattermost.spring.protocol.v1.GetUserByUsernameResponse;
import dev.mattermost.spring.protocol.v1.GetUserRequest;
import dev.mattermost.spring.protocol.v1.GetUserResponse;
import dev.mattermost.spring.protocol.v1.KVGetRequest;
import dev.mattermost.spring.protocol.v1.KeyValuePair;
import dev.mattermost.spring.protocol.v1.LogDebugRequest;
import dev.mattermost.spring.protocol.v1.LogDebugResponse;
import dev.mattermost.spring.protocol.v1.LogErrorRequest;
import dev.mattermost.spring.protocol.v1.LogErrorResponse;
import dev.mattermost.spring.protocol.v1.LogInfoRequest;
import dev.mattermost.spring.protocol.v1.LogInfoResponse;
import dev.mattermost.spring.protocol.v1.LogWarnRequest;
import dev.mattermost.spring.protocol.v1.LogWarnResponse;
import dev.mattermost.spring.protocol.v1.KVGetResponse;
import dev.mattermost.spring.protocol.v1.KVSetRequest;
import dev.mattermost.spring.protocol.v1.KVSetResponse;
import dev.mattermost.spring.protocol.v1.LoadPluginConfigurationRequest;
import dev.mattermost.spring.protocol.v1.LoadPluginConfigurationResponse;
import dev.mattermost.spring.protocol.v1.PluginAPIGrpc;
import dev.mattermost.spring.protocol.v1.Post;
import dev.mattermost.spring.protocol.v1.RegisterCommandRequest;
import dev.mattermost.spring.protocol.v1.RegisterCommandResponse;
import dev.mattermost.spring.protocol.v1.Team;
import dev.mattermost.spring.protocol.v1.TeamType;
import dev.mattermost.spring.protocol.v1.User;

/**
 * A minimal in-memory Mattermost for the dev host until the test kit's full stand-in is wired in: it keeps users,
 * teams, channels, posts, plugin settings, KV values and registered commands, and answers the handful of plugin API
 * calls a first plugin makes; every other API method answers UNIMPLEMENTED.
 */
final class SimpleMattermost implements MattermostBackend {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Map<String, User> users = new ConcurrentHashMap<>();

	private final Map<String, Team> teams = new ConcurrentHashMap<>();

	private final Map<String, Channel> channels = new ConcurrentHashMap<>();

	private final List<Post> posts = new CopyOnWriteArrayList<>();

	private volatile Map<String, Object> settings = Map.of();

	private volatile Map<String, Object> defaults = Map.of();

	private final Map<String, ByteString> kv = new ConcurrentHashMap<>();

	private final List<String> triggers = new CopyOnWriteArrayList<>();

	private final List<PluginActivity> listeners = new CopyOnWriteArrayList<>();

	private @Nullable Server server;

	/**
	 * Creates an empty Mattermost for one plugin.
	 * @param pluginId the plugin's id
	 */
	SimpleMattermost(String pluginId) {
	}

	@Override
	public String startTcp() {
		try {
			Server started = NettyServerBuilder.forAddress(new InetSocketAddress("127.0.0.1", 0))
				.addService(new Api())
				.build()
				.start();
			this.server = started;
			return "127.0.0.1:" + started.getPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot start the plugin API server", ex);
		}
	}

	@Override
	public dev.mattermost.spring.model.Team createTeam(String name) {
		Team team = Team.newBuilder()
			.setId(ServerActions.newId())
			.setCreateAt(now())
			.setUpdateAt(now())
			.setName(name)
			.setDisplayName(name)
			.setType(TeamType.TEAM_TYPE_OPEN)
			.build();
		this.teams.put(team.getId(), team);
		createChannel(team.getId(), "town-square", "Town Square");
		createChannel(team.getId(), "off-topic", "Off-Topic");
		return TeamConverter.toModel(team);
	}

	private void createChannel(String teamId, String name, String displayName) {
		Channel channel = Channel.newBuilder()
			.setId(ServerActions.newId())
			.setCreateAt(now())
			.setUpdateAt(now())
			.setTeamId(teamId)
			.setType(ChannelType.CHANNEL_TYPE_OPEN)
			.setName(name)
			.setDisplayName(displayName)
			.build();
		this.channels.put(channel.getId(), channel);
	}

	@Override
	public dev.mattermost.spring.model.User createUser(String username, boolean systemAdmin) {
		User user = User.newBuilder()
			.setId(ServerActions.newId())
			.setCreateAt(now())
			.setUpdateAt(now())
			.setUsername(username)
			.setEmail(username + "@example.com")
			.setEmailVerified(true)
			.setRoles(systemAdmin ? "system_admin system_user" : "system_user")
			.setLocale("en")
			.build();
		this.users.put(user.getId(), user);
		return UserConverter.toModel(user);
	}

	@Override
	public void addToTeam(String teamId, String userId) {
		// Membership is not modelled here; every user may post everywhere.
	}

	@Override
	public String createSession(String userId) {
		return ServerActions.newId();
	}

	@Override
	public Optional<dev.mattermost.spring.model.User> findUserByUsername(String username) {
		return findUser(username).map(UserConverter::toModel);
	}

	private Optional<User> findUser(String username) {
		return this.users.values().stream().filter((user) -> user.getUsername().equals(username)).findFirst();
	}

	@Override
	public Optional<dev.mattermost.spring.model.Channel> findChannel(String idOrName) {
		Channel byId = this.channels.get(idOrName);
		if (byId == null) {
			byId = this.channels.values()
				.stream()
				.filter((channel) -> channel.getName().equals(idOrName))
				.findFirst()
				.orElse(null);
		}
		return Optional.ofNullable(byId).map(ChannelConverter::toModel);
	}

	@Override
	public dev.mattermost.spring.model.Post savePost(dev.mattermost.spring.model.Post post) {
		return PostConverter.toModel(save(PostConverter.toProto(post)));
	}

	private Post save(Post post) {
		long now = now();
		Post stored = post.toBuilder()
			.setId(post.getId().isEmpty() ? ServerActions.newId() : post.getId())
			.setCreateAt((post.getCreateAt() != 0) ? post.getCreateAt() : now)
			.setUpdateAt(now)
			.build();
		this.posts.add(stored);
		return stored;
	}

	@Override
	public List<dev.mattermost.spring.model.Post> posts(String channelId) {
		return this.posts.stream()
			.filter((post) -> post.getChannelId().equals(channelId))
			.map(PostConverter::toModel)
			.toList();
	}

	@Override
	public Map<String, Object> pluginSettings() {
		Map<String, Object> merged = new LinkedHashMap<>(this.defaults);
		merged.putAll(this.settings);
		return merged;
	}

	@Override
	public void pluginSettings(Map<String, Object> settings) {
		this.settings = new LinkedHashMap<>(settings);
	}

	@Override
	public void pluginSettingDefaults(Map<String, Object> defaults) {
		this.defaults = new LinkedHashMap<>(defaults);
	}

	@Override
	public List<String> commandTriggers() {
		return new ArrayList<>(this.triggers);
	}

	@Override
	public void addActivityListener(PluginActivity listener) {
		this.listeners.add(listener);
	}

	@Override
	public void close() {
		Server started = this.server;
		if (started != null) {
			started.shutdownNow();
		}
	}

	private Map<String, Object> currentSettings() {
		return pluginSettings();
	}

	private static String json(Value value) {
		try {
			return JsonFormat.printer().omittingInsignificantWhitespace().print(value);
		}
		catch (InvalidProtocolBufferException ex) {
			return value.toString();
		}
	}

	private static long now() {
		return System.currentTimeMillis();
	}

	private static AppError notFound(String id, String detail) {
		return AppError.newBuilder().setId(id).setDetailedError(detail).setStatusCode(404).build();
	}

	/**
	 * The few plugin API methods this stand-in answers.
	 */
	private final class Api extends PluginAPIGrpc.PluginAPIImplBase {

		@Override
		public void getServerVersion(GetServerVersionRequest request,
				StreamObserver<GetServerVersionResponse> responses) {
			reply(responses, GetServerVersionResponse.newBuilder().setVersion("10.11.0").build());
		}

		@Override
		public void getUser(GetUserRequest request, StreamObserver<GetUserResponse> responses) {
			User user = SimpleMattermost.this.users.get(request.getUserId());
			if (user == null) {
				responses.onError(Status.NOT_FOUND
					.withDescription("app.user.missing_account.const: user " + request.getUserId() + " not found")
					.asRuntimeException());
				return;
			}
			reply(responses, GetUserResponse.newBuilder().setUser(user).build());
		}

		@Override
		public void getUserByUsername(GetUserByUsernameRequest request,
				StreamObserver<GetUserByUsernameResponse> responses) {
			Optional<User> user = findUser(request.getName());
			if (user.isEmpty()) {
				responses.onError(Status.NOT_FOUND
					.withDescription("app.user.missing_account.const: user " + request.getName() + " not found")
					.asRuntimeException());
				return;
			}
			reply(responses, GetUserByUsernameResponse.newBuilder().setUser(user.get()).build());
		}

		@Override
		public void getChannel(GetChannelRequest request, StreamObserver<GetChannelResponse> responses) {
			Channel channel = SimpleMattermost.this.channels.get(request.getChannelId());
			if (channel == null) {
				responses.onError(Status.NOT_FOUND
					.withDescription("app.channel.get.existing.app_error: channel " + request.getChannelId())
					.asRuntimeException());
				return;
			}
			reply(responses, GetChannelResponse.newBuilder().setChannel(channel).build());
		}

		@Override
		public void getTeam(GetTeamRequest request, StreamObserver<GetTeamResponse> responses) {
			Team team = SimpleMattermost.this.teams.get(request.getTeamId());
			if (team == null) {
				responses.onError(Status.NOT_FOUND
					.withDescription("app.team.get.find.app_error: team " + request.getTeamId())
					.asRuntimeException());
				return;
			}
			reply(responses, GetTeamResponse.newBuilder().setTeam(team).build());
		}

		@Override
		public void createPost(CreatePostRequest request, StreamObserver<CreatePostResponse> responses) {
			if (!SimpleMattermost.this.channels.containsKey(request.getPost().getChannelId())) {
				reply(responses, CreatePostResponse.newBuilder()
					.setError(notFound("app.channel.get.existing.app_error",
							"channel " + request.getPost().getChannelId()))
					.build());
				return;
			}
			Post stored = save(request.getPost());
			reply(responses, CreatePostResponse.newBuilder().setPost(stored).build());
			SimpleMattermost.this.listeners.forEach((listener) -> listener.postCreated(PostConverter.toModel(stored)));
		}

		@Override
		public void loadPluginConfiguration(LoadPluginConfigurationRequest request,
				StreamObserver<LoadPluginConfigurationResponse> responses) {
			byte[] json = JSON.writeValueAsString(currentSettings()).getBytes(StandardCharsets.UTF_8);
			reply(responses, LoadPluginConfigurationResponse.newBuilder().setConfigJson(ByteString.copyFrom(json)).build());
		}

		@Override
		public void getPluginConfig(GetPluginConfigRequest request, StreamObserver<GetPluginConfigResponse> responses) {
			Struct.Builder config = Struct.newBuilder();
			try {
				JsonFormat.parser().merge(JSON.writeValueAsString(currentSettings()), config);
			}
			catch (InvalidProtocolBufferException ex) {
				responses.onError(Status.INTERNAL.withDescription(ex.getMessage()).asRuntimeException());
				return;
			}
			reply(responses, GetPluginConfigResponse.newBuilder().setConfig(config).build());
		}

		@Override
		public void registerCommand(RegisterCommandRequest request, StreamObserver<RegisterCommandResponse> responses) {
			String trigger = request.getCommand().getTrigger();
			if (!SimpleMattermost.this.triggers.contains(trigger)) {
				SimpleMattermost.this.triggers.add(trigger);
			}
			reply(responses, RegisterCommandResponse.getDefaultInstance());
		}

		@Override
		public void kVSet(KVSetRequest request, StreamObserver<KVSetResponse> responses) {
			if (request.getValue().isEmpty()) {
				SimpleMattermost.this.kv.remove(request.getKey());
			}
			else {
				SimpleMattermost.this.kv.put(request.getKey(), request.getValue());
			}
			reply(responses, KVSetResponse.getDefaultInstance());
		}

		@Override
		public void kVGet(KVGetRequest request, StreamObserver<KVGetResponse> responses) {
			ByteString value = SimpleMattermost.this.kv.get(request.getKey());
			reply(responses, (value != null) ? KVGetResponse.newBuilder().setValue(value).build()
					: KVGetResponse.getDefaultInstance());
		}

		@Override
		public void logDebug(LogDebugRequest request, StreamObserver<LogDebugResponse> responses) {
			log("debug", request.getMsg(), request.getKeyValuePairsList());
			reply(responses, LogDebugResponse.getDefaultInstance());
		}

		@Override
		public void logInfo(LogInfoRequest request, StreamObserver<LogInfoResponse> responses) {
			log("info", request.getMsg(), request.getKeyValuePairsList());
			reply(responses, LogInfoResponse.getDefaultInstance());
		}

		@Override
		public void logWarn(LogWarnRequest request, StreamObserver<LogWarnResponse> responses) {
			log("warn", request.getMsg(), request.getKeyValuePairsList());
			reply(responses, LogWarnResponse.getDefaultInstance());
		}

		@Override
		public void logError(LogErrorRequest request, StreamObserver<LogErrorResponse> responses) {
			log("error", request.getMsg(), request.getKeyValuePairsList());
			reply(responses, LogErrorResponse.getDefaultInstance());
		}

		private void log(String level, String message, List<KeyValuePair> pairs) {
			Map<String, Object> fields = new LinkedHashMap<>();
			for (KeyValuePair pair : pairs) {
				Value value = pair.getValue();
				fields.put(pair.getKey(), (value.getKindCase() == Value.KindCase.STRING_VALUE) ? value.getStringValue()
						: json(value));
			}
			ApiLog line = new ApiLog(level, message, fields);
			SimpleMattermost.this.listeners.forEach((listener) -> listener.logged(line));
		}

		private static <T> void reply(StreamObserver<T> responses, T response) {
			responses.onNext(response);
			responses.onCompleted();
		}

	}

}
