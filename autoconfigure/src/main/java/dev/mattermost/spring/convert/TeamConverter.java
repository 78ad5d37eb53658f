package dev.mattermost.spring.convert;

import org.jspecify.annotations.Nullable;

import dev.mattermost.spring.model.Team;
import dev.mattermost.spring.model.TeamMember;
import dev.mattermost.spring.model.TeamUnread;
import dev.mattermost.spring.protocol.v1.TeamType;

/**
 * Converts teams, team members and team unread counts between their protobuf and model forms.
 */
public final class TeamConverter {

	private TeamConverter() {
	}

	/**
	 * Converts a protobuf team to its model form.
	 * @param team the protobuf team
	 * @return the model team
	 */
	public static Team toModel(dev.mattermost.spring.protocol.v1.Team team) {
		return new Team(
				team.getId(),
				team.getCreateAt(),
				team.getUpdateAt(),
				team.getDeleteAt(),
				team.getDisplayName(),
				team.getName(),
				team.getDescription(),
				team.getEmail(),
				toModel(team.getType()),
				team.getCompanyName(),
				team.getAllowedDomains(),
				team.getInviteId(),
				team.getAllowOpenInvite(),
				team.getLastTeamIconUpdate(),
				team.hasSchemeId() ? team.getSchemeId() : null,
				team.hasGroupConstrained() ? team.getGroupConstrained() : null,
				team.hasPolicyId() ? team.getPolicyId() : null,
				team.getCloudLimitsArchived());
	}

	/**
	 * Converts a model team to its protobuf form; {@code null} becomes the default instance.
	 * @param team the model team, may be {@code null}
	 * @return the protobuf team
	 */
	public static dev.mattermost.spring.protocol.v1.Team toProto(@Nullable Team team) {
		if (team == null) {
			return dev.mattermost.spring.protocol.v1.Team.getDefaultInstance();
		}
		var builder = dev.mattermost.spring.protocol.v1.Team.newBuilder()
			.setId(team.id())
			.setCreateAt(team.createAt())
			.setUpdateAt(team.updateAt())
			.setDeleteAt(team.deleteAt())
			.setDisplayName(team.displayName())
			.setName(team.name())
			.setDescription(team.description())
			.setEmail(team.email())
			.setType(toTeamType(team.type()))
			.setCompanyName(team.companyName())
			.setAllowedDomains(team.allowedDomains())
			.setInviteId(team.inviteId())
			.setAllowOpenInvite(team.allowOpenInvite())
			.setLastTeamIconUpdate(team.lastTeamIconUpdate())
			.setCloudLimitsArchived(team.cloudLimitsArchived());
		String schemeId = team.schemeId();
		if (schemeId != null) {
			builder.setSchemeId(schemeId);
		}
		Boolean groupConstrained = team.groupConstrained();
		if (groupConstrained != null) {
			builder.setGroupConstrained(groupConstrained);
		}
		String policyId = team.policyId();
		if (policyId != null) {
			builder.setPolicyId(policyId);
		}
		return builder.build();
	}

	/**
	 * Converts a protobuf team member to its model form.
	 * @param member the protobuf team member
	 * @return the model team member
	 */
	public static TeamMember toModel(dev.mattermost.spring.protocol.v1.TeamMember member) {
		return new TeamMember(
				member.getTeamId(),
				member.getUserId(),
				member.getRoles(),
				member.getDeleteAt(),
				member.getSchemeGuest(),
				member.getSchemeUser(),
				member.getSchemeAdmin(),
				member.getCreateAt());
	}

	/**
	 * Converts a model team member to its protobuf form; {@code null} becomes the default instance.
	 * @param member the model team member, may be {@code null}
	 * @return the protobuf team member
	 */
	public static dev.mattermost.spring.protocol.v1.TeamMember toProto(@Nullable TeamMember member) {
		if (member == null) {
			return dev.mattermost.spring.protocol.v1.TeamMember.getDefaultInstance();
		}
		return dev.mattermost.spring.protocol.v1.TeamMember.newBuilder()
			.setTeamId(member.teamId())
			.setUserId(member.userId())
			.setRoles(member.roles())
			.setDeleteAt(member.deleteAt())
			.setSchemeGuest(member.schemeGuest())
			.setSchemeUser(member.schemeUser())
			.setSchemeAdmin(member.schemeAdmin())
			.setCreateAt(member.createAt())
			.build();
	}

	/**
	 * Converts a protobuf team unread to its model form.
	 * @param unread the protobuf team unread
	 * @return the model team unread
	 */
	public static TeamUnread toModel(dev.mattermost.spring.protocol.v1.TeamUnread unread) {
		return new TeamUnread(
				unread.getTeamId(),
				unread.getMsgCount(),
				unread.getMentionCount(),
				unread.getMentionCountRoot(),
				unread.getMsgCountRoot(),
				unread.getThreadCount(),
				unread.getThreadMentionCount());
	}

	/**
	 * Converts a model team unread to its protobuf form; {@code null} becomes the default instance.
	 * @param unread the model team unread, may be {@code null}
	 * @return the protobuf team unread
	 */
	public static dev.mattermost.spring.protocol.v1.TeamUnread toProto(@Nullable TeamUnread unread) {
		if (unread == null) {
			return dev.mattermost.spring.protocol.v1.TeamUnread.getDefaultInstance();
		}
		return dev.mattermost.spring.protocol.v1.TeamUnread.newBuilder()
			.setTeamId(unread.teamId())
			.setMsgCount(unread.msgCount())
			.setMentionCount(unread.mentionCount())
			.setMentionCountRoot(unread.mentionCountRoot())
			.setMsgCountRoot(unread.msgCountRoot())
			.setThreadCount(unread.threadCount())
			.setThreadMentionCount(unread.threadMentionCount())
			.build();
	}

	/**
	 * Converts a protobuf team type to the letter Mattermost's REST API uses.
	 * @param type the protobuf team type
	 * @return {@code "O"}, {@code "I"}, or {@code ""} when unspecified
	 */
	public static String toModel(TeamType type) {
		return switch (type) {
			case TEAM_TYPE_OPEN -> Team.OPEN;
			case TEAM_TYPE_INVITE -> Team.INVITE;
			default -> "";
		};
	}

	/**
	 * Converts a team type letter to its protobuf form; letters the protocol does not know become unspecified.
	 * @param type the team type letter, may be {@code null}
	 * @return the protobuf team type
	 */
	public static TeamType toTeamType(@Nullable String type) {
		if (type == null) {
			return TeamType.TEAM_TYPE_UNSPECIFIED;
		}
		return switch (type) {
			case Team.OPEN -> TeamType.TEAM_TYPE_OPEN;
			case Team.INVITE -> TeamType.TEAM_TYPE_INVITE;
			default -> TeamType.TEAM_TYPE_UNSPECIFIED;
		};
	}

}
