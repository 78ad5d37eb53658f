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
	public static final class Builder extends UserFilterBuilder<Builder> {

		private boolean inactive;

		private boolean active;

		private String sort = "";

		private int page;

		private int perPage = 60;

		private long updatedAfter;

		private @Nullable ViewUsersRestrictions viewRestrictions;

		private Builder() {
		}

		@Override
		Builder self() {
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
