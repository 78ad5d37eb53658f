package dev.mattermost.spring.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A user group (LDAP-synced, custom or plugin-owned), as Mattermost's {@code model.Group}.
 *
 * @param id the group id; empty when creating
 * @param name the group's mention name (without {@code @}); may be empty for LDAP groups
 * @param displayName the group's display name
 * @param description the group's description
 * @param source where the group comes from: {@code ldap}, {@code custom} or {@code plugin_<plugin id>}
 * @param remoteId the group's id in its source (for example the LDAP object GUID)
 * @param createAt creation time in epoch milliseconds
 * @param updateAt last update time in epoch milliseconds
 * @param deleteAt deletion time in epoch milliseconds, 0 while the group exists
 * @param allowReference whether users may mention the group
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Group(@JsonProperty("id") String id, @JsonProperty("name") String name,
		@JsonProperty("display_name") String displayName, @JsonProperty("description") String description,
		@JsonProperty("source") String source, @JsonProperty("remote_id") String remoteId,
		@JsonProperty("create_at") long createAt, @JsonProperty("update_at") long updateAt,
		@JsonProperty("delete_at") long deleteAt, @JsonProperty("allow_reference") boolean allowReference) {

	/** The source of groups synchronised from LDAP. */
	public static final String SOURCE_LDAP = "ldap";

	/** The source of groups created by users. */
	public static final String SOURCE_CUSTOM = "custom";

	/** The prefix of the source of groups owned by a plugin ({@code plugin_<plugin id>}). */
	public static final String SOURCE_PLUGIN_PREFIX = "plugin_";

	public Group {
		id = Defaults.text(id);
		name = Defaults.text(name);
		displayName = Defaults.text(displayName);
		description = Defaults.text(description);
		source = Defaults.text(source);
		remoteId = Defaults.text(remoteId);
	}

	/**
	 * Returns a new, not yet created group that users may mention.
	 * @param name the mention name
	 * @param displayName the display name
	 * @param source the group's source, see {@link #SOURCE_CUSTOM} and {@link #SOURCE_PLUGIN_PREFIX}
	 * @param remoteId the group's id in its source
	 * @return a group to pass to {@code groups().create(...)}
	 */
	public static Group of(String name, String displayName, String source, String remoteId) {
		return new Group("", name, displayName, "", source, remoteId, 0, 0, 0, true);
	}

}
