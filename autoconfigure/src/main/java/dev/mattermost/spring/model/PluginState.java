package dev.mattermost.spring.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The run state of a plugin on a server, as Mattermost's {@code model.PluginState*} codes.
 */
public enum PluginState {

	/** The plugin is installed but not running. */
	NOT_RUNNING(0),

	/** The plugin is starting. */
	STARTING(1),

	/** The plugin is running. */
	RUNNING(2),

	/** The plugin failed to start. */
	FAILED_TO_START(3),

	/** The plugin started but crashed too often. */
	FAILED_TO_STAY_RUNNING(4),

	/** The plugin is stopping. */
	STOPPING(5),

	/** A code this version does not know. */
	UNKNOWN(-1);

	private final int code;

	PluginState(int code) {
		this.code = code;
	}

	/**
	 * Returns Mattermost's numeric code of this state.
	 * @return the code
	 */
	@JsonValue
	public int code() {
		return this.code;
	}

	/**
	 * Returns the state with the given Mattermost code.
	 * @param code the numeric code
	 * @return the state, {@link #UNKNOWN} for codes this version does not know
	 */
	@JsonCreator
	public static PluginState fromCode(int code) {
		for (PluginState state : values()) {
			if (state.code == code) {
				return state;
			}
		}
		return UNKNOWN;
	}

}
