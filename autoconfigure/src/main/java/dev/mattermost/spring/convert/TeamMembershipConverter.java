package dev.mattermost.spring.convert;

import org.jspecify.annotations.Nullable;

import dev.mattermost.spring.model.TeamMemberWithError;
import dev.mattermost.spring.model.TeamStats;

/**
 * Converts team statistics and batch membership outcomes between their protobuf and model forms.
 */
public final class TeamMembershipConverter {

	private TeamMembershipConverter() {
	}

	/**
	 * Converts protobuf team statistics to their model form.
	 * @param stats the protobuf statistics
	 * @return the model statistics
	 */
	public static TeamStats toModel(dev.mattermost.spring.protocol.v1.TeamStats stats) {
		return new TeamStats(stats.getTeamId(), stats.getTotalMemberCount(), stats.getActiveMemberCount());
	}

	/**
	 * Converts model team statistics to their protobuf form; {@code null} becomes the default instance.
	 * @param stats the model statistics, may be {@code null}
	 * @return the protobuf statistics
	 */
	public static dev.mattermost.spring.protocol.v1.TeamStats toProto(@Nullable TeamStats stats) {
		if (stats == null) {
			return dev.mattermost.spring.protocol.v1.TeamStats.getDefaultInstance();
		}
		return dev.mattermost.spring.protocol.v1.TeamStats.newBuilder()
			.setTeamId(stats.teamId())
			.setTotalMemberCount(stats.totalMemberCount())
			.setActiveMemberCount(stats.activeMemberCount())
			.build();
	}

	/**
	 * Converts a protobuf batch membership outcome to its model form; an error without id counts as no error.
	 * @param result the protobuf outcome
	 * @return the model outcome
	 */
	public static TeamMemberWithError toModel(dev.mattermost.spring.protocol.v1.TeamMemberWithError result) {
		boolean failed = result.hasError() && !result.getError().getId().isEmpty();
		return new TeamMemberWithError(result.getUserId(),
				result.hasMember() ? TeamConverter.toModel(result.getMember()) : null,
				failed ? AppErrorConverter.toModel(result.getError()) : null);
	}

	/**
	 * Converts a model batch membership outcome to its protobuf form; {@code null} becomes the default instance.
	 * @param result the model outcome, may be {@code null}
	 * @return the protobuf outcome
	 */
	public static dev.mattermost.spring.protocol.v1.TeamMemberWithError toProto(@Nullable TeamMemberWithError result) {
		if (result == null) {
			return dev.mattermost.spring.protocol.v1.TeamMemberWithError.getDefaultInstance();
		}
		var builder = dev.mattermost.spring.protocol.v1.TeamMemberWithError.newBuilder().setUserId(result.userId());
		if (result.member() != null) {
			builder.setMember(TeamConverter.toProto(result.member()));
		}
		if (result.error() != null) {
			builder.setError(AppErrorConverter.toProto(result.error()));
		}
		return builder.build();
	}

}
