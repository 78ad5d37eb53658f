package dev.mattermost.spring.model;

import java.util.List;

/**
 * The filters that listing users ({@link UserGetOptions}) and searching them ({@link UserSearch}) share, so both
 * builders offer them under the same names and with the same meaning.
 *
 * @param <B> the concrete builder, returned by every method so calls chain
 */
abstract class UserFilterBuilder<B extends UserFilterBuilder<B>> {

	String inTeamId = "";

	String notInTeamId = "";

	String inChannelId = "";

	String notInChannelId = "";

	String inGroupId = "";

	String notInGroupId = "";

	boolean groupConstrained;

	boolean withoutTeam;

	String role = "";

	List<String> roles = List.of();

	List<String> channelRoles = List.of();

	List<String> teamRoles = List.of();

	UserFilterBuilder() {
	}

	abstract B self();

	/**
	 * Only users in this team.
	 * @param teamId the team id
	 * @return this builder
	 */
	public B inTeam(String teamId) {
		this.inTeamId = teamId;
		return self();
	}

	/**
	 * Only users not in this team.
	 * @param teamId the team id
	 * @return this builder
	 */
	public B notInTeam(String teamId) {
		this.notInTeamId = teamId;
		return self();
	}

	/**
	 * Only users in this channel.
	 * @param channelId the channel id
	 * @return this builder
	 */
	public B inChannel(String channelId) {
		this.inChannelId = channelId;
		return self();
	}

	/**
	 * Only users not in this channel.
	 * @param channelId the channel id
	 * @return this builder
	 */
	public B notInChannel(String channelId) {
		this.notInChannelId = channelId;
		return self();
	}

	/**
	 * Only users in this group.
	 * @param groupId the group id
	 * @return this builder
	 */
	public B inGroup(String groupId) {
		this.inGroupId = groupId;
		return self();
	}

	/**
	 * Only users not in this group.
	 * @param groupId the group id
	 * @return this builder
	 */
	public B notInGroup(String groupId) {
		this.notInGroupId = groupId;
		return self();
	}

	/**
	 * Only users allowed by the group constraints of the team or channel filtered on.
	 * @param groupConstrained whether to apply group constraints
	 * @return this builder
	 */
	public B groupConstrained(boolean groupConstrained) {
		this.groupConstrained = groupConstrained;
		return self();
	}

	/**
	 * Only users in no team.
	 * @param withoutTeam whether to take only users without a team
	 * @return this builder
	 */
	public B withoutTeam(boolean withoutTeam) {
		this.withoutTeam = withoutTeam;
		return self();
	}

	/**
	 * Only users with this system role.
	 * @param role the role name, for example {@code system_admin}
	 * @return this builder
	 */
	public B role(String role) {
		this.role = role;
		return self();
	}

	/**
	 * Only users with one of these system roles.
	 * @param roles the role names
	 * @return this builder
	 */
	public B roles(List<String> roles) {
		this.roles = roles;
		return self();
	}

	/**
	 * Only users with one of these roles in the channel filtered on.
	 * @param channelRoles the channel role names
	 * @return this builder
	 */
	public B channelRoles(List<String> channelRoles) {
		this.channelRoles = channelRoles;
		return self();
	}

	/**
	 * Only users with one of these roles in the team filtered on.
	 * @param teamRoles the team role names
	 * @return this builder
	 */
	public B teamRoles(List<String> teamRoles) {
		this.teamRoles = teamRoles;
		return self();
	}

}
