package dev.mattermost.spring.api;

import java.util.List;

import dev.mattermost.spring.model.Preference;

/**
 * Users' preferences (display settings, flagged posts, and values plugins keep per user), through Mattermost's plugin
 * API.
 */
public interface PreferenceApi {

	/**
	 * Returns one preference of a user ({@code GetPreferenceForUser}).
	 * @param userId the user
	 * @param category the preference's category
	 * @param name the preference's name within the category
	 * @return the preference
	 * @throws NotFoundException if the user has no such preference
	 */
	Preference get(String userId, String category, String name);

	/**
	 * Returns all preferences of a user ({@code GetPreferencesForUser}).
	 * @param userId the user
	 * @return the preferences
	 */
	List<Preference> list(String userId);

	/**
	 * Creates or replaces preferences of a user ({@code UpdatePreferencesForUser}).
	 * @param userId the user; every preference must belong to this user
	 * @param preferences the preferences
	 */
	void update(String userId, List<Preference> preferences);

	/**
	 * Deletes preferences of a user ({@code DeletePreferencesForUser}).
	 * @param userId the user; every preference must belong to this user
	 * @param preferences the preferences, identified by category and name
	 */
	void delete(String userId, List<Preference> preferences);

}
