package dev.mattermost.spring.api;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

import com.google.protobuf.ByteString;

import dev.mattermost.spring.convert.TeamConverter;
import dev.mattermost.spring.convert.TeamMembershipConverter;
import dev.mattermost.spring.model.Team;
import dev.mattermost.spring.model.TeamMember;
import dev.mattermost.spring.model.TeamMemberWithError;
import dev.mattermost.spring.model.TeamStats;
import dev.mattermost.spring.model.TeamUnread;
import dev.mattermost.spring.protocol.v1.CreateTeamMemberRequest;
import dev.mattermost.spring.protocol.v1.CreateTeamMembersGracefullyRequest;
import dev.mattermost.spring.protocol.v1.CreateTeamMembersRequest;
import dev.mattermost.spring.protocol.v1.CreateTeamRequest;
import dev.mattermost.spring.protocol.v1.DeleteTeamMemberRequest;
import dev.mattermost.spring.protocol.v1.DeleteTeamRequest;
import dev.mattermost.spring.protocol.v1.GetTeamByNameRequest;
import dev.mattermost.spring.protocol.v1.GetTeamIconRequest;
import dev.mattermost.spring.protocol.v1.GetTeamMemberRequest;
import dev.mattermost.spring.protocol.v1.GetTeamMembersForUserRequest;
import dev.mattermost.spring.protocol.v1.GetTeamMembersRequest;
import dev.mattermost.spring.protocol.v1.GetTeamRequest;
import dev.mattermost.spring.protocol.v1.GetTeamStatsRequest;
import dev.mattermost.spring.protocol.v1.GetTeamsForUserRequest;
import dev.mattermost.spring.protocol.v1.GetTeamsRequest;
import dev.mattermost.spring.protocol.v1.GetTeamsUnreadForUserRequest;
import dev.mattermost.spring.protocol.v1.RemoveTeamIconRequest;
import dev.mattermost.spring.protocol.v1.SearchTeamsRequest;
import dev.mattermost.spring.protocol.v1.SetTeamIconRequest;
import dev.mattermost.spring.protocol.v1.UpdateTeamMemberRolesRequest;
import dev.mattermost.spring.protocol.v1.UpdateTeamRequest;

/**
 * {@link TeamApi} over the PluginAPI gRPC service.
 */
public final class DefaultTeamApi implements TeamApi {

	private final PluginApiCaller caller;

	/**
	 * Creates the team API.
	 * @param caller performs the calls
	 */
	public DefaultTeamApi(PluginApiCaller caller) {
		this.caller = Objects.requireNonNull(caller, "caller must not be null");
	}

	@Override
	public Team create(Team team) {
		var request = CreateTeamRequest.newBuilder().setTeam(TeamConverter.toProto(team)).build();
		var response = this.caller.call("CreateTeam", (stub) -> stub.createTeam(request));
		return TeamConverter.toModel(ResponseFields.require("CreateTeam", response.hasTeam(), response.getTeam()));
	}

	@Override
	public void delete(String teamId) {
		var request = DeleteTeamRequest.newBuilder().setTeamId(teamId).build();
		this.caller.call("DeleteTeam", (stub) -> stub.deleteTeam(request));
	}

	@Override
	public List<Team> list() {
		return teams(this.caller.call("GetTeams", (stub) -> stub.getTeams(GetTeamsRequest.getDefaultInstance()))
			.getTeamsList());
	}

	@Override
	public Team get(String teamId) {
		var request = GetTeamRequest.newBuilder().setTeamId(teamId).build();
		var response = this.caller.call("GetTeam", (stub) -> stub.getTeam(request));
		return TeamConverter.toModel(ResponseFields.found("GetTeam", response.hasTeam(), response.getTeam(), "team"));
	}

	@Override
	public Team getByName(String name) {
		var request = GetTeamByNameRequest.newBuilder().setName(name).build();
		var response = this.caller.call("GetTeamByName", (stub) -> stub.getTeamByName(request));
		return TeamConverter
			.toModel(ResponseFields.found("GetTeamByName", response.hasTeam(), response.getTeam(), "team"));
	}

	@Override
	public List<TeamUnread> getUnreadForUser(String userId) {
		var request = GetTeamsUnreadForUserRequest.newBuilder().setUserId(userId).build();
		return this.caller.call("GetTeamsUnreadForUser", (stub) -> stub.getTeamsUnreadForUser(request))
			.getTeamUnreadsList()
			.stream()
			.map(TeamConverter::toModel)
			.toList();
	}

	@Override
	public Team update(Team team) {
		var request = UpdateTeamRequest.newBuilder().setTeam(TeamConverter.toProto(team)).build();
		var response = this.caller.call("UpdateTeam", (stub) -> stub.updateTeam(request));
		return TeamConverter.toModel(ResponseFields.require("UpdateTeam", response.hasTeam(), response.getTeam()));
	}

	@Override
	public List<Team> search(String term) {
		var request = SearchTeamsRequest.newBuilder().setTerm(term).build();
		return teams(this.caller.call("SearchTeams", (stub) -> stub.searchTeams(request)).getTeamsList());
	}

