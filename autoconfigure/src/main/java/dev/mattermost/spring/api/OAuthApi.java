package dev.mattermost.spring.api;

import dev.mattermost.spring.model.OAuthApp;

/**
 * Registers and manages OAuth 2.0 apps, the clients that may act for Mattermost users.
 */
public interface OAuthApi {

	/**
	 * Registers an OAuth app ({@code CreateOAuthApp}).
	 * @param app the app, for example from {@link OAuthApp#of}
	 * @return the registered app with its id and client secret
	 */
	OAuthApp create(OAuthApp app);

	/**
	 * Returns an OAuth app ({@code GetOAuthApp}).
	 * @param appId the app id
	 * @return the app
	 * @throws NotFoundException if there is no such app
	 */
	OAuthApp get(String appId);

	/**
	 * Updates an OAuth app ({@code UpdateOAuthApp}).
	 * @param app the app with its id and the new values
	 * @return the updated app
	 */
	OAuthApp update(OAuthApp app);

	/**
	 * Deletes an OAuth app ({@code DeleteOAuthApp}).
	 * @param appId the app id
	 */
	void delete(String appId);

}
