package dev.mattermost.spring.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The teams and channels whose members a user may see; empty lists mean no restriction of that kind.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ViewUsersRestrictions(
		@JsonProperty("teams") List<String> teams,
		@JsonProperty("channels") List<String> channels) {

	public ViewUsersRestrictions {
		teams = Defaults.list(teams);
		channels = Defaults.list(channels);
	}

}
