package dev.mattermost.spring.convert;

import org.junit.jupiter.api.Test;

import dev.mattermost.spring.model.User;
import dev.mattermost.spring.model.ViewUsersRestrictions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link UserConverter}.
 */
class UserConverterTests {

	@Test
	void roundTripsUserWithEveryFieldSet() {
		var proto = ProtoFixtures.user();
		assertThat(proto.getAllFields()).hasSameSizeAs(proto.getDescriptorForType().getFields());
		assertThat(UserConverter.toProto(UserConverter.toModel(proto))).isEqualTo(proto);
	}

	@Test
	void roundTripsUserWithNothingSet() {
		var empty = dev.mattermost.spring.protocol.v1.User.getDefaultInstance();
		User model = UserConverter.toModel(empty);
		assertThat(model.id()).isEmpty();
		assertThat(model.username()).isEmpty();
		assertThat(model.password()).isEmpty();
		assertThat(model.authData()).isNull();
		assertThat(model.authService()).isEmpty();
		assertThat(model.email()).isEmpty();
		assertThat(model.nickname()).isEmpty();
		assertThat(model.firstName()).isEmpty();
		assertThat(model.lastName()).isEmpty();
		assertThat(model.position()).isEmpty();
		assertThat(model.roles()).isEmpty();
		assertThat(model.props()).isEmpty();
		assertThat(model.notifyProps()).isEmpty();
		assertThat(model.locale()).isEmpty();
		assertThat(model.timezone()).isEmpty();
		assertThat(model.mfaSecret()).isEmpty();
		assertThat(model.remoteId()).isNull();
		assertThat(model.botDescription()).isEmpty();
		assertThat(model.termsOfServiceId()).isEmpty();
		assertThat(UserConverter.toProto(model)).isEqualTo(empty);
	}

	@Test
	void convertsNullUserToDefaultInstance() {
		assertThat(UserConverter.toProto((User) null))
			.isEqualTo(dev.mattermost.spring.protocol.v1.User.getDefaultInstance());
	}

	@Test
	void roundTripsViewUsersRestrictionsWithEveryFieldSet() {
		var proto = ProtoFixtures.viewUsersRestrictions();
		assertThat(proto.getAllFields()).hasSameSizeAs(proto.getDescriptorForType().getFields());
		assertThat(UserConverter.toProto(UserConverter.toModel(proto))).isEqualTo(proto);
	}

	@Test
	void roundTripsViewUsersRestrictionsWithNothingSet() {
		var empty = dev.mattermost.spring.protocol.v1.ViewUsersRestrictions.getDefaultInstance();
		ViewUsersRestrictions model = UserConverter.toModel(empty);
		assertThat(model.teams()).isEmpty();
		assertThat(model.channels()).isEmpty();
		assertThat(UserConverter.toProto(model)).isEqualTo(empty);
	}

	@Test
	void convertsNullViewUsersRestrictionsToDefaultInstance() {
		assertThat(UserConverter.toProto((ViewUsersRestrictions) null))
			.isEqualTo(dev.mattermost.spring.protocol.v1.ViewUsersRestrictions.getDefaultInstance());
	}

	@Test
	void readsUserMapsAndOptionalTextFromProto() {
		User user = UserConverter.toModel(ProtoFixtures.user());
		assertThat(user.props()).containsEntry("props-key", "props-value").containsEntry("other", "");
		assertThat(user.timezone()).containsEntry("timezone-key", "timezone-value");
		assertThat(user.authData()).isEqualTo("authData-user");
		assertThat(user.isBot()).isTrue();
	}

	@Test
	void givesUnmodifiableCollectionsFromProto() {
		User user = UserConverter.toModel(ProtoFixtures.user());
		assertThatExceptionOfType(UnsupportedOperationException.class)
			.isThrownBy(() -> user.notifyProps().put("email", "false"));
	}

}
