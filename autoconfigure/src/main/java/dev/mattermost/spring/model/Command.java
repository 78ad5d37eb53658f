package dev.mattermost.spring.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;

/**
 * A slash command definition: its trigger, autocomplete entry and who serves it.
 *
 * @param id the command id, empty when registering or creating a command
 * @param token the token Mattermost sends to an outgoing command's URL
 * @param createAt when the command was created, epoch millis
 * @param updateAt when the command was last changed, epoch millis
 * @param deleteAt when the command was deleted, epoch millis, {@code 0} when it was not
 * @param creatorId the user who created the command, empty for plugin commands
 * @param teamId the team the command belongs to, empty for every team
 * @param trigger the word after the slash, without the slash
 * @param method {@code P} (POST) or {@code G} (GET) for commands served by an outside URL
 * @param username the username the response is posted as
 * @param iconUrl the icon the response is posted with
 * @param autoComplete whether the command is offered in the autocomplete list
 * @param autoCompleteDesc the description shown in the autocomplete list
 * @param autoCompleteHint the argument hint shown in the autocomplete list
 * @param displayName the name shown in the integrations list
 * @param description what the command does
 * @param url the URL an outside command is sent to
 * @param pluginId the plugin that registered the command, empty for other commands
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Command(
		@JsonProperty("id") String id,
		@JsonProperty("token") String token,
		@JsonProperty("create_at") @JsonSetter(nulls = Nulls.AS_EMPTY) long createAt,
		@JsonProperty("update_at") @JsonSetter(nulls = Nulls.AS_EMPTY) long updateAt,
		@JsonProperty("delete_at") @JsonSetter(nulls = Nulls.AS_EMPTY) long deleteAt,
		@JsonProperty("creator_id") String creatorId,
		@JsonProperty("team_id") String teamId,
		@JsonProperty("trigger") String trigger,
		@JsonProperty("method") String method,
		@JsonProperty("username") String username,
		@JsonProperty("icon_url") String iconUrl,
		@JsonProperty("auto_complete") @JsonSetter(nulls = Nulls.AS_EMPTY) boolean autoComplete,
		@JsonProperty("auto_complete_desc") String autoCompleteDesc,
		@JsonProperty("auto_complete_hint") String autoCompleteHint,
		@JsonProperty("display_name") String displayName,
		@JsonProperty("description") String description,
		@JsonProperty("url") String url,
		@JsonProperty("plugin_id") String pluginId) {

	public Command {
		id = Defaults.text(id);
		token = Defaults.text(token);
		creatorId = Defaults.text(creatorId);
		teamId = Defaults.text(teamId);
		trigger = Defaults.text(trigger);
		method = Defaults.text(method);
		username = Defaults.text(username);
		iconUrl = Defaults.text(iconUrl);
		autoCompleteDesc = Defaults.text(autoCompleteDesc);
		autoCompleteHint = Defaults.text(autoCompleteHint);
		displayName = Defaults.text(displayName);
		description = Defaults.text(description);
		url = Defaults.text(url);
		pluginId = Defaults.text(pluginId);
	}

	/**
	 * Starts describing a command triggered by {@code /trigger}.
	 * @param trigger the word after the slash, without the slash
	 * @return a builder for the command
	 */
	public static Builder builder(String trigger) {
		return new Builder(trigger);
	}

	/**
	 * Returns a builder holding this command's values, to derive a changed command.
	 * @return a builder for a copy of this command
	 */
	public Builder toBuilder() {
		Builder builder = new Builder(this.trigger);
		builder.id = this.id;
		builder.token = this.token;
		builder.createAt = this.createAt;
		builder.updateAt = this.updateAt;
		builder.deleteAt = this.deleteAt;
		builder.creatorId = this.creatorId;
		builder.teamId = this.teamId;
		builder.method = this.method;
		builder.username = this.username;
		builder.iconUrl = this.iconUrl;
		builder.autoComplete = this.autoComplete;
		builder.autoCompleteDesc = this.autoCompleteDesc;
		builder.autoCompleteHint = this.autoCompleteHint;
		builder.displayName = this.displayName;
		builder.description = this.description;
		builder.url = this.url;
		builder.pluginId = this.pluginId;
		return builder;
	}

	/**
	 * Builds a {@link Command}; fields not set stay empty, as the server expects for a new command.
	 */
	public static final class Builder {

		private String id = "";

		private String token = "";

		private long createAt;

		private long updateAt;

		private long deleteAt;

		private String creatorId = "";

		private String teamId = "";

		private String trigger;

		private String method = "";

		private String username = "";

		private String iconUrl = "";

		private boolean autoComplete;

		private String autoCompleteDesc = "";

		private String autoCompleteHint = "";

		private String displayName = "";

		private String description = "";

		private String url = "";

		private String pluginId = "";

		private Builder(String trigger) {
			this.trigger = trigger;
		}

		/**
		 * Sets the word after the slash.
		 * @param trigger the trigger, without the slash
		 * @return this builder
		 */
		public Builder trigger(String trigger) {
			this.trigger = trigger;
			return this;
		}

		/**
		 * Limits the command to one team.
		 * @param teamId the team
		 * @return this builder
		 */
		public Builder teamId(String teamId) {
			this.teamId = teamId;
			return this;
		}

		/**
		 * Offers the command in the autocomplete list.
		 * @param description the description shown in the list
		 * @param hint the argument hint shown in the list, such as {@code [city]}
		 * @return this builder
		 */
		public Builder autoComplete(String description, String hint) {
			this.autoComplete = true;
			this.autoCompleteDesc = description;
			this.autoCompleteHint = hint;
			return this;
		}

		/**
		 * Sets the name shown in the integrations list.
		 * @param displayName the display name
		 * @return this builder
		 */
		public Builder displayName(String displayName) {
			this.displayName = displayName;
			return this;
		}

		/**
		 * Sets what the command does.
		 * @param description the description
		 * @return this builder
		 */
		public Builder description(String description) {
			this.description = description;
			return this;
		}

		/**
		 * Sets the username and icon the response is posted with.
		 * @param username the username
		 * @param iconUrl the icon URL, empty for the default
		 * @return this builder
		 */
		public Builder postAs(String username, String iconUrl) {
			this.username = username;
			this.iconUrl = iconUrl;
			return this;
		}

		/**
		 * Sends the command to an outside URL instead of a plugin, as custom commands created with
		 * {@code commands().create(...)} do.
		 * @param method {@code P} for POST or {@code G} for GET
		 * @param url the URL the command is sent to
		 * @return this builder
		 */
		public Builder url(String method, String url) {
			this.method = method;
			this.url = url;
			return this;
		}

		/**
		 * Creates the command.
		 * @return the command
		 */
		public Command build() {
			return new Command(this.id, this.token, this.createAt, this.updateAt, this.deleteAt, this.creatorId,
					this.teamId, this.trigger, this.method, this.username, this.iconUrl, this.autoComplete,
					this.autoCompleteDesc, this.autoCompleteHint, this.displayName, this.description, this.url,
					this.pluginId);
		}

	}

}
