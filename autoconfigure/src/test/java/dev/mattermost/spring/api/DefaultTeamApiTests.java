package dev.mattermost.spring.api;

import java.util.List;

import com.google.protobuf.ByteString;
import io.grpc.Status.Code;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.mattermost.spring.model.Team;
import dev.mattermost.spring.model.TeamMember;
import dev.mattermost.spring.model.TeamMemberWithError;
import dev.mattermost.spring.model.TeamStats;
import dev.mattermost.spring.model.TeamUnread;
import dev.mattermost.spring.protocol.v1.CreateTeamMembersGracefullyRequest;
import dev.mattermost.spring.protocol.v1.CreateTeamMembersGracefullyResponse;
import dev.mattermost.spring.protocol.v1.CreateTeamRequest;
import dev.mattermost.spring.protocol.v1.CreateTeamResponse;
import dev.mattermost.spring.protocol.v1.DeleteTeamMemberRequest;
import dev.mattermost.spring.protocol.v1.GetTeamIconResponse;
import dev.mattermost.spring.protocol.v1.GetTeamMembersRequest;
import dev.mattermost.spring.protocol.v1.GetTeamMembersResponse;
import dev.mattermost.spring.protocol.v1.GetTeamResponse;
import dev.mattermost.spring.protocol.v1.GetTeamStatsResponse;
import dev.mattermost.spring.protocol.v1.GetTeamsUnreadForUserResponse;
import dev.mattermost.spring.protocol.v1.SetTeamIconRequest;
import dev.mattermost.spring.protocol.v1.TeamType;
import dev.mattermost.spring.protocol.v1.UpdateTeamMemberRolesRequest;
import dev.mattermost.spring.protocol.v1.UpdateTeamMemberRolesResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class DefaultTeamApiTests {

	@RegisterExtension
	final ApiTestServer server = new ApiTestServer();

	private TeamApi teams() {
		return new DefaultTeamApi(this.server.caller());
	}

	private static dev.mattermost.spring.protocol.v1.TeamMember member(String teamId, String userId) {
		return dev.mattermost.spring.protocol.v1.TeamMember.newBuilder()
			.setTeamId(teamId)
			.setUserId(userId)
			.setRoles("team_user")
			.build();
	}

	@Test
	void getMapsTeamIncludingTypeAndOptionals() {
		this.server.respond("GetTeam", GetTeamResponse.newBuilder()
			.setTeam(dev.mattermost.spring.protocol.v1.Team.newBuilder()
				.setId("t1")
				.setName("eng")
				.setDisplayName("Engineering")
				.setType(TeamType.TEAM_TYPE_INVITE)
				.setGroupConstrained(true))
			.build());
		Team team = teams().get("t1");
		assertThat(team.name()).isEqualTo("eng");
		assertThat(team.type()).isEqualTo(Team.INVITE);
		assertThat(team.groupConstrained()).isTrue();
		assertThat(team.schemeId()).isNull();
	}

	@Test
	void createSendsTeam() {
		this.server.respond("CreateTeam", (CreateTeamRequest request) -> CreateTeamResponse.newBuilder()
			.setTeam(request.getTeam().toBuilder().setId("t9"))
			.build());
		Team draft = new Team(null, 0, 0, 0, "Engineering", "eng", null, null, Team.OPEN, null, null, null, true, 0,
				null, null, null, false);
		assertThat(teams().create(draft).id()).isEqualTo("t9");
		var sent = this.server.request("CreateTeam", CreateTeamRequest.class).getTeam();
		assertThat(sent.getName()).isEqualTo("eng");
		assertThat(sent.getType()).isEqualTo(TeamType.TEAM_TYPE_OPEN);
		assertThat(sent.getAllowOpenInvite()).isTrue();
		assertThat(sent.hasGroupConstrained()).isFalse();
	}

	@Test
	void createByNameSendsInviteOnlyTeamWithoutOpenInvite() {
		this.server.respond("CreateTeam", (CreateTeamRequest request) -> CreateTeamResponse.newBuilder()
			.setTeam(request.getTeam().toBuilder().setId("t9"))
			.build());
		teams().create("eng", "Engineering", Team.INVITE);
		assertThat(this.server.request("CreateTeam", CreateTeamRequest.class).getTeam())
			.isEqualTo(dev.mattermost.spring.protocol.v1.Team.newBuilder()
				.setName("eng")
				.setDisplayName("Engineering")
				.setType(TeamType.TEAM_TYPE_INVITE)
				.build());
	}

	@Test
	void getByNameThrowsNotFound() {
		this.server.fail("GetTeamByName",
				ApiTestServer.statusError(Code.NOT_FOUND, "app.team.get_by_name.missing.app_error", "No team."));
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> teams().getByName("nope"));
	}

	@Test
	void listReturnsEmptyListWhenServerHasNoTeams() {
		assertThat(teams().list()).isEmpty();
		assertThat(teams().search("x")).isEmpty();
		assertThat(teams().getForUser("u1")).isEmpty();
	}

	@Test
	void getUnreadForUserMapsCounts() {
		this.server.respond("GetTeamsUnreadForUser", GetTeamsUnreadForUserResponse.newBuilder()
			.addTeamUnreads(dev.mattermost.spring.protocol.v1.TeamUnread.newBuilder()
				.setTeamId("t1")
				.setMsgCount(4)
				.setMentionCount(2)
				.setMentionCountRoot(1)
				.setMsgCountRoot(3)
				.setThreadCount(5)
				.setThreadMentionCount(6))
			.build());
		assertThat(teams().getUnreadForUser("u1")).containsExactly(new TeamUnread("t1", 4, 2, 1, 3, 5, 6));
	}

	@Test
	void createMembersGracefullyReportsPerUserOutcome() {
		this.server.respond("CreateTeamMembersGracefully", CreateTeamMembersGracefullyResponse.newBuilder()
			.addTeamMembers(dev.mattermost.spring.protocol.v1.TeamMemberWithError.newBuilder()
				.setUserId("u1")
				.setMember(member("t1", "u1")))
			.addTeamMembers(dev.mattermost.spring.protocol.v1.TeamMemberWithError.newBuilder()
				.setUserId("u2")
				.setError(ApiTestServer.appError("app.team.join_user_to_team.max_accounts.app_error", "Full", 400)))
			.build());
		List<TeamMemberWithError> outcome = teams().createMembersGracefully("t1", List.of("u1", "u2"), "admin");
		assertThat(outcome).hasSize(2);
		assertThat(outcome.get(0).added()).isTrue();
		assertThat(outcome.get(0).member().userId()).isEqualTo("u1");
		assertThat(outcome.get(1).added()).isFalse();
		assertThat(outcome.get(1).error().id()).isEqualTo("app.team.join_user_to_team.max_accounts.app_error");
		assertThat(outcome.get(1).error().statusCode()).isEqualTo(400);
		assertThat(this.server.request("CreateTeamMembersGracefully", CreateTeamMembersGracefullyRequest.class))
			.isEqualTo(CreateTeamMembersGracefullyRequest.newBuilder()
				.setTeamId("t1")
				.addUserIds("u1")
				.addUserIds("u2")
				.setRequestorId("admin")
				.build());
	}

	@Test
	void deleteMemberSendsRequestor() {
		teams().deleteMember("t1", "u1", "admin");
		assertThat(this.server.request("DeleteTeamMember", DeleteTeamMemberRequest.class)).isEqualTo(
				DeleteTeamMemberRequest.newBuilder().setTeamId("t1").setUserId("u1").setRequestorId("admin").build());
	}

	@Test
	void streamMembersPagesUntilShortPage() {
		this.server.respond("GetTeamMembers", (GetTeamMembersRequest request) -> {
			var response = GetTeamMembersResponse.newBuilder();
			int count = (request.getPage() == 0) ? request.getPerPage() : 1;
			for (int i = 0; i < count; i++) {
				response.addTeamMembers(member(request.getTeamId(), "u" + request.getPage() + "-" + i));
			}
			return response.build();
		});
		assertThat(teams().streamMembers("t1").map(TeamMember::userId).toList()).hasSize(Paging.DEFAULT_PAGE_SIZE + 1)
			.endsWith("u1-0");
	}

	@Test
	void updateMemberRolesSendsRoles() {
		this.server.respond("UpdateTeamMemberRoles", UpdateTeamMemberRolesResponse.newBuilder()
			.setTeamMember(member("t1", "u1").toBuilder().setRoles("team_user team_admin").setSchemeAdmin(true))
			.build());
		TeamMember updated = teams().updateMemberRoles("t1", "u1", "team_user team_admin");
		assertThat(updated.schemeAdmin()).isTrue();
		assertThat(this.server.request("UpdateTeamMemberRoles", UpdateTeamMemberRolesRequest.class).getNewRoles())
			.isEqualTo("team_user team_admin");
	}

	@Test
	void iconRoundTripsBytes() {
		byte[] icon = { 1, 2, 3 };
		teams().setIcon("t1", icon);
		assertThat(this.server.request("SetTeamIcon", SetTeamIconRequest.class).getData().toByteArray())
			.isEqualTo(icon);
		this.server.respond("GetTeamIcon", GetTeamIconResponse.newBuilder().setIcon(ByteString.copyFrom(icon)).build());
		assertThat(teams().getIcon("t1")).isEqualTo(icon);
	}

	@Test
	void getStatsMapsCounts() {
		this.server.respond("GetTeamStats", GetTeamStatsResponse.newBuilder()
			.setTeamStats(dev.mattermost.spring.protocol.v1.TeamStats.newBuilder()
				.setTeamId("t1")
				.setTotalMemberCount(10)
				.setActiveMemberCount(8))
			.build());
		assertThat(teams().getStats("t1")).isEqualTo(new TeamStats("t1", 10, 8));
	}

	@Test
	void createMemberMapsConflictStatus() {
		this.server.fail("CreateTeamMember",
				ApiTestServer.statusError(Code.ALREADY_EXISTS, "app.team.join.exists.app_error", "Already a member."));
		assertThatExceptionOfType(ConflictException.class).isThrownBy(() -> teams().createMember("t1", "u1"));
	}

}
