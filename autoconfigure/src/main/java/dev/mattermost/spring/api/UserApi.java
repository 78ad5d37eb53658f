package dev.mattermost.spring.api;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import dev.mattermost.spring.model.CustomStatus;
import dev.mattermost.spring.model.Status;
import dev.mattermost.spring.model.User;
import dev.mattermost.spring.model.UserAuth;
import dev.mattermost.spring.model.UserGetOptions;
import dev.mattermost.spring.model.UserSearch;

/**
 * Reads and changes Mattermost users, their statuses, profile images and permissions.
 */
public interface UserApi {

	/**
	 * Creates a user ({@code CreateUser}).
	 * @param user the user; at least username, email and (unless an auth service is set) password
	 * @return the created user with its id
	 */
	User create(User user);

	/**
	 * Creates a user who signs in with email and password ({@code CreateUser}).
	 * @param username the username
	 * @param email the email address
	 * @param password the initial password
	 * @return the created user with its id
	 */
	default User create(String username, String email, String password) {
		return create(new User(null, 0, 0, 0, username, password, null, null, email, false, null, null, null, null,
				null, false, null, null, 0, 0, 0, null, null, false, null, null, 0, false, null, 0, null, 0, false, 0));
	}

	/**
	 * Deletes a user ({@code DeleteUser}).
	 * @param userId the user id
	 */
	void delete(String userId);

	/**
	 * Lists one page of users matching the options ({@code GetUsers}).
	 * @param options filters and page
	 * @return the users on that page
	 */
	List<User> list(UserGetOptions options);

	/**
	 * Streams every user matching the options, fetching pages of {@link Paging#DEFAULT_PAGE_SIZE} lazily from the
	 * options' page on ({@code GetUsers}).
	 * @param options filters; the page size is replaced
	 * @return a lazy stream of users
	 */
	default Stream<User> stream(UserGetOptions options) {
		return Paging.stream(options.page(), Paging.DEFAULT_PAGE_SIZE,
				(page, perPage) -> list(options.withPage(page, perPage)));
	}

	/**
	 * Gets the users with the given ids; unknown ids are left out ({@code GetUsersByIds}).
	 * @param userIds the user ids
	 * @return the users found
	 */
	List<User> getByIds(Collection<String> userIds);

	/**
	 * Gets a user by id ({@code GetUser}).
	 * @param userId the user id
	 * @return the user
	 * @throws NotFoundException if there is no such user
	 */
	User get(String userId);

	/**
	 * Gets a user by email address ({@code GetUserByEmail}).
	 * @param email the email address
	 * @return the user
	 * @throws NotFoundException if there is no such user
	 */
	User getByEmail(String email);

	/**
	 * Gets a user by username ({@code GetUserByUsername}).
	 * @param username the username, without {@code @}
	 * @return the user
	 * @throws NotFoundException if there is no such user
	 */
	User getByUsername(String username);

	/**
	 * Gets the users with the given usernames; unknown names are left out ({@code GetUsersByUsernames}).
	 * @param usernames the usernames
	 * @return the users found
	 */
	List<User> getByUsernames(Collection<String> usernames);

	/**
	 * Lists one page of a team's users ({@code GetUsersInTeam}).
	 * @param teamId the team id
	 * @param page the zero-based page
	 * @param perPage the page size
	 * @return the users on that page
	 */
	List<User> getInTeam(String teamId, int page, int perPage);

	/**
	 * Streams every user of a team, fetching pages lazily ({@code GetUsersInTeam}).
	 * @param teamId the team id
	 * @return a lazy stream of users
	 */
	default Stream<User> streamInTeam(String teamId) {
		return Paging.stream(Paging.DEFAULT_PAGE_SIZE, (page, perPage) -> getInTeam(teamId, page, perPage));
	}

	/**
	 * Lists one page of a channel's users ({@code GetUsersInChannel}).
	 * @param channelId the channel id
	 * @param sortBy {@code username} or {@code status}
	 * @param page the zero-based page
	 * @param perPage the page size
	 * @return the users on that page
	 */
	List<User> getInChannel(String channelId, String sortBy, int page, int perPage);

	/**
	 * Streams every user of a channel sorted by username, fetching pages lazily ({@code GetUsersInChannel}).
	 * @param channelId the channel id
	 * @return a lazy stream of users
	 */
	default Stream<User> streamInChannel(String channelId) {
		return Paging.stream(Paging.DEFAULT_PAGE_SIZE,
				(page, perPage) -> getInChannel(channelId, "username", page, perPage));
	}

	/**
	 * Updates a user ({@code UpdateUser}).
	 * @param user the user with its id and the new values
	 * @return the updated user
	 */
	User update(User user);

