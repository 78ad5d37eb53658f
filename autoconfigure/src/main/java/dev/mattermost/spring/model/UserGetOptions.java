package dev.mattermost.spring.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * Which users to list and which page of them: the filters of Mattermost's {@code GetUsers}; empty text and
 * {@code false} mean "no filter". Build it with {@link #builder()}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record UserGetOptions(
		@JsonProperty("in_team_id") String inTeamId,
		@JsonProperty("not_in_team_id") String notInTeamId,
		@JsonProperty("in_channel_id") String inChannelId,
		@JsonProperty("not_in_channel_id") String notInChannelId,
		@JsonProperty("in_group_id") String inGroupId,
		@JsonProperty("not_in_group_id") String notInGroupId,
		@JsonProperty("group_constrained") boolean groupConstrained,
		@JsonProperty("without_team") boolean withoutTeam,
		@JsonProperty("inactive") boolean inactive,
		@JsonProperty("active") boolean active,
		@JsonProperty("role") String role,
		@JsonProperty("roles") List<String> roles,
		@JsonProperty("channel_roles") List<String> channelRoles,
		@JsonProperty("team_roles") List<String> teamRoles,
		@JsonProperty("sort") String sort,
		@JsonProperty("page") int page,
		@JsonProperty("per_page") int perPage,
		@JsonProperty("updated_after") long updatedAfter,
		@JsonProperty("view_restrictions") @Nullable ViewUsersRestrictions viewRestrictions) {

	public UserGetOptions {
		inTeamId = Defaults.text(inTeamId);
		notInTeamId = Defaults.text(notInTeamId);
		inChannelId = Defaults.text(inChannelId);
		notInChannelId = Defaults.text(notInChannelId);
		inGroupId = Defaults.text(inGroupId);
		notInGroupId = Defaults.text(notInGroupId);
		role = Defaults.text(role);
		roles = Defaults.list(roles);
		channelRoles = Defaults.list(channelRoles);
		teamRoles = Defaults.list(teamRoles);
		sort = Defaults.text(sort);
	}

	/**
	 * Returns a copy asking for another page.
	 * @param page the zero-based page
	 * @param perPage the page size
	 * @return the options for that page
	 */
	public UserGetOptions withPage(int page, int perPage) {
		return new UserGetOptions(this.inTeamId, this.notInTeamId, this.inChannelId, this.notInChannelId,
				this.inGroupId, this.notInGroupId, this.groupConstrained, this.withoutTeam, this.inactive, this.active,
				this.role, this.roles, this.channelRoles, this.teamRoles, this.sort, page, perPage, this.updatedAfter,
				this.viewRestrictions);
	}

	/**
	 * Starts building options; without any call the first page of 60 users, unfiltered, is asked for.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Builds {@link UserGetOptions}.
	 */
	public static final class Builder {

		private String inTeamId = "";

		private String notInTeamId = "";

		private String inChannelId = "";

		private String notInChannelId = "";

		private String inGroupId = "";

		private String notInGroupId = "";

		private boolean groupConstrained;

		private boolean withoutTeam;

		private boolean inactive;

		private boolean active;

		private String role = "";

		private List<String> roles = List.of();

		private List<String> channelRoles = List.of();

		private List<String> teamRoles = List.of();

		private String sort = "";

		private int page;

		private int perPage = 60;

		private long updatedAfter;

		private @Nullable ViewUsersRestrictions viewRestrictions;

		private Builder() {
		}

		/**
		 * Only users in this team.
		 * @param teamId the team id
		 * @return this builder
		 */
		public Builder inTeam(String teamId) {
			this.inTeamId = teamId;
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
		 * Only users in no team.
		 * @param withoutTeam whether to list only users without a team
		 * @return this builder
		 */
		public Builder withoutTeam(boolean withoutTeam) {
			this.withoutTeam = withoutTeam;
			return this;
		}

		/**
		 * Only deactivated users.
		 * @param inactive whether to list only deactivated users
		 * @return this builder
		 */
		public Builder inactive(boolean inactive) {
			this.inactive = inactive;
			return this;
		}

		/**
		 * Only active users.
		 * @param active whether to list only active users
		 * @return this builder
		 */
		public Builder active(boolean active) {
			this.active = active;
			return this;
		}

		/**
		 * Only users with this system role.
		 * @param role the role name, for example {@code system_admin}
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
		 * Sorts the result, for example by {@code last_activity_at} or {@code create_at}.
		 * @param sort the sort key
		 * @return this builder
		 */
		public Builder sort(String sort) {
			this.sort = sort;
			return this;
		}

		/**
		 * Selects the page to return.
		 * @param page the zero-based page
		 * @param perPage the page size
		 * @return this builder
		 */
		public Builder page(int page, int perPage) {
			this.page = page;
			this.perPage = perPage;
			return this;
		}

		/**
		 * Only users updated after this time.
		 * @param updatedAfter epoch milliseconds
		 * @return this builder
		 */
		public Builder updatedAfter(long updatedAfter) {
			this.updatedAfter = updatedAfter;
			return this;
		}

		/**
		 * Only users visible under these restrictions.
		 * @param viewRestrictions the restrictions
		 * @return this builder
		 */
		public Builder viewRestrictions(@Nullable ViewUsersRestrictions viewRestrictions) {
			this.viewRestrictions = viewRestrictions;
			return this;
		}

		/**
		 * Builds the options.
		 * @return the options
		 */
		public UserGetOptions build() {
			return new UserGetOptions(this.inTeamId, this.notInTeamId, this.inChannelId, this.notInChannelId,
					this.inGroupId, this.notInGroupId, this.groupConstrained, this.withoutTeam, this.inactive,
					this.active, this.role, this.roles, this.channelRoles, this.teamRoles, this.sort, this.page,
					this.perPage, this.updatedAfter, this.viewRestrictions);
		}

	}

}
