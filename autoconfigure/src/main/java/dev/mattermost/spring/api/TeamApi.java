package dev.mattermost.spring.api;

import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

import dev.mattermost.spring.model.Team;
import dev.mattermost.spring.model.TeamMember;
import dev.mattermost.spring.model.TeamMemberWithError;
import dev.mattermost.spring.model.TeamStats;
import dev.mattermost.spring.model.TeamUnread;

/**
 * Reads and changes Mattermost teams, their memberships and icons.
 */
public interface TeamApi {

	/**
	 * Creates a team ({@code CreateTeam}).
	 * @param team the team; at least name, display name and type
	 * @return the created team with its id
	 */
	Team create(Team team);

	/**
	 * Creates a team ({@code CreateTeam}).
	 * @param name the URL name, lower case, for example {@code engineering}
	 * @param displayName the name shown to users
	 * @param type {@link Team#OPEN} or {@link Team#INVITE}
	 * @return the created team with its id
	 */
	default Team create(String name, String displayName, String type) {
		return create(new Team(null, 0, 0, 0, displayName, name, null, null, type, null, null, null,
				Team.OPEN.equals(type), 0, null, null, null, false));
	}

	/**
	 * Deletes a team ({@code DeleteTeam}).
	 * @param teamId the team id
	 */
	void delete(String teamId);

	/**
	 * Lists all teams ({@code GetTeams}).
	 * @return the teams
	 */
	List<Team> list();

	/**
	 * Gets a team by id ({@code GetTeam}).
	 * @param teamId the team id
	 * @return the team
	 * @throws NotFoundException if there is no such team
	 */
	Team get(String teamId);

	/**
	 * Gets a team by name ({@code GetTeamByName}).
	 * @param name the team's URL name
	 * @return the team
	 * @throws NotFoundException if there is no such team
	 */
	Team getByName(String name);

	/**
	 * Gets a user's unread message and mention counts per team ({@code GetTeamsUnreadForUser}).
	 * @param userId the user id
	 * @return one entry per team of the user
	 */
	List<TeamUnread> getUnreadForUser(String userId);

	/**
	 * Updates a team ({@code UpdateTeam}).
	 * @param team the team with its id and the new values
	 * @return the updated team
	 */
	Team update(Team team);

	/**
	 * Searches teams by name and display name ({@code SearchTeams}).
	 * @param term what to look for
	 * @return the matching teams
	 */
	List<Team> search(String term);

	/**
	 * Lists the teams a user belongs to ({@code GetTeamsForUser}).
	 * @param userId the user id
	 * @return the teams
	 */
	List<Team> getForUser(String userId);

	/**
	 * Adds a user to a team ({@code CreateTeamMember}).
	 * @param teamId the team id
	 * @param userId the user id
	 * @return the membership
	 */
	TeamMember createMember(String teamId, String userId);

	/**
	 * Adds several users to a team, failing as a whole if one cannot be added ({@code CreateTeamMembers}).
	 * @param teamId the team id
	 * @param userIds the user ids
	 * @param requestorId the user on whose behalf they are added
	 * @return the memberships
	 */
	List<TeamMember> createMembers(String teamId, Collection<String> userIds, String requestorId);

	/**
	 * Adds several users to a team, reporting per user who could not be added ({@code CreateTeamMembersGracefully}).
	 * @param teamId the team id
	 * @param userIds the user ids
	 * @param requestorId the user on whose behalf they are added
	 * @return one outcome per user
	 */
	List<TeamMemberWithError> createMembersGracefully(String teamId, Collection<String> userIds, String requestorId);

	/**
	 * Removes a user from a team ({@code DeleteTeamMember}).
	 * @param teamId the team id
	 * @param userId the user id
	 * @param requestorId the user on whose behalf the user is removed
	 */
	void deleteMember(String teamId, String userId, String requestorId);

	/**
	 * Lists one page of a team's memberships ({@code GetTeamMembers}).
	 * @param teamId the team id
	 * @param page the zero-based page
	 * @param perPage the page size
	 * @return the memberships on that page
	 */
	List<TeamMember> getMembers(String teamId, int page, int perPage);

	/**
	 * Streams every membership of a team, fetching pages lazily ({@code GetTeamMembers}).
	 * @param teamId the team id
	 * @return a lazy stream of memberships
	 */
	default Stream<TeamMember> streamMembers(String teamId) {
		return Paging.stream(Paging.DEFAULT_PAGE_SIZE, (page, perPage) -> getMembers(teamId, page, perPage));
	}

	/**
	 * Gets one user's membership in a team ({@code GetTeamMember}).
	 * @param teamId the team id
	 * @param userId the user id
	 * @return the membership
	 * @throws NotFoundException if the user is not in the team
	 */
	TeamMember getMember(String teamId, String userId);

	/**
	 * Lists one page of a user's team memberships ({@code GetTeamMembersForUser}).
	 * @param userId the user id
	 * @param page the zero-based page
	 * @param perPage the page size
	 * @return the memberships on that page
	 */
	List<TeamMember> getMembersForUser(String userId, int page, int perPage);

	/**
	 * Replaces a user's roles in a team ({@code UpdateTeamMemberRoles}).
	 * @param teamId the team id
	 * @param userId the user id
	 * @param roles space-separated role names, for example {@code team_user team_admin}
	 * @return the updated membership
	 */
	TeamMember updateMemberRoles(String teamId, String userId, String roles);

	/**
	 * Gets a team's icon ({@code GetTeamIcon}).
	 * @param teamId the team id
	 * @return the image bytes
	 */
	byte[] getIcon(String teamId);

	/**
	 * Sets a team's icon ({@code SetTeamIcon}).
	 * @param teamId the team id
	 * @param image the image bytes
	 */
	void setIcon(String teamId, byte[] image);

	/**
	 * Removes a team's icon ({@code RemoveTeamIcon}).
	 * @param teamId the team id
	 */
	void removeIcon(String teamId);

	/**
	 * Gets a team's member counts ({@code GetTeamStats}).
	 * @param teamId the team id
	 * @return the statistics
	 */
	TeamStats getStats(String teamId);

}
