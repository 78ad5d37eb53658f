package dev.mattermost.spring.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The descriptive part of an installed plugin's manifest, as carried by the plugin API (a subset of Mattermost's
 * {@code model.Manifest}).
 *
 * @param id the plugin id
 * @param name the plugin's name
 * @param description the plugin's description
 * @param homepageUrl the plugin's homepage
 * @param supportUrl where users get support
 * @param releaseNotesUrl the release notes of this version
 * @param iconPath the icon's path inside the bundle
 * @param version the plugin's version
 * @param minServerVersion the oldest Mattermost version the plugin runs on
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PluginManifest(@JsonProperty("id") String id, @JsonProperty("name") String name,
		@JsonProperty("description") String description, @JsonProperty("homepage_url") String homepageUrl,
		@JsonProperty("support_url") String supportUrl, @JsonProperty("release_notes_url") String releaseNotesUrl,
		@JsonProperty("icon_path") String iconPath, @JsonProperty("version") String version,
		@JsonProperty("min_server_version") String minServerVersion) {

	public PluginManifest {
		id = Defaults.text(id);
		name = Defaults.text(name);
		description = Defaults.text(description);
		homepageUrl = Defaults.text(homepageUrl);
		supportUrl = Defaults.text(supportUrl);
		releaseNotesUrl = Defaults.text(releaseNotesUrl);
		iconPath = Defaults.text(iconPath);
		version = Defaults.text(version);
		minServerVersion = Defaults.text(minServerVersion);
	}

}
