package dev.mattermost.spring.test.mattermost;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import dev.mattermost.spring.protocol.v1.Bot;
import dev.mattermost.spring.protocol.v1.Preference;
import dev.mattermost.spring.protocol.v1.Session;
import dev.mattermost.spring.protocol.v1.User;

/**
 * Users, bots, sessions and preferences, with the validation and the error ids of the server's app layer.
 * <p>
 * Not thread-safe: guarded by the owning {@link InMemoryMattermost}'s lock.
 */
final class Accounts {

	private static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9.\\-_]*");

	private static final Set<String> RESERVED_USERNAMES = Set.of("all", "channel", "here", "matterbot", "system");

	private static final int MIN_PASSWORD_LENGTH = 8;

	private final LongSupplier clock;

	private final Map<String, User> users = new LinkedHashMap<>();

	private final Map<String, Bot> bots = new LinkedHashMap<>();

	private final Map<String, Session> sessions = new LinkedHashMap<>();

	/** user id → (category, name) → preference. */
	private final Map<String, Map<PreferenceKey, Preference>> preferences = new LinkedHashMap<>();

	Accounts(LongSupplier clock) {
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
		return AppErrorException.requireFound(this.users.get(userId), "GetUser",
				"app.user.missing_account.const", "Unable to find the user.");
	}

	User userByEmail(String email) {
		return findUser(u -> u.getEmail().equalsIgnoreCase(email))
			.orElseThrow(() -> AppErrorException.notFound("GetUserByEmail", "app.user.missing_account.const",
					"Unable to find the user."));
	}

	User userByUsername(String username) {
		// Usernames are stored lower-cased and looked up as given, so "Alice" finds nobody.
		return findUser(u -> u.getUsername().equals(username))
			.orElseThrow(() -> AppErrorException.notFound("GetUserByUsername", "app.user.get_by_username.app_error",
					"Unable to find an existing account matching your username for this team."));
	}

	Optional<User> findUser(Predicate<User> predicate) {
		return this.users.values().stream().filter(predicate).findFirst();
	}

	@Nullable User userOrNull(String userId) {
		return this.users.get(userId);
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
		return Pages.page(bots, page, perPage);
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
		Preference preference = this.preferences.getOrDefault(userId, Map.of()).get(new PreferenceKey(category, name));
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
		Map<PreferenceKey, Preference> mine = this.preferences.computeIfAbsent(userId, k -> new LinkedHashMap<>());
		for (Preference p : preferences) {
			mine.put(new PreferenceKey(p.getCategory(), p.getName()), p);
		}
	}

	void deletePreferences(String userId, List<Preference> preferences) {
		checkOwnPreferences(userId, preferences, "DeletePreferences",
				"api.preference.delete_preferences.delete.app_error");
		Map<PreferenceKey, Preference> mine = this.preferences.getOrDefault(userId, new LinkedHashMap<>());
		for (Preference p : preferences) {
			mine.remove(new PreferenceKey(p.getCategory(), p.getName()));
		}
	}

	private static void checkOwnPreferences(String userId, List<Preference> preferences, String where, String id) {
		for (Preference p : preferences) {
			if (!userId.equals(p.getUserId())) {
				throw AppErrorException.forbidden(where, id, "Unable to change preferences of another user.");
			}
		}
	}

	private record PreferenceKey(String category, String name) {
	}

	/**
	 * Captures the users, bots, sessions and preferences.
	 * @return restores the captured state each time it runs
	 */
	Runnable checkpoint() {
		Map<String, User> users = new LinkedHashMap<>(this.users);
		Map<String, Bot> bots = new LinkedHashMap<>(this.bots);
		Map<String, Session> sessions = new LinkedHashMap<>(this.sessions);
		Map<String, Map<PreferenceKey, Preference>> preferences = Checkpoints.copyNested(this.preferences);
		return () -> {
			Checkpoints.replace(this.users, users);
			Checkpoints.replace(this.bots, bots);
			Checkpoints.replace(this.sessions, sessions);
			Checkpoints.replace(this.preferences, Checkpoints.copyNested(preferences));
		};
	}

}
