package dev.mattermost.spring.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A user search: the term matched against usernames, names, nicknames and emails, plus optional filters; empty text
 * and {@code false} mean "no filter". Build it with {@link #builder(String)}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record UserSearch(
		@JsonProperty("term") String term,
		@JsonProperty("team_id") String teamId,
		@JsonProperty("not_in_team_id") String notInTeamId,
		@JsonProperty("in_channel_id") String inChannelId,
		@JsonProperty("not_in_channel_id") String notInChannelId,
		@JsonProperty("in_group_id") String inGroupId,
		@JsonProperty("group_constrained") boolean groupConstrained,
		@JsonProperty("allow_inactive") boolean allowInactive,
		@JsonProperty("without_team") boolean withoutTeam,
		@JsonProperty("limit") int limit,
		@JsonProperty("role") String role,
		@JsonProperty("roles") List<String> roles,
		@JsonProperty("channel_roles") List<String> channelRoles,
		@JsonProperty("team_roles") List<String> teamRoles,
		@JsonProperty("not_in_group_id") String notInGroupId) {

	public UserSearch {
		term = Defaults.text(term);
		teamId = Defaults.text(teamId);
		notInTeamId = Defaults.text(notInTeamId);
		inChannelId = Defaults.text(inChannelId);
		notInChannelId = Defaults.text(notInChannelId);
		inGroupId = Defaults.text(inGroupId);
		role = Defaults.text(role);
		roles = Defaults.list(roles);
		channelRoles = Defaults.list(channelRoles);
		teamRoles = Defaults.list(teamRoles);
		notInGroupId = Defaults.text(notInGroupId);
	}

	/**
	 * Starts building a search for a term; without further calls it returns up to 100 active users.
	 * @param term what to look for
	 * @return a new builder
	 */
	public static Builder builder(String term) {
		return new Builder(term);
	}

	/**
	 * Builds {@link UserSearch}.
	 */
	public static final class Builder {

		private final String term;

		private String teamId = "";

		private String notInTeamId = "";

		private String inChannelId = "";

		private String notInChannelId = "";

		private String inGroupId = "";

		private String notInGroupId = "";

		private boolean groupConstrained;

		private boolean allowInactive;

		private boolean withoutTeam;

		private int limit = 100;

		private String role = "";

		private List<String> roles = List.of();

		private List<String> channelRoles = List.of();

		private List<String> teamRoles = List.of();

		private Builder(String term) {
			this.term = term;
		}

		/**
		 * Only users in this team.
		 * @param teamId the team id
		 * @return this builder
		 */
		public Builder inTeam(String teamId) {
			this.teamId = teamId;
			return this;
		}

		/**
		 * Only users not in this team.
		 * @param teamId the team id
		 * @return this builder
		 */
		public Builder notInTeam(String teamId) {
			this.notInTeamId = teamId;
			return this;
		}

		/**
		 * Only users in this channel.
		 * @param channelId the channel id
		 * @return this builder
		 */
		public Builder inChannel(String channelId) {
			this.inChannelId = channelId;
			return this;
		}

		/**
		 * Only users not in this channel.
		 * @param channelId the channel id
		 * @return this builder
		 */
		public Builder notInChannel(String channelId) {
			this.notInChannelId = channelId;
			return this;
		}

		/**
		 * Only users in this group.
		 * @param groupId the group id
		 * @return this builder
		 */
		public Builder inGroup(String groupId) {
			this.inGroupId = groupId;
			return this;
		}

		/**
		 * Only users not in this group.
		 * @param groupId the group id
		 * @return this builder
		 */
		public Builder notInGroup(String groupId) {
			this.notInGroupId = groupId;
			return this;
		}

		/**
		 * Only users allowed by the group constraints of the team or channel filtered on.
		 * @param groupConstrained whether to apply group constraints
		 * @return this builder
		 */
		public Builder groupConstrained(boolean groupConstrained) {
			this.groupConstrained = groupConstrained;
			return this;
		}

		/**
		 * Also return deactivated users.
		 * @param allowInactive whether deactivated users match
		 * @return this builder
		 */
		public Builder allowInactive(boolean allowInactive) {
			this.allowInactive = allowInactive;
			return this;
		}

		/**
		 * Only users in no team.
		 * @param withoutTeam whether to return only users without a team
		 * @return this builder
		 */
		public Builder withoutTeam(boolean withoutTeam) {
			this.withoutTeam = withoutTeam;
			return this;
		}

		/**
		 * Returns at most this many users.
		 * @param limit the maximum number of users
		 * @return this builder
		 */
		public Builder limit(int limit) {
			this.limit = limit;
			return this;
		}

		/**
		 * Only users with this system role.
		 * @param role the role name
		 * @return this builder
		 */
		public Builder role(String role) {
			this.role = role;
			return this;
		}

		/**
		 * Only users with one of these system roles.
		 * @param roles the role names
		 * @return this builder
		 */
		public Builder roles(List<String> roles) {
			this.roles = roles;
			return this;
		}

		/**
		 * Only users with one of these roles in the channel filtered on.
		 * @param channelRoles the channel role names
		 * @return this builder
		 */
		public Builder channelRoles(List<String> channelRoles) {
			this.channelRoles = channelRoles;
			return this;
		}

		/**
		 * Only users with one of these roles in the team filtered on.
		 * @param teamRoles the team role names
		 * @return this builder
		 */
		public Builder teamRoles(List<String> teamRoles) {
			this.teamRoles = teamRoles;
			return this;
		}

		/**
		 * Builds the search.
		 * @return the search
		 */
		public UserSearch build() {
			return new UserSearch(this.term, this.teamId, this.notInTeamId, this.inChannelId, this.notInChannelId,
					this.inGroupId, this.groupConstrained, this.allowInactive, this.withoutTeam, this.limit, this.role,
					this.roles, this.channelRoles, this.teamRoles, this.notInGroupId);
		}

	}

}