	@Override
	public List<Team> getForUser(String userId) {
		var request = GetTeamsForUserRequest.newBuilder().setUserId(userId).build();
		return teams(this.caller.call("GetTeamsForUser", (stub) -> stub.getTeamsForUser(request)).getTeamsList());
	}

	@Override
	public TeamMember createMember(String teamId, String userId) {
		var request = CreateTeamMemberRequest.newBuilder().setTeamId(teamId).setUserId(userId).build();
		var response = this.caller.call("CreateTeamMember", (stub) -> stub.createTeamMember(request));
		return TeamConverter
			.toModel(ResponseFields.require("CreateTeamMember", response.hasTeamMember(), response.getTeamMember()));
	}

	@Override
	public List<TeamMember> createMembers(String teamId, Collection<String> userIds, String requestorId) {
		var request = CreateTeamMembersRequest.newBuilder()
			.setTeamId(teamId)
			.addAllUserIds(userIds)
			.setRequestorId(requestorId)
			.build();
		return members(
				this.caller.call("CreateTeamMembers", (stub) -> stub.createTeamMembers(request)).getTeamMembersList());
	}

	@Override
	public List<TeamMemberWithError> createMembersGracefully(String teamId, Collection<String> userIds,
			String requestorId) {
		var request = CreateTeamMembersGracefullyRequest.newBuilder()
			.setTeamId(teamId)
			.addAllUserIds(userIds)
			.setRequestorId(requestorId)
			.build();
		return this.caller.call("CreateTeamMembersGracefully", (stub) -> stub.createTeamMembersGracefully(request))
			.getTeamMembersList()
			.stream()
			.map(TeamMembershipConverter::toModel)
			.toList();
	}

	@Override
	public void deleteMember(String teamId, String userId, String requestorId) {
		var request = DeleteTeamMemberRequest.newBuilder()
			.setTeamId(teamId)
			.setUserId(userId)
			.setRequestorId(requestorId)
			.build();
		this.caller.call("DeleteTeamMember", (stub) -> stub.deleteTeamMember(request));
	}

	@Override
	public List<TeamMember> getMembers(String teamId, int page, int perPage) {
		var request = GetTeamMembersRequest.newBuilder().setTeamId(teamId).setPage(page).setPerPage(perPage).build();
		return members(this.caller.call("GetTeamMembers", (stub) -> stub.getTeamMembers(request)).getTeamMembersList());
	}

	@Override
	public TeamMember getMember(String teamId, String userId) {
		var request = GetTeamMemberRequest.newBuilder().setTeamId(teamId).setUserId(userId).build();
		var response = this.caller.call("GetTeamMember", (stub) -> stub.getTeamMember(request));
		return TeamConverter.toModel(
				ResponseFields.found("GetTeamMember", response.hasTeamMember(), response.getTeamMember(), "member"));
	}

	@Override
	public List<TeamMember> getMembersForUser(String userId, int page, int perPage) {
		var request = GetTeamMembersForUserRequest.newBuilder()
			.setUserId(userId)
			.setPage(page)
			.setPerPage(perPage)
			.build();
		return members(this.caller.call("GetTeamMembersForUser", (stub) -> stub.getTeamMembersForUser(request))
			.getTeamMembersList());
	}

	@Override
	public TeamMember updateMemberRoles(String teamId, String userId, String roles) {
		var request = UpdateTeamMemberRolesRequest.newBuilder()
			.setTeamId(teamId)
			.setUserId(userId)
			.setNewRoles(roles)
			.build();
		var response = this.caller.call("UpdateTeamMemberRoles", (stub) -> stub.updateTeamMemberRoles(request));
		return TeamConverter.toModel(
				ResponseFields.require("UpdateTeamMemberRoles", response.hasTeamMember(), response.getTeamMember()));
	}

	@Override
	public byte[] getIcon(String teamId) {
		var request = GetTeamIconRequest.newBuilder().setTeamId(teamId).build();
		return this.caller.call("GetTeamIcon", (stub) -> stub.getTeamIcon(request)).getIcon().toByteArray();
	}

	@Override
	public void setIcon(String teamId, byte[] image) {
		var request = SetTeamIconRequest.newBuilder().setTeamId(teamId).setData(ByteString.copyFrom(image)).build();
		this.caller.call("SetTeamIcon", (stub) -> stub.setTeamIcon(request));
	}

	@Override
	public void removeIcon(String teamId) {
		var request = RemoveTeamIconRequest.newBuilder().setTeamId(teamId).build();
		this.caller.call("RemoveTeamIcon", (stub) -> stub.removeTeamIcon(request));
	}

	@Override
	public TeamStats getStats(String teamId) {
		var request = GetTeamStatsRequest.newBuilder().setTeamId(teamId).build();
		var response = this.caller.call("GetTeamStats", (stub) -> stub.getTeamStats(request));
		return TeamMembershipConverter.toModel(
				ResponseFields.found("GetTeamStats", response.hasTeamStats(), response.getTeamStats(), "statistics"));
	}

	private static List<Team> teams(List<dev.mattermost.spring.protocol.v1.Team> teams) {
		return teams.stream().map(TeamConverter::toModel).toList();
	}

	private static List<TeamMember> members(List<dev.mattermost.spring.protocol.v1.TeamMember> members) {
		return members.stream().map(TeamConverter::toModel).toList();
	}

}
