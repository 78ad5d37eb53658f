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
import java.util.regex.Pattern;
import java.util.stream.Stream;

import dev.mattermost.spring.protocol.v1.Channel;
import dev.mattermost.spring.protocol.v1.ChannelMember;
import dev.mattermost.spring.protocol.v1.ChannelType;
import dev.mattermost.spring.protocol.v1.Team;
import dev.mattermost.spring.protocol.v1.TeamMember;
import dev.mattermost.spring.protocol.v1.TeamType;
import dev.mattermost.spring.protocol.v1.User;

/**
 * Teams, channels and both kinds of membership, with the validation and the error ids of the server's app layer.
 * <p>
 * Not thread-safe: guarded by the owning {@link InMemoryMattermost}'s lock.
 */
final class Directory {

	static final String TOWN_SQUARE = "town-square";

	static final String OFF_TOPIC = "off-topic";

	private static final Pattern TEAM_OR_CHANNEL_NAME = Pattern.compile("[a-z0-9]+([a-z0-9\\-_]+|(__)?)[a-z0-9]+");

	private final LongSupplier clock;

	private final Map<String, Team> teams = new LinkedHashMap<>();

	private final Map<String, Channel> channels = new LinkedHashMap<>();

	/** team id → user id → member. */
	private final Map<String, Map<String, TeamMember>> teamMembers = new LinkedHashMap<>();

	/** channel id → user id → member. */
	private final Map<String, Map<String, ChannelMember>> channelMembers = new LinkedHashMap<>();

	private final Accounts accounts;

	Directory(LongSupplier clock, Accounts accounts) {
		this.clock = clock;
		this.accounts = accounts;
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
		return AppErrorException.requireFound(this.teams.get(teamId), "GetTeam",
				"app.team.get.find.app_error", "Unable to find the existing team.");
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
		this.accounts.user(userId);
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
		return AppErrorException.requireFound(teamMembersOf(teamId).get(userId), "GetTeamMember",
				"app.team.get_member.missing.app_error", "No team member found for that user ID and team ID.");
	}

	boolean isTeamMember(String teamId, String userId) {
		TeamMember member = teamMembersOf(teamId).get(userId);
		return member != null && member.getDeleteAt() == 0;
	}

	List<TeamMember> teamMembers(String teamId, int page, int perPage) {
		return Pages.page(teamMembersOf(teamId).values().stream()
			.filter(m -> m.getDeleteAt() == 0), page, perPage);
	}

	List<TeamMember> teamMembersForUser(String userId, int page, int perPage) {
		return Pages.page(this.teamMembers.values().stream()
			.map(m -> m.get(userId))
			.filter(Objects::nonNull)
			.filter(m -> m.getDeleteAt() == 0), page, perPage);
	}

	TeamMember updateTeamMemberRoles(String teamId, String userId, String roles) {
		TeamMember member = teamMember(teamId, userId);
		TeamMember updated = member.toBuilder()
			.setRoles(roles)
			.setSchemeAdmin(Accounts.hasRole(roles, "team_admin"))
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
		return Pages.page(teamMembersOf(teamId).values().stream()
			.filter(m -> m.getDeleteAt() == 0)
			.map(m -> this.accounts.userOrNull(m.getUserId()))
			.filter(Objects::nonNull)
			.sorted(Comparator.comparing(User::getUsername)), page, perPage);
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
		return AppErrorException.requireFound(this.channels.get(channelId), "GetChannel",
				"app.channel.get.existing.app_error", "Unable to find the existing channel.");
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
		this.accounts.user(userId1);
		this.accounts.user(userId2);
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
		List<User> members = distinct.stream().map(this.accounts::user).toList();
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
		return Pages.page(this.channels.values().stream()
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
		this.accounts.user(userId);
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
		return AppErrorException.requireFound(channelMembersOf(channelId).get(userId), "GetChannelMember",
				"app.channel.get_member.missing.app_error", "No channel member found for that user ID and channel ID.");
	}

	boolean isChannelMember(String channelId, String userId) {
		return channelMembersOf(channelId).containsKey(userId);
	}

	List<ChannelMember> channelMembers(String channelId, int page, int perPage) {
		return Pages.page(channelMembersOf(channelId).values().stream(), page, perPage);
	}

	List<ChannelMember> channelMembersByIds(String channelId, List<String> userIds) {
		Map<String, ChannelMember> members = channelMembersOf(channelId);
		return userIds.stream().map(members::get).filter(Objects::nonNull).toList();
	}

	List<ChannelMember> channelMembersForUser(String teamId, String userId, int page, int perPage) {
		return Pages.page(this.channels.values().stream()
			.filter(c -> teamId.isEmpty() || c.getTeamId().equals(teamId))
			.map(c -> channelMembersOf(c.getId()).get(userId))
			.filter(Objects::nonNull), page, perPage);
	}

	ChannelMember updateChannelMemberRoles(String channelId, String userId, String roles) {
		ChannelMember member = channelMember(channelId, userId);
		ChannelMember updated = member.toBuilder()
			.setRoles(roles)
			.setSchemeAdmin(Accounts.hasRole(roles, "channel_admin"))
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
		Stream<User> users = channelMembersOf(channelId).keySet().stream()
			.map(this.accounts::userOrNull)
			.filter(Objects::nonNull);
		if ("username".equals(sortBy)) {
			users = users.sorted(Comparator.comparing(User::getUsername));
		}
		return Pages.page(users, page, perPage);
	}

	// Read-only views: a team or channel nobody joined reads as having no members.
	private Map<String, TeamMember> teamMembersOf(String teamId) {
		return this.teamMembers.getOrDefault(teamId, Map.of());
	}

	private Map<String, ChannelMember> channelMembersOf(String channelId) {
		return this.channelMembers.getOrDefault(channelId, Map.of());
	}

	void forgetMemberships(String userId) {
		this.teamMembers.values().forEach(m -> m.remove(userId));
		this.channelMembers.values().forEach(m -> m.remove(userId));
	}

	/**
	 * Captures the teams, channels and memberships.
	 * @return restores the captured state each time it runs
	 */
	Runnable checkpoint() {
		Map<String, Team> teams = new LinkedHashMap<>(this.teams);
		Map<String, Channel> channels = new LinkedHashMap<>(this.channels);
		Map<String, Map<String, TeamMember>> teamMembers = Checkpoints.copyNested(this.teamMembers);
		Map<String, Map<String, ChannelMember>> channelMembers = Checkpoints.copyNested(this.channelMembers);
		return () -> {
			Checkpoints.replace(this.teams, teams);
			Checkpoints.replace(this.channels, channels);
			Checkpoints.replace(this.teamMembers, Checkpoints.copyNested(teamMembers));
			Checkpoints.replace(this.channelMembers, Checkpoints.copyNested(channelMembers));
		};
	}

}
