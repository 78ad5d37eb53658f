package dev.mattermost.spring.api;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.google.protobuf.ByteString;
import org.jspecify.annotations.Nullable;

import dev.mattermost.spring.convert.SessionConverter;
import dev.mattermost.spring.convert.StatusConverter;
import dev.mattermost.spring.convert.UserConverter;
import dev.mattermost.spring.convert.UserQueryConverter;
import dev.mattermost.spring.model.CustomStatus;
import dev.mattermost.spring.model.Status;
import dev.mattermost.spring.model.User;
import dev.mattermost.spring.model.UserAuth;
import dev.mattermost.spring.model.UserGetOptions;
import dev.mattermost.spring.model.UserSearch;
import dev.mattermost.spring.protocol.v1.CreateUserRequest;
import dev.mattermost.spring.protocol.v1.DeleteUserRequest;
import dev.mattermost.spring.protocol.v1.GetLDAPUserAttributesRequest;
import dev.mattermost.spring.protocol.v1.GetProfileImageRequest;
import dev.mattermost.spring.protocol.v1.GetUserByEmailRequest;
import dev.mattermost.spring.protocol.v1.GetUserByUsernameRequest;
import dev.mattermost.spring.protocol.v1.GetUserRequest;
import dev.mattermost.spring.protocol.v1.GetUserStatusRequest;
import dev.mattermost.spring.protocol.v1.GetUserStatusesByIdsRequest;
import dev.mattermost.spring.protocol.v1.GetUsersByIdsRequest;
import dev.mattermost.spring.protocol.v1.GetUsersByUsernamesRequest;
import dev.mattermost.spring.protocol.v1.GetUsersInChannelRequest;
import dev.mattermost.spring.protocol.v1.GetUsersInTeamRequest;
import dev.mattermost.spring.protocol.v1.HasPermissionToChannelRequest;
import dev.mattermost.spring.protocol.v1.HasPermissionToRequest;
import dev.mattermost.spring.protocol.v1.HasPermissionToTeamRequest;
import dev.mattermost.spring.protocol.v1.PublishUserTypingRequest;
import dev.mattermost.spring.protocol.v1.RemoveUserCustomStatusRequest;
import dev.mattermost.spring.protocol.v1.SetProfileImageRequest;
import dev.mattermost.spring.protocol.v1.SetUserStatusTimedDNDRequest;
import dev.mattermost.spring.protocol.v1.UpdateUserActiveRequest;
import dev.mattermost.spring.protocol.v1.UpdateUserAuthRequest;
import dev.mattermost.spring.protocol.v1.UpdateUserCustomStatusRequest;
import dev.mattermost.spring.protocol.v1.UpdateUserRequest;
import dev.mattermost.spring.protocol.v1.UpdateUserRolesRequest;
import dev.mattermost.spring.protocol.v1.UpdateUserStatusRequest;

/**
 * {@link UserApi} over the PluginAPI gRPC service.
 */
public final class DefaultUserApi implements UserApi {

	private final PluginApiCaller caller;

	/**
	 * Creates the user API.
	 * @param caller performs the calls
	 */
	public DefaultUserApi(PluginApiCaller caller) {
		this.caller = Objects.requireNonNull(caller, "caller must not be null");
	}

	@Override
	public User create(User user) {
		CreateUserRequest request = CreateUserRequest.newBuilder().setUser(UserConverter.toProto(user)).build();
		var response = this.caller.call("CreateUser", (stub) -> stub.createUser(request));
		return UserConverter.toModel(ResponseFields.require("CreateUser", response.hasUser(), response.getUser()));
	}

	@Override
	public void delete(String userId) {
		DeleteUserRequest request = DeleteUserRequest.newBuilder().setUserId(userId).build();
		this.caller.call("DeleteUser", (stub) -> stub.deleteUser(request));
	}

	@Override
	public List<User> list(UserGetOptions options) {
		var request = UserQueryConverter.toProto(options);
		return users(this.caller.call("GetUsers", (stub) -> stub.getUsers(request)).getUsersList());
	}

	@Override
	public List<User> getByIds(Collection<String> userIds) {
		var request = GetUsersByIdsRequest.newBuilder().addAllUserIds(userIds).build();
		return users(this.caller.call("GetUsersByIds", (stub) -> stub.getUsersByIds(request)).getUsersList());
	}

