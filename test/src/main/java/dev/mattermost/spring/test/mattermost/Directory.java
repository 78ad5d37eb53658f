package dev.mattermost.spring.test.mattermost;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.LongSupplier;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import dev.mattermost.spring.protocol.v1.Bot;
import dev.mattermost.spring.protocol.v1.Channel;
import dev.mattermost.spring.protocol.v1.ChannelMember;
import dev.mattermost.spring.protocol.v1.ChannelType;
import dev.mattermost.spring.protocol.v1.Preference;
import dev.mattermost.spring.protocol.v1.Session;
import dev.mattermost.spring.protocol.v1.Team;
import dev.mattermost.spring.protocol.v1.TeamMember;
import dev.mattermost.spring.protocol.v1.TeamType;
import dev.mattermost.spring.protocol.v1.User;

/**
 * Users, bots, sessions, preferences, teams, channels and both kinds of membership, with the validation and the
 * error ids of the server's app layer.
 * <p>
 * Not thread-safe: guarded by the owning {@link InMemoryMattermost}'s lock.
 */
final class Directory {

	static final String TOWN_SQUARE = "town-square";

	static final String OFF_TOPIC = "off-topic";

	private static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9.\\-_]*");

	private static final Set<String> RESERVED_USERNAMES = Set.of("all", "channel", "here", "matterbot", "system");

	private static final Pattern TEAM_OR_CHANNEL_NAME = Pattern.compile("[a-z0-9]+([a-z0-9\\-_]+|(__)?)[a-z0-9]+");

	private static final int MIN_PASSWORD_LENGTH = 8;

	private final LongSupplier clock;

	private final Map<String, User> users = new LinkedHashMap<>();

	private final Map<String, Bot> bots = new LinkedHashMap<>();

	private final Map<String, Session> sessions = new LinkedHashMap<>();

	private final Map<String, Team> teams = new LinkedHashMap<>();

	private final Map<String, Channel> channels = new LinkedHashMap<>();

	/** team id → user id → member. */
	private final Map<String, Map<String, TeamMember>> teamMembers = new LinkedHashMap<>();

	/** channel id → user id → member. */
	private final Map<String, Map<String, ChannelMember>> channelMembers = new LinkedHashMap<>();

	/** user id → "category\u0000name" → preference. */
	private final Map<String, Map<String, Preference>> preferences = new LinkedHashMap<>();

	Directory(LongSupplier clock) {
		this.clock = clock;
	}

	// ---- users

	User createUser(User request, boolean checkPassword) {
		if (!request.getId().isEmpty()) {
			throw AppErrorException.badRequest("createUser", "app.user.save.existing.app_error",
					"A user with that id already exists or the id was set by the caller.");
		}
		String username = request.getUsername().toLowerCase(Locale.ROOT);
		String email = request.getEmail().toLowerCase(Locale.ROOT);
		checkUsername("createUser", username);
		if (email.isEmpty() || !email.contains("@") || email.length() > 128) {
			throw AppErrorException.badRequest("createUser", "model.user.is_valid.email.app_error",
					"Invalid email.");
		}
		if (checkPassword && request.getAuthService().isEmpty()
				&& request.getPassword().length() < MIN_PASSWORD_LENGTH) {
			throw AppErrorException.badRequest("createUser", "model.user.is_valid.pwd_length.app_error",
					"Your password must contain at least " + MIN_PASSWORD_LENGTH + " characters.");
		}
		checkUniqueUser("createUser", username, email, null);
		long now = this.clock.getAsLong();
		User user = request.toBuilder()
			.setId(MattermostIds.newId())
			.setUsername(username)
			.setEmail(email)
			.setPassword("")
			.setCreateAt(now)
			.setUpdateAt(now)
			.setRoles(request.getRoles().isEmpty() ? "system_user" : request.getRoles())
			.setLocale(request.getLocale().isEmpty() ? "en" : request.getLocale())
			.setLastPasswordUpdate(now)
			.putAllNotifyProps(defaultUserNotifyProps(request.getNotifyPropsMap()))
			.build();
		this.users.put(user.getId(), user);
		return user;
	}

	User seedUser(String username, String password, String roles) {
		return createUser(User.newBuilder()
			.setUsername(username)
			.setEmail(username + "@example.com")
			.setPassword(password)
			.setRoles(roles)
			.build(), true);
	}

	User user(String userId) {
		User user = this.users.get(userId);
		if (user == null) {
			throw AppErrorException.notFound("GetUser", "app.user.missing_account.const",
					"Unable to find the user.");
		}
		return user;
	}

	User userByEmail(String email) {
		return findUser(u -> u.getEmail().equalsIgnoreCase(email))
			.orElseThrow(() -> AppErrorException.notFound("GetUserByEmail", "app.user.missing_account.const",
					"Unable to find the user."));
	}

	User userByUsername(String username) {
		return findUser(u -> u.getUsername().equals(username.toLowerCase(Locale.ROOT)))
			.orElseThrow(() -> AppErrorException.notFound("GetUserByUsername", "app.user.get_by_username.app_error",
					"Unable to find an existing account matching your username for this team."));
	}

	Optional<User> findUser(Predicate<User> predicate) {
		return this.users.values().stream().filter(predicate).findFirst();
	}

	List<User> users(Collection<String> ids) {
		return ids.stream().map(this.users::get).filter(Objects::nonNull).toList();
	}

	List<User> usersByUsernames(Collection<String> usernames) {
		return usernames.stream().map(n -> findUser(u -> u.getUsername().equals(n)).orElse(null))
			.filter(Objects::nonNull)
			.toList();
	}

	Collection<User> allUsers() {
		return this.users.values();
	}

	User updateUser(User request) {
		User existing = user(request.getId());
		String username = request.getUsername().toLowerCase(Locale.ROOT);
		String email = request.getEmail().toLowerCase(Locale.ROOT);
		checkUsername("UpdateUser", username);
		checkUniqueUser("UpdateUser", username, email, existing.getId());
		User updated = request.toBuilder()
			.setUsername(username)
			.setEmail(email)
			.setPassword("")
			.setCreateAt(existing.getCreateAt())
			.setRoles(existing.getRoles())
			.setIsBot(existing.getIsBot())
			.setDeleteAt(existing.getDeleteAt())
			.setUpdateAt(this.clock.getAsLong())
			.build();
		this.users.put(updated.getId(), updated);
		return updated;
	}

	User updateUserActive(String userId, boolean active) {
		User user = user(userId);
		long now = this.clock.getAsLong();
		User updated = user.toBuilder().setDeleteAt(active ? 0 : now).setUpdateAt(now).build();
		this.users.put(userId, updated);
		Bot bot = this.bots.get(userId);
		if (bot != null) {
			this.bots.put(userId, bot.toBuilder().setDeleteAt(updated.getDeleteAt()).setUpdateAt(now).build());
		}
		return updated;
	}

	User updateUserRoles(String userId, String roles) {
		User user = user(userId);
		User updated = user.toBuilder().setRoles(roles).setUpdateAt(this.clock.getAsLong()).build();
		this.users.put(userId, updated);
		return updated;
	}

	private void checkUsername(String where, String username) {
		if (username.isEmpty() || username.length() > 64 || !USERNAME.matcher(username).matches()
				|| RESERVED_USERNAMES.contains(username)) {
			throw AppErrorException.badRequest(where, "model.user.is_valid.username.app_error",
					"Username must begin with a letter and contain between 1 and 64 lowercase characters made up "
							+ "of numbers, letters, and the symbols '.', '-', and '_'.");
		}
	}

	private void checkUniqueUser(String where, String username, String email, String self) {
		for (User other : this.users.values()) {
			if (other.getId().equals(self)) {
				continue;
			}
			if (other.getUsername().equals(username)) {
				throw AppErrorException.badRequest(where, "app.user.save.username_exists.app_error",
						"An account with that username already exists.");
			}
			if (!email.isEmpty() && other.getEmail().equals(email)) {
				throw AppErrorException.badRequest(where, "app.user.save.email_exists.app_error",
						"An account with that email already exists.");
			}
		}
	}

	private static Map<String, String> defaultUserNotifyProps(Map<String, String> given) {
		Map<String, String> props = new LinkedHashMap<>();
		props.put("email", "true");
		props.put("push", "mention");
		props.put("desktop", "mention");
		props.put("desktop_sound", "true");
		props.put("mention_keys", "");
		props.put("channel", "true");
		props.put("first_name", "false");
		props.putAll(given);
		return props;
	}

	boolean isSystemAdmin(String userId) {
		User user = this.users.get(userId);
		return user != null && hasRole(user.getRoles(), "system_admin");
	}

	static boolean hasRole(String roles, String role) {
		return Stream.of(roles.split(" ")).anyMatch(role::equals);
	}

	// ---- bots

	Bot createBot(Bot request, String defaultOwner) {
		String username = request.getUsername().toLowerCase(Locale.ROOT);
		checkUsername("CreateBot", username);
		checkUniqueUser("CreateBot", username, "", null);
		long now = this.clock.getAsLong();
		User user = User.newBuilder()
			.setId(MattermostIds.newId())
			.setUsername(username)
			.setEmail(username + "@localhost")
			.setFirstName(request.getDisplayName())
			.setNickname("")
			.setIsBot(true)
			.setBotDescription(request.getDescription())
			.setRoles("system_user")
			.setLocale("en")
			.setCreateAt(now)
			.setUpdateAt(now)
			.putAllNotifyProps(defaultUserNotifyProps(Map.of()))
			.build();
		this.users.put(user.getId(), user);
		Bot bot = request.toBuilder()
			.setUserId(user.getId())
			.setUsername(username)
			.setOwnerId(request.getOwnerId().isEmpty() ? defaultOwner : request.getOwnerId())
			.setCreateAt(now)
			.setUpdateAt(now)
			.setDeleteAt(0)
			.build();
		this.bots.put(bot.getUserId(), bot);
		return bot;
	}

	Bot bot(String botUserId, boolean includeDeleted) {
		Bot bot = this.bots.get(botUserId);
		if (bot == null || (!includeDeleted && bot.getDeleteAt() != 0)) {
			throw AppErrorException.notFound("SqlBotStore.Get", "store.sql_bot.get.missing.app_error",
					"Bot does not exist.");
		}
		return bot;
	}

	Optional<Bot> botByUsername(String username) {
		return this.bots.values().stream().filter(b -> b.getUsername().equals(username)).findFirst();
	}

	List<Bot> bots(String ownerId, boolean includeDeleted, boolean onlyOrphaned, int page, int perPage) {
		Stream<Bot> bots = this.bots.values().stream()
			.filter(b -> ownerId.isEmpty() || b.getOwnerId().equals(ownerId))
			.filter(b -> includeDeleted || b.getDeleteAt() == 0)
			.filter(b -> !onlyOrphaned || !this.users.containsKey(b.getOwnerId()))
			.sorted(Comparator.comparing(Bot::getUsername));
		return page(bots, page, perPage);
	}

	Bot patchBot(String botUserId, String username, String displayName, String description) {
		Bot bot = bot(botUserId, true);
		User user = user(botUserId);
		Bot.Builder patched = bot.toBuilder();
		User.Builder patchedUser = user.toBuilder();
		if (username != null) {
			String lower = username.toLowerCase(Locale.ROOT);
			checkUsername("PatchBot", lower);
			checkUniqueUser("PatchBot", lower, "", botUserId);
			patched.setUsername(lower);
			patchedUser.setUsername(lower);
		}
		if (displayName != null) {
			patched.setDisplayName(displayName);
			patchedUser.setFirstName(displayName);
		}
		if (description != null) {
			patched.setDescription(description);
			patchedUser.setBotDescription(description);
		}
		long now = this.clock.getAsLong();
		Bot result = patched.setUpdateAt(now).build();
		this.bots.put(botUserId, result);
		this.users.put(botUserId, patchedUser.setUpdateAt(now).build());
		return result;
	}

	Bot updateBotActive(String botUserId, boolean active) {
		bot(botUserId, true);
		updateUserActive(botUserId, active);
		return this.bots.get(botUserId);
	}

	void permanentDeleteBot(String botUserId) {
		bot(botUserId, true);
		this.bots.remove(botUserId);
		this.users.remove(botUserId);
		this.teamMembers.values().forEach(m -> m.remove(botUserId));
		this.channelMembers.values().forEach(m -> m.remove(botUserId));
	}

	// ---- sessions

	Session createSession(Session request) {
		user(request.getUserId());
		long now = this.clock.getAsLong();
		Session session = request.toBuilder()
			.setId(MattermostIds.newId())
			.setToken(request.getToken().isEmpty() ? MattermostIds.newId() : request.getToken())
			.setCreateAt(now)
			.setLastActivityAt(now)
			.setRoles(request.getRoles().isEmpty() ? this.users.get(request.getUserId()).getRoles()
					: request.getRoles())
			.build();
		this.sessions.put(session.getId(), session);
		return session;
	}

	Session seedSession(String userId) {
		return createSession(Session.newBuilder().setUserId(userId).build());
	}

	Session session(String sessionId) {
		Session session = this.sessions.get(sessionId);
		if (session == null) {
			throw AppErrorException.badRequest("GetSessionById", "app.session.get.app_error",
					"We encountered an error finding the session.");
		}
		return session;
	}

	void extendSessionExpiry(String sessionId, long newExpiry) {
		Session session = session(sessionId);
		this.sessions.put(sessionId, session.toBuilder().setExpiresAt(newExpiry).build());
	}

	void revokeSession(String sessionId) {
		session(sessionId);
		this.sessions.remove(sessionId);
	}

	// ---- preferences

	Preference preference(String userId, String category, String name) {
		Preference preference = this.preferences.getOrDefault(userId, Map.of()).get(category + '\u0000' + name);
		if (preference == null) {
			throw AppErrorException.badRequest("GetPreferenceByCategoryAndNameForUser", "app.preference.get.app_error",
					"We encountered an error while finding preferences.");
		}
		return preference;
	}

	List<Preference> preferences(String userId) {
		return List.copyOf(this.preferences.getOrDefault(userId, Map.of()).values());
	}

	void updatePreferences(String userId, List<Preference> preferences) {
		checkOwnPreferences(userId, preferences, "UpdatePreferences",
				"api.preference.update_preferences.set.app_error");
		Map<String, Preference> mine = this.preferences.computeIfAbsent(userId, k -> new LinkedHashMap<>());
		for (Preference p : preferences) {
			mine.put(p.getCategory() + '\u0000' + p.getName(), p);
		}
	}

	void deletePreferences(String userId, List<Preference> preferences) {
		checkOwnPreferences(userId, preferences, "DeletePreferences",
				"api.preference.delete_preferences.delete.app_error");
		Map<String, Preference> mine = this.preferences.getOrDefault(userId, new LinkedHashMap<>());
		for (Preference p : preferences) {
			mine.remove(p.getCategory() + '\u0000' + p.getName());
		}
	}

	private static void checkOwnPreferences(String userId, List<Preference> preferences, String where, String id) {
		for (Preference p : preferences) {
			if (!userId.equals(p.getUserId())) {
				throw AppErrorException.forbidden(where, id, "Unable to change preferences of another user.");
			}
		}
	}

	// ---- teams

	Team createTeam(Team request) {
		String name = request.getName();
		if (name.length() < 2 || name.length() > 64 || !TEAM_OR_CHANNEL_NAME.matcher(name).matches()) {
			throw AppErrorException.badRequest("CreateTeam", "model.team.is_valid.name.app_error",
					"Name must be 2 or more lowercase alphanumeric characters.");
		}
		if (request.getDisplayName().isEmpty() || request.getDisplayName().length() > 64) {
			throw AppErrorException.badRequest("CreateTeam", "model.team.is_valid.name.app_error",
					"Invalid display name.");
		}
		if (request.getType() != TeamType.TEAM_TYPE_OPEN && request.getType() != TeamType.TEAM_TYPE_INVITE) {
			throw AppErrorException.badRequest("CreateTeam", "model.team.is_valid.type.app_error", "Invalid type.");
		}
		if (this.teams.values().stream().anyMatch(t -> t.getName().equals(name))) {
			throw AppErrorException.badRequest("CreateTeam", "app.team.save.existing.app_error",
					"A team with that name already exists.");
		}
		long now = this.clock.getAsLong();
		Team team = request.toBuilder()
			.setId(MattermostIds.newId())
			.setCreateAt(now)
			.setUpdateAt(now)
			.setInviteId(MattermostIds.newId())
			.build();
		this.teams.put(team.getId(), team);
		this.teamMembers.put(team.getId(), new LinkedHashMap<>());
		// The server creates every team with these two channels, and joins new team members to them.
		insertChannel(team.getId(), TOWN_SQUARE, "Town Square", ChannelType.CHANNEL_TYPE_OPEN, "");
		insertChannel(team.getId(), OFF_TOPIC, "Off-Topic", ChannelType.CHANNEL_TYPE_OPEN, "");
		return team;
	}

	Team seedTeam(String name) {
		return createTeam(Team.newBuilder()
			.setName(name)
			.setDisplayName(name)
			.setType(TeamType.TEAM_TYPE_OPEN)
			.build());
	}

	Team team(String teamId) {
		Team team = this.teams.get(teamId);
		if (team == null) {
			throw AppErrorException.notFound("GetTeam", "app.team.get.find.app_error",
					"Unable to find the existing team.");
		}
		return team;
	}

	Team teamByName(String name) {
		return this.teams.values().stream().filter(t -> t.getName().equals(name)).findFirst()
			.orElseThrow(() -> AppErrorException.notFound("GetTeamByName", "app.team.get_by_name.missing.app_error",
					"Unable to find the existing team."));
	}

	Collection<Team> teams() {
		return this.teams.values();
	}

	List<Team> teamsForUser(String userId) {
		return this.teams.values().stream()
			.filter(t -> isTeamMember(t.getId(), userId))
			.toList();
	}

	Team updateTeam(Team request) {
		Team existing = team(request.getId());
		Team updated = existing.toBuilder()
			.setDisplayName(request.getDisplayName().isEmpty() ? existing.getDisplayName() : request.getDisplayName())
			.setDescription(request.getDescription())
			.setCompanyName(request.getCompanyName())
			.setAllowedDomains(request.getAllowedDomains())
			.setAllowOpenInvite(request.getAllowOpenInvite())
			.setUpdateAt(this.clock.getAsLong())
			.build();
		this.teams.put(updated.getId(), updated);
		return updated;
	}

	void deleteTeam(String teamId) {
		Team team = team(teamId);
		long now = this.clock.getAsLong();
		this.teams.put(teamId, team.toBuilder().setDeleteAt(now).setUpdateAt(now).build());
	}

	TeamMember joinTeam(String teamId, String userId) {
		team(teamId);
		user(userId);
		Map<String, TeamMember> members = this.teamMembers.get(teamId);
		TeamMember existing = members.get(userId);
		if (existing != null && existing.getDeleteAt() == 0) {
			return existing;
		}
		TeamMember member = TeamMember.newBuilder()
			.setTeamId(teamId)
			.setUserId(userId)
			.setRoles("team_user")
			.setSchemeUser(true)
			.setCreateAt(this.clock.getAsLong())
			.build();
		members.put(userId, member);
		for (String defaultChannel : List.of(TOWN_SQUARE, OFF_TOPIC)) {
			channelByNameOptional(teamId, defaultChannel, false)
				.ifPresent(c -> insertChannelMember(c.getId(), userId));
		}
		return member;
	}

	TeamMember teamMember(String teamId, String userId) {
		TeamMember member = this.teamMembers.getOrDefault(teamId, Map.of()).get(userId);
		if (member == null) {
			throw AppErrorException.notFound("GetTeamMember", "app.team.get_member.missing.app_error",
					"No team member found for that user ID and team ID.");
		}
		return member;
	}

	boolean isTeamMember(String teamId, String userId) {
		TeamMember member = this.teamMembers.getOrDefault(teamId, Map.of()).get(userId);
		return member != null && member.getDeleteAt() == 0;
	}

	List<TeamMember> teamMembers(String teamId, int page, int perPage) {
		return page(this.teamMembers.getOrDefault(teamId, Map.of()).values().stream()
			.filter(m -> m.getDeleteAt() == 0), page, perPage);
	}

	List<TeamMember> teamMembersForUser(String userId, int page, int perPage) {
		return page(this.teamMembers.values().stream()
			.map(m -> m.get(userId))
			.filter(Objects::nonNull)
			.filter(m -> m.getDeleteAt() == 0), page, perPage);
	}

	TeamMember updateTeamMemberRoles(String teamId, String userId, String roles) {
		TeamMember member = teamMember(teamId, userId);
		TeamMember updated = member.toBuilder()
			.setRoles(roles)
			.setSchemeAdmin(hasRole(roles, "team_admin"))
			.build();
		this.teamMembers.get(teamId).put(userId, updated);
		return updated;
	}

	void leaveTeam(String teamId, String userId) {
		TeamMember member = teamMember(teamId, userId);
		this.teamMembers.get(teamId).put(userId, member.toBuilder().setDeleteAt(this.clock.getAsLong()).build());
		this.channels.values().stream()
			.filter(c -> c.getTeamId().equals(teamId))
			.forEach(c -> this.channelMembers.getOrDefault(c.getId(), new LinkedHashMap<>()).remove(userId));
	}

	List<User> usersInTeam(String teamId, int page, int perPage) {
		return page(this.teamMembers.getOrDefault(teamId, Map.of()).values().stream()
			.filter(m -> m.getDeleteAt() == 0)
			.map(m -> this.users.get(m.getUserId()))
			.filter(Objects::nonNull), page, perPage);
	}

	// ---- channels

	Channel createChannel(Channel request) {
		if (request.getType() != ChannelType.CHANNEL_TYPE_OPEN
				&& request.getType() != ChannelType.CHANNEL_TYPE_PRIVATE) {
			throw AppErrorException.badRequest("CreateChannel", "model.channel.is_valid.type.app_error",
					"Invalid type.");
		}
		checkChannelName("CreateChannel", request.getName());
		if (request.getDisplayName().isEmpty() || request.getDisplayName().length() > 64) {
			throw AppErrorException.badRequest("CreateChannel", "model.channel.is_valid.display_name.app_error",
					"Invalid display name.");
		}
		team(request.getTeamId());
		if (channelByNameOptional(request.getTeamId(), request.getName(), true).isPresent()) {
			throw AppErrorException.badRequest("CreateChannel", "store.sql_channel.save_channel.exists.app_error",
					"A channel with that name already exists on the same team.");
		}
		long now = this.clock.getAsLong();
		Channel channel = request.toBuilder()
			.setId(MattermostIds.newId())
			.setCreateAt(now)
			.setUpdateAt(now)
			.build();
		this.channels.put(channel.getId(), channel);
		this.channelMembers.put(channel.getId(), new LinkedHashMap<>());
		return channel;
	}

	Channel seedChannel(String teamId, String name, boolean isPrivate) {
		return createChannel(Channel.newBuilder()
			.setTeamId(teamId)
			.setName(name)
			.setDisplayName(name)
			.setType(isPrivate ? ChannelType.CHANNEL_TYPE_PRIVATE : ChannelType.CHANNEL_TYPE_OPEN)
			.build());
	}

	private static void checkChannelName(String where, String name) {
		if (name.length() < 2) {
			throw AppErrorException.badRequest(where, "model.channel.is_valid.2_or_more.app_error",
					"Name must be 2 or more lowercase alphanumeric characters.");
		}
		if (name.length() > 64 || !TEAM_OR_CHANNEL_NAME.matcher(name).matches()) {
			throw AppErrorException.badRequest(where, "model.channel.is_valid.name.app_error",
					"Invalid channel name.");
		}
	}

	private Channel insertChannel(String teamId, String name, String displayName, ChannelType type,
			String creatorId) {
		long now = this.clock.getAsLong();
		Channel channel = Channel.newBuilder()
			.setId(MattermostIds.newId())
			.setTeamId(teamId)
			.setName(name)
			.setDisplayName(displayName)
			.setType(type)
			.setCreatorId(creatorId)
			.setCreateAt(now)
			.setUpdateAt(now)
			.build();
		this.channels.put(channel.getId(), channel);
		this.channelMembers.put(channel.getId(), new LinkedHashMap<>());
		return channel;
	}

	Channel channel(String channelId) {
		Channel channel = this.channels.get(channelId);
		if (channel == null) {
			throw AppErrorException.notFound("GetChannel", "app.channel.get.existing.app_error",
					"Unable to find the existing channel.");
		}
		return channel;
	}

	Optional<Channel> findChannel(String channelId) {
		return Optional.ofNullable(this.channels.get(channelId));
	}

	Channel channelByName(String teamId, String name, boolean includeDeleted) {
		return channelByNameOptional(teamId, name, includeDeleted)
			.orElseThrow(() -> AppErrorException.notFound("GetChannelByName",
					"app.channel.get_by_name.missing.app_error", "Unable to find the existing channel."));
	}

	private Optional<Channel> channelByNameOptional(String teamId, String name, boolean includeDeleted) {
		return this.channels.values().stream()
			.filter(c -> c.getTeamId().equals(teamId) && c.getName().equals(name))
			.filter(c -> includeDeleted || c.getDeleteAt() == 0)
			.findFirst();
	}

	Collection<Channel> allChannels() {
		return this.channels.values();
	}

	Channel directChannel(String userId1, String userId2) {
		user(userId1);
		user(userId2);
		String name = (userId1.compareTo(userId2) > 0) ? userId2 + "__" + userId1 : userId1 + "__" + userId2;
		Optional<Channel> existing = channelByNameOptional("", name, true);
		if (existing.isPresent()) {
			return existing.get();
		}
		Channel channel = insertChannel("", name, "", ChannelType.CHANNEL_TYPE_DIRECT, userId1);
		insertChannelMember(channel.getId(), userId1);
		insertChannelMember(channel.getId(), userId2);
		return channel;
	}

	Channel groupChannel(List<String> userIds) {
		Set<String> distinct = new TreeSet<>(userIds);
		if (distinct.size() < 3 || distinct.size() > 8) {
			throw AppErrorException.badRequest("CreateGroupChannel", "api.channel.create_group.bad_size.app_error",
					"Group message channels must contain at least 3 and no more than 8 users.");
		}
		List<User> members = distinct.stream().map(this::user).toList();
		String name = sha1Hex(String.join(",", distinct));
		Optional<Channel> existing = channelByNameOptional("", name, true);
		if (existing.isPresent()) {
			return existing.get();
		}
		String displayName = String.join(", ", members.stream().map(User::getUsername).sorted().toList());
		Channel channel = insertChannel("", name, displayName, ChannelType.CHANNEL_TYPE_GROUP, "");
		distinct.forEach(u -> insertChannelMember(channel.getId(), u));
		return channel;
	}

	private static String sha1Hex(String text) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1")
				.digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	List<Channel> publicChannelsForTeam(String teamId, int page, int perPage) {
		return page(this.channels.values().stream()
			.filter(c -> c.getTeamId().equals(teamId) && c.getType() == ChannelType.CHANNEL_TYPE_OPEN)
			.filter(c -> c.getDeleteAt() == 0)
			.sorted(Comparator.comparing(Channel::getDisplayName)), page, perPage);
	}

	List<Channel> channelsForTeamForUser(String teamId, String userId, boolean includeDeleted) {
		List<Channel> result = this.channels.values().stream()
			.filter(c -> teamId.isEmpty() || c.getTeamId().equals(teamId) || c.getTeamId().isEmpty())
			.filter(c -> includeDeleted || c.getDeleteAt() == 0)
			.filter(c -> isChannelMember(c.getId(), userId))
			.toList();
		if (result.isEmpty()) {
			throw AppErrorException.notFound("GetChannelsForTeamForUser",
					"app.channel.get_channels.not_found.app_error", "No channels were found.");
		}
		return result;
	}

	List<Channel> searchChannels(String teamId, String term) {
		String lower = term.toLowerCase(Locale.ROOT);
		return this.channels.values().stream()
			.filter(c -> c.getTeamId().equals(teamId) && c.getType() == ChannelType.CHANNEL_TYPE_OPEN)
			.filter(c -> c.getDeleteAt() == 0)
			.filter(c -> c.getName().contains(lower) || c.getDisplayName().toLowerCase(Locale.ROOT).contains(lower))
			.toList();
	}

	Channel updateChannel(Channel request) {
		Channel existing = channel(request.getId());
		if (!request.getName().equals(existing.getName())) {
			checkChannelName("UpdateChannel", request.getName());
		}
		Channel updated = existing.toBuilder()
			.setName(request.getName())
			.setDisplayName(request.getDisplayName())
			.setHeader(request.getHeader())
			.setPurpose(request.getPurpose())
			.setUpdateAt(this.clock.getAsLong())
			.build();
		this.channels.put(updated.getId(), updated);
		return updated;
	}

	void deleteChannel(String channelId) {
		Channel channel = channel(channelId);
		if (channel.getName().equals(TOWN_SQUARE) && !channel.getTeamId().isEmpty()) {
			throw AppErrorException.badRequest("DeleteChannel", "api.channel.delete_channel.cannot.app_error",
					"Unable to delete the default channel " + TOWN_SQUARE + ".");
		}
		if (channel.getType() == ChannelType.CHANNEL_TYPE_DIRECT || channel.getType() == ChannelType.CHANNEL_TYPE_GROUP) {
			throw AppErrorException.badRequest("DeleteChannel", "api.channel.delete_channel.type.invalid",
					"Unable to delete direct or group message channels.");
		}
		long now = this.clock.getAsLong();
		this.channels.put(channelId, channel.toBuilder().setDeleteAt(now).setUpdateAt(now).build());
	}

	void touchChannel(String channelId, long postAt, boolean root) {
		Channel channel = this.channels.get(channelId);
		if (channel == null) {
			return;
		}
		Channel.Builder updated = channel.toBuilder()
			.setLastPostAt(postAt)
			.setTotalMsgCount(channel.getTotalMsgCount() + 1);
		if (root) {
			updated.setLastRootPostAt(postAt).setTotalMsgCountRoot(channel.getTotalMsgCountRoot() + 1);
		}
		this.channels.put(channelId, updated.build());
	}

	ChannelMember addChannelMember(String channelId, String userId) {
		Channel channel = channel(channelId);
		user(userId);
		if (channel.getType() == ChannelType.CHANNEL_TYPE_DIRECT || channel.getType() == ChannelType.CHANNEL_TYPE_GROUP) {
			throw AppErrorException.badRequest("AddUserToChannel", "api.channel.add_user_to_channel.type.app_error",
					"Can not add user to this channel type.");
		}
		if (!isTeamMember(channel.getTeamId(), userId)) {
			throw AppErrorException.notFound("AddUserToChannel", "app.team.get_member.missing.app_error",
					"No team member found for that user ID and team ID.");
		}
		ChannelMember existing = this.channelMembers.get(channelId).get(userId);
		return (existing != null) ? existing : insertChannelMember(channelId, userId);
	}

	private ChannelMember insertChannelMember(String channelId, String userId) {
		ChannelMember member = ChannelMember.newBuilder()
			.setChannelId(channelId)
			.setUserId(userId)
			.setRoles("channel_user")
			.setSchemeUser(true)
			.putNotifyProps("desktop", "default")
			.putNotifyProps("email", "default")
			.putNotifyProps("push", "default")
			.putNotifyProps("mark_unread", "all")
			.putNotifyProps("ignore_channel_mentions", "default")
			.setLastUpdateAt(this.clock.getAsLong())
			.build();
		this.channelMembers.computeIfAbsent(channelId, k -> new LinkedHashMap<>()).put(userId, member);
		return member;
	}

	ChannelMember channelMember(String channelId, String userId) {
		ChannelMember member = this.channelMembers.getOrDefault(channelId, Map.of()).get(userId);
		if (member == null) {
			throw AppErrorException.notFound("GetChannelMember", "app.channel.get_member.missing.app_error",
					"No channel member found for that user ID and channel ID.");
		}
		return member;
	}

	boolean isChannelMember(String channelId, String userId) {
		return this.channelMembers.getOrDefault(channelId, Map.of()).containsKey(userId);
	}

	List<ChannelMember> channelMembers(String channelId, int page, int perPage) {
		return page(this.channelMembers.getOrDefault(channelId, Map.of()).values().stream(), page, perPage);
	}

	List<ChannelMember> channelMembersByIds(String channelId, List<String> userIds) {
		Map<String, ChannelMember> members = this.channelMembers.getOrDefault(channelId, Map.of());
		return userIds.stream().map(members::get).filter(Objects::nonNull).toList();
	}

	List<ChannelMember> channelMembersForUser(String teamId, String userId, int page, int perPage) {
		return page(this.channels.values().stream()
			.filter(c -> teamId.isEmpty() || c.getTeamId().equals(teamId))
			.map(c -> this.channelMembers.getOrDefault(c.getId(), Map.of()).get(userId))
			.filter(Objects::nonNull), page, perPage);
	}

	ChannelMember updateChannelMemberRoles(String channelId, String userId, String roles) {
		ChannelMember member = channelMember(channelId, userId);
		ChannelMember updated = member.toBuilder()
			.setRoles(roles)
			.setSchemeAdmin(hasRole(roles, "channel_admin"))
			.setLastUpdateAt(this.clock.getAsLong())
			.build();
		this.channelMembers.get(channelId).put(userId, updated);
		return updated;
	}

	ChannelMember updateChannelMemberNotifications(String channelId, String userId, Map<String, String> props) {
		ChannelMember member = channelMember(channelId, userId);
		ChannelMember updated = member.toBuilder()
			.putAllNotifyProps(props)
			.setLastUpdateAt(this.clock.getAsLong())
			.build();
		this.channelMembers.get(channelId).put(userId, updated);
		return updated;
	}

	void removeChannelMember(String channelId, String userId) {
		Channel channel = channel(channelId);
		if (channel.getName().equals(TOWN_SQUARE) && !channel.getTeamId().isEmpty()) {
			throw AppErrorException.badRequest("RemoveUserFromChannel", "api.channel.remove.default.app_error",
					"Unable to remove user from the default channel " + TOWN_SQUARE + ".");
		}
		channelMember(channelId, userId);
		this.channelMembers.get(channelId).remove(userId);
	}

	List<User> usersInChannel(String channelId, String sortBy, int page, int perPage) {
		Stream<User> users = this.channelMembers.getOrDefault(channelId, Map.of()).keySet().stream()
			.map(this.users::get)
			.filter(Objects::nonNull);
		if ("username".equals(sortBy)) {
			users = users.sorted(Comparator.comparing(User::getUsername));
		}
		return page(users, page, perPage);
	}

	static <T> List<T> page(Stream<T> items, int page, int perPage) {
		// Like the store's LIMIT/OFFSET: a zero page size yields nothing rather than everything.
		if (page < 0 || perPage <= 0) {
			return List.of();
		}
		return items.skip((long) page * perPage).limit(perPage).toList();
	}

	/**
	 * Captures the directory's state.
	 * @return restores the captured state each time it runs
	 */
	Runnable checkpoint() {
		Map<String, User> users = new LinkedHashMap<>(this.users);
		Map<String, Bot> bots = new LinkedHashMap<>(this.bots);
		Map<String, Session> sessions = new LinkedHashMap<>(this.sessions);
		Map<String, Team> teams = new LinkedHashMap<>(this.teams);
		Map<String, Channel> channels = new LinkedHashMap<>(this.channels);
		Map<String, Map<String, TeamMember>> teamMembers = Checkpoints.copyNested(this.teamMembers);
		Map<String, Map<String, ChannelMember>> channelMembers = Checkpoints.copyNested(this.channelMembers);
		Map<String, Map<String, Preference>> preferences = Checkpoints.copyNested(this.preferences);
		return () -> {
			Checkpoints.replace(this.users, users);
			Checkpoints.replace(this.bots, bots);
			Checkpoints.replace(this.sessions, sessions);
			Checkpoints.replace(this.teams, teams);
			Checkpoints.replace(this.channels, channels);
			Checkpoints.replace(this.teamMembers, Checkpoints.copyNested(teamMembers));
			Checkpoints.replace(this.channelMembers, Checkpoints.copyNested(channelMembers));
			Checkpoints.replace(this.preferences, Checkpoints.copyNested(preferences));
		};
	}
}
