package dev.mattermost.spring.model;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What a group is linked to so that its members are kept in sync, as Mattermost's {@code model.GroupSyncableType}.
 */
public enum GroupSyncableType {

	/** Group members are added to a team. */
	TEAM("Team"),

	/** Group members are added to a channel. */
	CHANNEL("Channel");

	private final String wireName;

	GroupSyncableType(String wireName) {
		this.wireName = wireName;
	}

	/**
	 * Returns the name Mattermost uses for this type ({@code Team} or {@code Channel}).
	 * @return the wire name
	 */
	@JsonValue
	public String wireName() {
		return this.wireName;
	}

	/**
	 * Returns the type with the given Mattermost name.
	 * @param wireName {@code Team} or {@code Channel}, case-insensitive
	 * @return the type
	 * @throws IllegalArgumentException if the name is neither
	 */
	public static GroupSyncableType fromWireName(String wireName) {
		for (GroupSyncableType type : values()) {
			if (type.wireName.equalsIgnoreCase(wireName)) {
				return type;
			}
		}
		throw new IllegalArgumentException("Unknown group syncable type '" + wireName + "'");
	}

}