	@Override
	public User get(String userId) {
		var request = GetUserRequest.newBuilder().setUserId(userId).build();
		var response = this.caller.call("GetUser", (stub) -> stub.getUser(request));
		return UserConverter.toModel(ResponseFields.found("GetUser", response.hasUser(), response.getUser(), "user"));
	}

	@Override
	public User getByEmail(String email) {
		var request = GetUserByEmailRequest.newBuilder().setEmail(email).build();
		var response = this.caller.call("GetUserByEmail", (stub) -> stub.getUserByEmail(request));
		return UserConverter
			.toModel(ResponseFields.found("GetUserByEmail", response.hasUser(), response.getUser(), "user"));
	}

	@Override
	public User getByUsername(String username) {
		var request = GetUserByUsernameRequest.newBuilder().setName(username).build();
		var response = this.caller.call("GetUserByUsername", (stub) -> stub.getUserByUsername(request));
		return UserConverter
			.toModel(ResponseFields.found("GetUserByUsername", response.hasUser(), response.getUser(), "user"));
	}

	@Override
	public List<User> getByUsernames(Collection<String> usernames) {
		var request = GetUsersByUsernamesRequest.newBuilder().addAllUsernames(usernames).build();
		return users(
				this.caller.call("GetUsersByUsernames", (stub) -> stub.getUsersByUsernames(request)).getUsersList());
	}

	@Override
	public List<User> getInTeam(String teamId, int page, int perPage) {
		var request = GetUsersInTeamRequest.newBuilder().setTeamId(teamId).setPage(page).setPerPage(perPage).build();
		return users(this.caller.call("GetUsersInTeam", (stub) -> stub.getUsersInTeam(request)).getUsersList());
	}

	@Override
	public List<User> getInChannel(String channelId, String sortBy, int page, int perPage) {
		var request = GetUsersInChannelRequest.newBuilder()
			.setChannelId(channelId)
			.setSortBy(sortBy)
			.setPage(page)
			.setPerPage(perPage)
			.build();
		return users(this.caller.call("GetUsersInChannel", (stub) -> stub.getUsersInChannel(request)).getUsersList());
	}

	@Override
	public User update(User user) {
		var request = UpdateUserRequest.newBuilder().setUser(UserConverter.toProto(user)).build();
		var response = this.caller.call("UpdateUser", (stub) -> stub.updateUser(request));
		return UserConverter.toModel(ResponseFields.require("UpdateUser", response.hasUser(), response.getUser()));
	}

	@Override
	public Status getStatus(String userId) {
		var request = GetUserStatusRequest.newBuilder().setUserId(userId).build();
		var response = this.caller.call("GetUserStatus", (stub) -> stub.getUserStatus(request));
		return StatusConverter
			.toModel(ResponseFields.found("GetUserStatus", response.hasStatus(), response.getStatus(), "status"));
	}

	@Override
	public List<Status> getStatusesByIds(Collection<String> userIds) {
		var request = GetUserStatusesByIdsRequest.newBuilder().addAllUserIds(userIds).build();
		return this.caller.call("GetUserStatusesByIds", (stub) -> stub.getUserStatusesByIds(request))
			.getStatusesList()
			.stream()
			.map(StatusConverter::toModel)
			.toList();
	}

	@Override
	public Status updateStatus(String userId, String status) {
		var request = UpdateUserStatusRequest.newBuilder().setUserId(userId).setStatus(status).build();
		var response = this.caller.call("UpdateUserStatus", (stub) -> stub.updateUserStatus(request));
		return StatusConverter
			.toModel(ResponseFields.require("UpdateUserStatus", response.hasStatus(), response.getStatus()));
	}

	@Override
	public Status setStatusTimedDnd(String userId, long endTime) {
		var request = SetUserStatusTimedDNDRequest.newBuilder().setUserId(userId).setEndTime(endTime).build();
		var response = this.caller.call("SetUserStatusTimedDND", (stub) -> stub.setUserStatusTimedDND(request));
		return StatusConverter
			.toModel(ResponseFields.require("SetUserStatusTimedDND", response.hasStatus(), response.getStatus()));
	}

	@Override
	public void updateActive(String userId, boolean active) {
		var request = UpdateUserActiveRequest.newBuilder().setUserId(userId).setActive(active).build();
		this.caller.call("UpdateUserActive", (stub) -> stub.updateUserActive(request));
	}