	/**
	 * Gets a user's status ({@code GetUserStatus}).
	 * @param userId the user id
	 * @return the status
	 */
	Status getStatus(String userId);

	/**
	 * Gets the statuses of several users ({@code GetUserStatusesByIds}).
	 * @param userIds the user ids
	 * @return the statuses found
	 */
	List<Status> getStatusesByIds(Collection<String> userIds);

	/**
	 * Sets a user's status until the user or another integration changes it ({@code UpdateUserStatus}).
	 * @param userId the user id
	 * @param status one of {@link Status#ONLINE}, {@link Status#AWAY}, {@link Status#DND}, {@link Status#OFFLINE}
	 * @return the new status
	 */
	Status updateStatus(String userId, String status);

	/**
	 * Sets a user to do-not-disturb until the given time ({@code SetUserStatusTimedDND}).
	 * @param userId the user id
	 * @param endTime when do-not-disturb ends, in epoch seconds as Mattermost expects
	 * @return the new status
	 */
	Status setStatusTimedDnd(String userId, long endTime);

	/**
	 * Activates or deactivates a user ({@code UpdateUserActive}).
	 * @param userId the user id
	 * @param active {@code true} to activate, {@code false} to deactivate
	 */
	void updateActive(String userId, boolean active);

	/**
	 * Sets a user's custom status ({@code UpdateUserCustomStatus}).
	 * @param userId the user id
	 * @param customStatus the custom status
	 */
	void updateCustomStatus(String userId, CustomStatus customStatus);

	/**
	 * Clears a user's custom status ({@code RemoveUserCustomStatus}).
	 * @param userId the user id
	 */
	void removeCustomStatus(String userId);

	/**
	 * Reads LDAP attributes of a user who signs in with LDAP; needs an Enterprise license
	 * ({@code GetLDAPUserAttributes}).
	 * @param userId the user id
	 * @param attributes the LDAP attribute names
	 * @return attribute name to value
	 */
	Map<String, String> getLdapAttributes(String userId, Collection<String> attributes);

	/**
	 * Searches users ({@code SearchUsers}).
	 * @param search the term and filters
	 * @return the matching users
	 */
	List<User> search(UserSearch search);

	/**
	 * Searches active users by a term, returning at most 100 ({@code SearchUsers}).
	 * @param term matched against usernames, names, nicknames and emails
	 * @return the matching users
	 */
	default List<User> search(String term) {
		return search(UserSearch.builder(term).build());
	}

	/**
	 * Gets a user's profile image ({@code GetProfileImage}).
	 * @param userId the user id
	 * @return the image bytes
	 */
	byte[] getProfileImage(String userId);

	/**
	 * Sets a user's profile image ({@code SetProfileImage}).
	 * @param userId the user id
	 * @param image the image bytes (PNG, JPEG, GIF or BMP)
	 */
	void setProfileImage(String userId, byte[] image);

	/**
	 * Checks a system-wide permission ({@code HasPermissionTo}).
	 * @param userId the user id
	 * @param permissionId the permission id, for example {@code manage_system}
	 * @return whether the user has it
	 */
	boolean hasPermission(String userId, String permissionId);

	/**
	 * Checks a permission in a team ({@code HasPermissionToTeam}).
	 * @param userId the user id
	 * @param teamId the team id
	 * @param permissionId the permission id, for example {@code manage_team}
	 * @return whether the user has it
	 */
	boolean hasPermissionToTeam(String userId, String teamId, String permissionId);

	/**
	 * Checks a permission in a channel ({@code HasPermissionToChannel}).
	 * @param userId the user id
	 * @param channelId the channel id
	 * @param permissionId the permission id, for example {@code create_post}
	 * @return whether the user has it
	 */
	boolean hasPermissionToChannel(String userId, String channelId, String permissionId);

	/**
	 * Shows "user is typing" in a channel or thread ({@code PublishUserTyping}).
	 * @param userId the user id
	 * @param channelId the channel id
	 * @param parentId the root post of the thread, or {@code null} for the channel itself
	 */
	void publishTyping(String userId, String channelId, @Nullable String parentId);

	/**
	 * Switches a user to another authentication service; not for email and password ({@code UpdateUserAuth}).
	 * @param userId the user id
	 * @param auth the service and the user's id there
	 * @return the stored settings
	 */
	UserAuth updateAuth(String userId, UserAuth auth);

	/**
	 * Replaces a user's system roles ({@code UpdateUserRoles}).
	 * @param userId the user id
	 * @param roles space-separated role names, for example {@code system_user system_admin}
	 * @return the updated user
	 */
	User updateRoles(String userId, String roles);

}
