package dev.mattermost.spring.convert;

import dev.mattermost.spring.model.UserGetOptions;
import dev.mattermost.spring.model.UserSearch;
import dev.mattermost.spring.protocol.v1.GetUsersRequest;
import dev.mattermost.spring.protocol.v1.SearchUsersRequest;

/**
 * Converts user listing options and user searches to the requests that carry them.
 */
public final class UserQueryConverter {

	private UserQueryConverter() {
	}

	/**
	 * Converts listing options to a {@code GetUsers} request.
	 * @param options the options
	 * @return the request
	 */
	public static GetUsersRequest toProto(UserGetOptions options) {
		var builder = GetUsersRequest.newBuilder()
			.setInTeamId(options.inTeamId())
			.setNotInTeamId(options.notInTeamId())
			.setInChannelId(options.inChannelId())
			.setNotInChannelId(options.notInChannelId())
			.setInGroupId(options.inGroupId())
			.setNotInGroupId(options.notInGroupId())
			.setGroupConstrained(options.groupConstrained())
			.setWithoutTeam(options.withoutTeam())
			.setInactive(options.inactive())
			.setActive(options.active())
			.setRole(options.role())
			.addAllRoles(options.roles())
			.addAllChannelRoles(options.channelRoles())
			.addAllTeamRoles(options.teamRoles())
			.setSort(options.sort())
			.setPage(options.page())
			.setPerPage(options.perPage())
			.setUpdatedAfter(options.updatedAfter());
		if (options.viewRestrictions() != null) {
			builder.setViewRestrictions(UserConverter.toProto(options.viewRestrictions()));
		}
		return builder.build();
	}

	/**
	 * Converts a user search to a {@code SearchUsers} request.
	 * @param search the search
	 * @return the request
	 */
	public static SearchUsersRequest toProto(UserSearch search) {
		return SearchUsersRequest.newBuilder()
			.setTerm(search.term())
			.setTeamId(search.teamId())
			.setNotInTeamId(search.notInTeamId())
			.setInChannelId(search.inChannelId())
			.setNotInChannelId(search.notInChannelId())
			.setInGroupId(search.inGroupId())
			.setGroupConstrained(search.groupConstrained())
			.setAllowInactive(search.allowInactive())
			.setWithoutTeam(search.withoutTeam())
			.setLimit(search.limit())
			.setRole(search.role())
			.addAllRoles(search.roles())
			.addAllChannelRoles(search.channelRoles())
			.addAllTeamRoles(search.teamRoles())
			.setNotInGroupId(search.notInGroupId())
			.build();
	}

}