	@Override
	public void updateCustomStatus(String userId, CustomStatus customStatus) {
		var request = UpdateUserCustomStatusRequest.newBuilder()
			.setUserId(userId)
			.setCustomStatus(StatusConverter.toProto(customStatus))
			.build();
		this.caller.call("UpdateUserCustomStatus", (stub) -> stub.updateUserCustomStatus(request));
	}

	@Override
	public void removeCustomStatus(String userId) {
		var request = RemoveUserCustomStatusRequest.newBuilder().setUserId(userId).build();
		this.caller.call("RemoveUserCustomStatus", (stub) -> stub.removeUserCustomStatus(request));
	}

	@Override
	public Map<String, String> getLdapAttributes(String userId, Collection<String> attributes) {
		var request = GetLDAPUserAttributesRequest.newBuilder().setUserId(userId).addAllAttributes(attributes).build();
		return Map.copyOf(this.caller.call("GetLDAPUserAttributes", (stub) -> stub.getLDAPUserAttributes(request))
			.getAttributesMap());
	}

	@Override
	public List<User> search(UserSearch search) {
		var request = UserQueryConverter.toProto(search);
		return users(this.caller.call("SearchUsers", (stub) -> stub.searchUsers(request)).getUsersList());
	}

	@Override
	public byte[] getProfileImage(String userId) {
		var request = GetProfileImageRequest.newBuilder().setUserId(userId).build();
		return this.caller.call("GetProfileImage", (stub) -> stub.getProfileImage(request)).getImage().toByteArray();
	}

	@Override
	public void setProfileImage(String userId, byte[] image) {
		var request = SetProfileImageRequest.newBuilder().setUserId(userId).setData(ByteString.copyFrom(image)).build();
		this.caller.call("SetProfileImage", (stub) -> stub.setProfileImage(request));
	}

	@Override
	public boolean hasPermission(String userId, String permissionId) {
		var request = HasPermissionToRequest.newBuilder().setUserId(userId).setPermissionId(permissionId).build();
		return this.caller.call("HasPermissionTo", (stub) -> stub.hasPermissionTo(request)).getHasPermission();
	}

	@Override
	public boolean hasPermissionToTeam(String userId, String teamId, String permissionId) {
		var request = HasPermissionToTeamRequest.newBuilder()
			.setUserId(userId)
			.setTeamId(teamId)
			.setPermissionId(permissionId)
			.build();
		return this.caller.call("HasPermissionToTeam", (stub) -> stub.hasPermissionToTeam(request)).getHasPermission();
	}

	@Override
	public boolean hasPermissionToChannel(String userId, String channelId, String permissionId) {
		var request = HasPermissionToChannelRequest.newBuilder()
			.setUserId(userId)
			.setChannelId(channelId)
			.setPermissionId(permissionId)
			.build();
		return this.caller.call("HasPermissionToChannel", (stub) -> stub.hasPermissionToChannel(request))
			.getHasPermission();
	}

	@Override
	public void publishTyping(String userId, String channelId, @Nullable String parentId) {
		var request = PublishUserTypingRequest.newBuilder()
			.setUserId(userId)
			.setChannelId(channelId)
			.setParentId((parentId != null) ? parentId : "")
			.build();
		this.caller.call("PublishUserTyping", (stub) -> stub.publishUserTyping(request));
	}

	@Override
	public UserAuth updateAuth(String userId, UserAuth auth) {
		var request = UpdateUserAuthRequest.newBuilder()
			.setUserId(userId)
			.setUserAuth(SessionConverter.toProto(auth))
			.build();
		var response = this.caller.call("UpdateUserAuth", (stub) -> stub.updateUserAuth(request));
		return SessionConverter
			.toModel(ResponseFields.require("UpdateUserAuth", response.hasUserAuth(), response.getUserAuth()));
	}

	@Override
	public User updateRoles(String userId, String roles) {
		var request = UpdateUserRolesRequest.newBuilder().setUserId(userId).setNewRoles(roles).build();
		var response = this.caller.call("UpdateUserRoles", (stub) -> stub.updateUserRoles(request));
		return UserConverter.toModel(ResponseFields.require("UpdateUserRoles", response.hasUser(), response.getUser()));
	}

	private static List<User> users(List<dev.mattermost.spring.protocol.v1.User> users) {
		return users.stream().map(UserConverter::toModel).toList();
	}

}
