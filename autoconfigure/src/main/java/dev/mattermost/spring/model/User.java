package dev.mattermost.spring.model;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import org.jspecify.annotations.Nullable;

/**
 * A Mattermost user account, as the server hands it to plugins.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record User(
		@JsonProperty("id") String id,
		@JsonProperty("create_at") @JsonSetter(nulls = Nulls.AS_EMPTY) long createAt,
		@JsonProperty("update_at") @JsonSetter(nulls = Nulls.AS_EMPTY) long updateAt,
		@JsonProperty("delete_at") @JsonSetter(nulls = Nulls.AS_EMPTY) long deleteAt,
		@JsonProperty("username") String username,
		@JsonProperty("password") String password,
		@JsonProperty("auth_data") @Nullable String authData,
		@JsonProperty("auth_service") String authService,
		@JsonProperty("email") String email,
		@JsonProperty("email_verified") @JsonSetter(nulls = Nulls.AS_EMPTY) boolean emailVerified,
		@JsonProperty("nickname") String nickname,
		@JsonProperty("first_name") String firstName,
		@JsonProperty("last_name") String lastName,
		@JsonProperty("position") String position,
		@JsonProperty("roles") String roles,
		@JsonProperty("allow_marketing") @JsonSetter(nulls = Nulls.AS_EMPTY) boolean allowMarketing,
		@JsonProperty("props") Map<String, String> props,
		@JsonProperty("notify_props") Map<String, String> notifyProps,
		@JsonProperty("last_password_update") @JsonSetter(nulls = Nulls.AS_EMPTY) long lastPasswordUpdate,
		@JsonProperty("last_picture_update") @JsonSetter(nulls = Nulls.AS_EMPTY) long lastPictureUpdate,
		@JsonProperty("failed_attempts") @JsonSetter(nulls = Nulls.AS_EMPTY) int failedAttempts,
		@JsonProperty("locale") String locale,
		@JsonProperty("timezone") Map<String, String> timezone,
		@JsonProperty("mfa_active") @JsonSetter(nulls = Nulls.AS_EMPTY) boolean mfaActive,
		@JsonProperty("mfa_secret") String mfaSecret,
		@JsonProperty("remote_id") @Nullable String remoteId,
		@JsonProperty("last_activity_at") @JsonSetter(nulls = Nulls.AS_EMPTY) long lastActivityAt,
		@JsonProperty("is_bot") @JsonSetter(nulls = Nulls.AS_EMPTY) boolean isBot,
		@JsonProperty("bot_description") String botDescription,
		@JsonProperty("bot_last_icon_update") @JsonSetter(nulls = Nulls.AS_EMPTY) long botLastIconUpdate,
		@JsonProperty("terms_of_service_id") String termsOfServiceId,
		@JsonProperty("terms_of_service_create_at") @JsonSetter(nulls = Nulls.AS_EMPTY) long termsOfServiceCreateAt,
		@JsonProperty("disable_welcome_email") @JsonSetter(nulls = Nulls.AS_EMPTY) boolean disableWelcomeEmail,
		@JsonProperty("last_login") @JsonSetter(nulls = Nulls.AS_EMPTY) long lastLogin) {

	public User {
		id = Defaults.text(id);
		username = Defaults.text(username);
		password = Defaults.text(password);
		authService = Defaults.text(authService);
		email = Defaults.text(email);
		nickname = Defaults.text(nickname);
		firstName = Defaults.text(firstName);
		lastName = Defaults.text(lastName);
		position = Defaults.text(position);
		roles = Defaults.text(roles);
		props = Defaults.textMap(props);
		notifyProps = Defaults.textMap(notifyProps);
		locale = Defaults.text(locale);
		timezone = Defaults.textMap(timezone);
		mfaSecret = Defaults.text(mfaSecret);
		botDescription = Defaults.text(botDescription);
		termsOfServiceId = Defaults.text(termsOfServiceId);
	}

}
