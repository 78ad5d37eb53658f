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
	public static final class Builder extends UserFilterBuilder<Builder> {

		private final String term;

		private boolean allowInactive;

		private int limit = 100;

		private Builder(String term) {
			this.term = term;
		}

		@Override
		Builder self() {
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
		 * Returns at most this many users.
		 * @param limit the maximum number of users
		 * @return this builder
		 */
		public Builder limit(int limit) {
			this.limit = limit;
			return this;
		}

		/**
		 * Builds the search.
		 * @return the search
		 */
		public UserSearch build() {
			return new UserSearch(this.term, this.inTeamId, this.notInTeamId, this.inChannelId, this.notInChannelId,
					this.inGroupId, this.groupConstrained, this.allowInactive, this.withoutTeam, this.limit, this.role,
					this.roles, this.channelRoles, this.teamRoles, this.notInGroupId);
		}

	}

}
