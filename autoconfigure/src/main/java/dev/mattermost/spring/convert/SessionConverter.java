package dev.mattermost.spring.convert;

import org.jspecify.annotations.Nullable;

import dev.mattermost.spring.model.Session;
import dev.mattermost.spring.model.UserAccessToken;
import dev.mattermost.spring.model.UserAuth;

/**
 * Converts sessions, user access tokens and user authentication settings between their protobuf and model forms.
 */
public final class SessionConverter {

	private SessionConverter() {
	}

	/**
	 * Converts a protobuf session to its model form.
	 * @param session the protobuf session
	 * @return the model session
	 */
	public static Session toModel(dev.mattermost.spring.protocol.v1.Session session) {
		return new Session(session.getId(), session.getToken(), session.getCreateAt(), session.getExpiresAt(),
				session.getLastActivityAt(), session.getUserId(), session.getDeviceId(), session.getRoles(),
				session.getIsOauth(), session.getExpiredNotify(), session.getPropsMap(),
				Conversions.list(session.getTeamMembersList(), TeamConverter::toModel), session.getLocal());
	}

	/**
	 * Converts a model session to its protobuf form; {@code null} becomes the default instance.
	 * @param session the model session, may be {@code null}
	 * @return the protobuf session
	 */
	public static dev.mattermost.spring.protocol.v1.Session toProto(@Nullable Session session) {
		if (session == null) {
			return dev.mattermost.spring.protocol.v1.Session.getDefaultInstance();
		}
		return dev.mattermost.spring.protocol.v1.Session.newBuilder()
			.setId(session.id())
			.setToken(session.token())
			.setCreateAt(session.createAt())
			.setExpiresAt(session.expiresAt())
			.setLastActivityAt(session.lastActivityAt())
			.setUserId(session.userId())
			.setDeviceId(session.deviceId())
			.setRoles(session.roles())
			.setIsOauth(session.isOAuth())
			.setExpiredNotify(session.expiredNotify())
			.putAllProps(session.props())
			.addAllTeamMembers(Conversions.list(session.teamMembers(), TeamConverter::toProto))
			.setLocal(session.local())
			.build();
	}

	/**
	 * Converts a protobuf user access token to its model form.
	 * @param token the protobuf token
	 * @return the model token
	 */
	public static UserAccessToken toModel(dev.mattermost.spring.protocol.v1.UserAccessToken token) {
		return new UserAccessToken(token.getId(), token.getToken(), token.getUserId(), token.getDescription(),
				token.getIsActive());
	}

	/**
	 * Converts a model user access token to its protobuf form; {@code null} becomes the default instance.
	 * @param token the model token, may be {@code null}
	 * @return the protobuf token
	 */
	public static dev.mattermost.spring.protocol.v1.UserAccessToken toProto(@Nullable UserAccessToken token) {
		if (token == null) {
			return dev.mattermost.spring.protocol.v1.UserAccessToken.getDefaultInstance();
		}
		return dev.mattermost.spring.protocol.v1.UserAccessToken.newBuilder()
			.setId(token.id())
			.setToken(token.token())
			.setUserId(token.userId())
			.setDescription(token.description())
			.setIsActive(token.isActive())
			.build();
	}

	/**
	 * Converts protobuf authentication settings to their model form.
	 * @param auth the protobuf settings
	 * @return the model settings
	 */
	public static UserAuth toModel(dev.mattermost.spring.protocol.v1.UserAuth auth) {
		return new UserAuth(auth.hasAuthData() ? auth.getAuthData() : null, auth.getAuthService());
	}

	/**
	 * Converts model authentication settings to their protobuf form; {@code null} becomes the default instance.
	 * @param auth the model settings, may be {@code null}
	 * @return the protobuf settings
	 */
	public static dev.mattermost.spring.protocol.v1.UserAuth toProto(@Nullable UserAuth auth) {
		if (auth == null) {
			return dev.mattermost.spring.protocol.v1.UserAuth.getDefaultInstance();
		}
		var builder = dev.mattermost.spring.protocol.v1.UserAuth.newBuilder().setAuthService(auth.authService());
		if (auth.authData() != null) {
			builder.setAuthData(auth.authData());
		}
		return builder.build();
	}

}
