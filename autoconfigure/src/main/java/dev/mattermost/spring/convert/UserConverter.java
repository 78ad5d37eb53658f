package dev.mattermost.spring.convert;

import org.jspecify.annotations.Nullable;

import dev.mattermost.spring.model.User;
import dev.mattermost.spring.model.ViewUsersRestrictions;

/**
 * Converts users and user visibility restrictions between their protobuf and model forms.
 */
public final class UserConverter {

	private UserConverter() {
	}

	/**
	 * Converts a protobuf user to its model form.
	 * @param user the protobuf user
	 * @return the model user
	 */
	public static User toModel(dev.mattermost.spring.protocol.v1.User user) {
		return new User(
				user.getId(),
				user.getCreateAt(),
				user.getUpdateAt(),
				user.getDeleteAt(),
				user.getUsername(),
				user.getPassword(),
				user.hasAuthData() ? user.getAuthData() : null,
				user.getAuthService(),
				user.getEmail(),
				user.getEmailVerified(),
				user.getNickname(),
				user.getFirstName(),
				user.getLastName(),
				user.getPosition(),
				user.getRoles(),
				user.getAllowMarketing(),
				user.getPropsMap(),
				user.getNotifyPropsMap(),
				user.getLastPasswordUpdate(),
				user.getLastPictureUpdate(),
				user.getFailedAttempts(),
				user.getLocale(),
				user.getTimezoneMap(),
				user.getMfaActive(),
				user.getMfaSecret(),
				user.hasRemoteId() ? user.getRemoteId() : null,
				user.getLastActivityAt(),
				user.getIsBot(),
				user.getBotDescription(),
				user.getBotLastIconUpdate(),
				user.getTermsOfServiceId(),
				user.getTermsOfServiceCreateAt(),
				user.getDisableWelcomeEmail(),
				user.getLastLogin());
	}

	/**
	 * Converts a model user to its protobuf form; {@code null} becomes the default instance.
	 * @param user the model user, may be {@code null}
	 * @return the protobuf user
	 */
	public static dev.mattermost.spring.protocol.v1.User toProto(@Nullable User user) {
		if (user == null) {
			return dev.mattermost.spring.protocol.v1.User.getDefaultInstance();
		}
		var builder = dev.mattermost.spring.protocol.v1.User.newBuilder()
			.setId(user.id())
			.setCreateAt(user.createAt())
			.setUpdateAt(user.updateAt())
			.setDeleteAt(user.deleteAt())
			.setUsername(user.username())
			.setPassword(user.password())
			.setAuthService(user.authService())
			.setEmail(user.email())
			.setEmailVerified(user.emailVerified())
			.setNickname(user.nickname())
			.setFirstName(user.firstName())
			.setLastName(user.lastName())
			.setPosition(user.position())
			.setRoles(user.roles())
			.setAllowMarketing(user.allowMarketing())
			.putAllProps(user.props())
			.putAllNotifyProps(user.notifyProps())
			.setLastPasswordUpdate(user.lastPasswordUpdate())
			.setLastPictureUpdate(user.lastPictureUpdate())
			.setFailedAttempts(user.failedAttempts())
			.setLocale(user.locale())
			.putAllTimezone(user.timezone())
			.setMfaActive(user.mfaActive())
			.setMfaSecret(user.mfaSecret())
			.setLastActivityAt(user.lastActivityAt())
			.setIsBot(user.isBot())
			.setBotDescription(user.botDescription())
			.setBotLastIconUpdate(user.botLastIconUpdate())
			.setTermsOfServiceId(user.termsOfServiceId())
			.setTermsOfServiceCreateAt(user.termsOfServiceCreateAt())
			.setDisableWelcomeEmail(user.disableWelcomeEmail())
			.setLastLogin(user.lastLogin());
		String authData = user.authData();
		if (authData != null) {
			builder.setAuthData(authData);
		}
		String remoteId = user.remoteId();
		if (remoteId != null) {
			builder.setRemoteId(remoteId);
		}
		return builder.build();
	}

	/**
	 * Converts a protobuf view users restrictions to its model form.
	 * @param restrictions the protobuf view users restrictions
	 * @return the model view users restrictions
	 */
	public static ViewUsersRestrictions toModel(dev.mattermost.spring.protocol.v1.ViewUsersRestrictions restrictions) {
		return new ViewUsersRestrictions(
				restrictions.getTeamsList(),
				restrictions.getChannelsList());
	}

	/**
	 * Converts a model view users restrictions to its protobuf form; {@code null} becomes the default instance.
	 * @param restrictions the model view users restrictions, may be {@code null}
	 * @return the protobuf view users restrictions
	 */
	public static dev.mattermost.spring.protocol.v1.ViewUsersRestrictions toProto(
			@Nullable ViewUsersRestrictions restrictions) {
		if (restrictions == null) {
			return dev.mattermost.spring.protocol.v1.ViewUsersRestrictions.getDefaultInstance();
		}
		return dev.mattermost.spring.protocol.v1.ViewUsersRestrictions.newBuilder()
			.addAllTeams(restrictions.teams())
			.addAllChannels(restrictions.channels())
			.build();
	}

}
