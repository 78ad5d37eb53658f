package dev.mattermost.spring.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An OAuth 2.0 client registered with Mattermost, as Mattermost's {@code model.OAuthApp}.
 *
 * @param id the app id (also the OAuth client id); empty when creating
 * @param creatorId the user who registered the app
 * @param createAt creation time in epoch milliseconds
 * @param updateAt last update time in epoch milliseconds
 * @param clientSecret the OAuth client secret
 * @param name the app's name shown to users
 * @param description the app's description
 * @param iconUrl the app's icon URL
 * @param callbackUrls the redirect URIs the app may use
 * @param homepage the app's homepage URL
 * @param trusted whether users skip the authorization prompt
 * @param mattermostAppId the id of the Mattermost App behind this client, if any
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OAuthApp(@JsonProperty("id") String id, @JsonProperty("creator_id") String creatorId,
		@JsonProperty("create_at") long createAt, @JsonProperty("update_at") long updateAt,
		@JsonProperty("client_secret") String clientSecret, @JsonProperty("name") String name,
		@JsonProperty("description") String description, @JsonProperty("icon_url") String iconUrl,
		@JsonProperty("callback_urls") List<String> callbackUrls, @JsonProperty("homepage") String homepage,
		@JsonProperty("is_trusted") boolean trusted, @JsonProperty("mattermost_app_id") String mattermostAppId) {

	public OAuthApp {
		id = Defaults.text(id);
		creatorId = Defaults.text(creatorId);
		clientSecret = Defaults.text(clientSecret);
		name = Defaults.text(name);
		description = Defaults.text(description);
		iconUrl = Defaults.text(iconUrl);
		homepage = Defaults.text(homepage);
		mattermostAppId = Defaults.text(mattermostAppId);
		callbackUrls = Defaults.list(callbackUrls);
	}

	/**
	 * Returns a new, not yet registered app with the fields Mattermost requires.
	 * @param name the app's name
	 * @param description the app's description
	 * @param homepage the app's homepage URL
	 * @param callbackUrls the redirect URIs the app may use
	 * @return an app to pass to {@code oauth().create(...)}
	 */
	public static OAuthApp of(String name, String description, String homepage, List<String> callbackUrls) {
		return new OAuthApp("", "", 0, 0, "", name, description, "", callbackUrls, homepage, false, "");
	}

}
