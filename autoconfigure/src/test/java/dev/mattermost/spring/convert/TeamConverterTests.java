package dev.mattermost.spring.convert;

import org.junit.jupiter.api.Test;

import dev.mattermost.spring.model.Team;
import dev.mattermost.spring.model.TeamMember;
import dev.mattermost.spring.model.TeamUnread;
import dev.mattermost.spring.protocol.v1.TeamType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link TeamConverter}.
 */
class TeamConverterTests {

	@Test
	void roundTripsTeamWithEveryFieldSet() {
		var proto = ProtoFixtures.team();
		assertThat(proto.getAllFields()).hasSameSizeAs(proto.getDescriptorForType().getFields());
		assertThat(TeamConverter.toProto(TeamConverter.toModel(proto))).isEqualTo(proto);
	}

	@Test
	void roundTripsTeamWithNothingSet() {
		var empty = dev.mattermost.spring.protocol.v1.Team.getDefaultInstance();
		Team model = TeamConverter.toModel(empty);
		assertThat(model.id()).isEmpty();
		assertThat(model.displayName()).isEmpty();
		assertThat(model.name()).isEmpty();
		assertThat(model.description()).isEmpty();
		assertThat(model.email()).isEmpty();
		assertThat(model.type()).isEmpty();
		assertThat(model.companyName()).isEmpty();
		assertThat(model.allowedDomains()).isEmpty();
		assertThat(model.inviteId()).isEmpty();
		assertThat(model.schemeId()).isNull();
		assertThat(model.groupConstrained()).isNull();
		assertThat(model.policyId()).isNull();
		assertThat(TeamConverter.toProto(model)).isEqualTo(empty);
	}

	@Test
	void convertsNullTeamToDefaultInstance() {
		assertThat(TeamConverter.toProto((Team) null))
			.isEqualTo(dev.mattermost.spring.protocol.v1.Team.getDefaultInstance());
	}

	@Test
	void roundTripsTeamMemberWithEveryFieldSet() {
		var proto = ProtoFixtures.teamMember();
		assertThat(proto.getAllFields()).hasSameSizeAs(proto.getDescriptorForType().getFields());
		assertThat(TeamConverter.toProto(TeamConverter.toModel(proto))).isEqualTo(proto);
	}

	@Test
	void roundTripsTeamMemberWithNothingSet() {
		var empty = dev.mattermost.spring.protocol.v1.TeamMember.getDefaultInstance();
		TeamMember model = TeamConverter.toModel(empty);
		assertThat(model.teamId()).isEmpty();
		assertThat(model.userId()).isEmpty();
		assertThat(model.roles()).isEmpty();
		assertThat(TeamConverter.toProto(model)).isEqualTo(empty);
	}

	@Test
	void convertsNullTeamMemberToDefaultInstance() {
		assertThat(TeamConverter.toProto((TeamMember) null))
			.isEqualTo(dev.mattermost.spring.protocol.v1.TeamMember.getDefaultInstance());
	}

	@Test
	void roundTripsTeamUnreadWithEveryFieldSet() {
		var proto = ProtoFixtures.teamUnread();
		assertThat(proto.getAllFields()).hasSameSizeAs(proto.getDescriptorForType().getFields());
		assertThat(TeamConverter.toProto(TeamConverter.toModel(proto))).isEqualTo(proto);
	}

	@Test
	void roundTripsTeamUnreadWithNothingSet() {
		var empty = dev.mattermost.spring.protocol.v1.TeamUnread.getDefaultInstance();
		TeamUnread model = TeamConverter.toModel(empty);
		assertThat(model.teamId()).isEmpty();
		assertThat(TeamConverter.toProto(model)).isEqualTo(empty);
	}

	@Test
	void convertsNullTeamUnreadToDefaultInstance() {
		assertThat(TeamConverter.toProto((TeamUnread) null))
			.isEqualTo(dev.mattermost.spring.protocol.v1.TeamUnread.getDefaultInstance());
	}

	@Test
	void mapsTeamTypesToMattermostLettersAndBack() {
		assertThat(TeamConverter.toModel(TeamType.TEAM_TYPE_OPEN)).isEqualTo(Team.OPEN).isEqualTo("O");
		assertThat(TeamConverter.toModel(TeamType.TEAM_TYPE_INVITE)).isEqualTo(Team.INVITE).isEqualTo("I");
		assertThat(TeamConverter.toTeamType("O")).isEqualTo(TeamType.TEAM_TYPE_OPEN);
		assertThat(TeamConverter.toTeamType("I")).isEqualTo(TeamType.TEAM_TYPE_INVITE);
	}

	@Test
	void mapsUnknownTeamTypeLettersToUnspecified() {
		assertThat(TeamConverter.toTeamType("X")).isEqualTo(TeamType.TEAM_TYPE_UNSPECIFIED);
		assertThat(TeamConverter.toTeamType("o")).isEqualTo(TeamType.TEAM_TYPE_UNSPECIFIED);
		assertThat(TeamConverter.toTeamType("")).isEqualTo(TeamType.TEAM_TYPE_UNSPECIFIED);
		assertThat(TeamConverter.toTeamType(null)).isEqualTo(TeamType.TEAM_TYPE_UNSPECIFIED);
	}

	@Test
	void readsTeamTypeFromNewerServerAsEmptyLetter() {
		var proto = dev.mattermost.spring.protocol.v1.Team.newBuilder().setTypeValue(42).build();
		assertThat(TeamConverter.toModel(proto).type()).isEmpty();
	}

}
