package dev.mattermost.spring.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A namespace of property fields, usually one per plugin, as Mattermost's {@code model.PropertyGroup}.
 *
 * @param id the group id
 * @param name the group's unique name
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PropertyGroup(@JsonProperty("id") String id, @JsonProperty("name") String name) {

	public PropertyGroup {
		id = Defaults.text(id);
		name = Defaults.text(name);
	}

}
