package dev.mattermost.spring.api;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import io.grpc.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments.ArgumentSet;
import org.junit.jupiter.params.provider.MethodSource;

import dev.mattermost.spring.model.Preference;
import dev.mattermost.spring.protocol.v1.DeletePreferencesForUserRequest;
import dev.mattermost.spring.protocol.v1.GetPreferenceForUserRequest;
import dev.mattermost.spring.protocol.v1.GetPreferenceForUserResponse;
import dev.mattermost.spring.protocol.v1.GetPreferencesForUserRequest;
import dev.mattermost.spring.protocol.v1.GetPreferencesForUserResponse;
import dev.mattermost.spring.protocol.v1.UpdatePreferencesForUserRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PreferenceApiTests {

	private static final dev.mattermost.spring.protocol.v1.Preference THEME = dev.mattermost.spring.protocol.v1.Preference
		.newBuilder()
		.setUserId("user1")
		.setCategory("display_settings")
		.setName("theme")
		.setValue("dark")
		.build();

	@RegisterExtension
	final ApiTestServer server = new ApiTestServer();

	private PreferenceApi preferences() {
		return new DefaultPreferenceApi(this.server.caller());
	}

	@Test
	void getSendsUserCategoryAndName() {
		this.server.respond("GetPreferenceForUser",
				GetPreferenceForUserResponse.newBuilder().setPreference(THEME).build());
		assertThat(preferences().get("user1", "display_settings", "theme"))
			.isEqualTo(new Preference("user1", "display_settings", "theme", "dark"));
		assertThat(this.server.request("GetPreferenceForUser", GetPreferenceForUserRequest.class))
			.isEqualTo(GetPreferenceForUserRequest.newBuilder()
				.setUserId("user1")
				.setCategory("display_settings")
				.setName("theme")
				.build());
	}

	@Test
	void getThrowsNotFoundWhenUserHasNoSuchPreference() {
		this.server.fail("GetPreferenceForUser", ApiTestServer.statusError(Status.Code.NOT_FOUND,
				"app.preference.get.app_error", "Unable to find preference."));
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> preferences().get("user1", "display_settings", "nope"))
			.satisfies((ex) -> assertThat(ex.getId()).isEqualTo("app.preference.get.app_error"));
	}

	@Test
	void lookupAnsweredWithoutPreferenceThrowsNotFound() {
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> preferences().get("user1", "display_settings", "theme"))
			.withMessageContaining("display_settings/theme");
	}

	@Test
	void listReturnsEveryPreference() {
		this.server.respond("GetPreferencesForUser", GetPreferencesForUserResponse.newBuilder()
			.addPreferences(THEME)
			.addPreferences(THEME.toBuilder().setName("use_military_time").setValue("true"))
			.build());
		assertThat(preferences().list("user1")).extracting(Preference::name)
			.containsExactly("theme", "use_military_time");
		assertThat(this.server.request("GetPreferencesForUser", GetPreferencesForUserRequest.class).getUserId())
			.isEqualTo("user1");
	}

	@Test
	void listReturnsEmptyListWhenUserHasNoPreferences() {
		assertThat(preferences().list("user1")).isEmpty();
	}

	@Test
	void updateSendsEveryPreference() {
		preferences().update("user1", List.of(new Preference("user1", "display_settings", "theme", "dark"),
				new Preference("user1", "pp_com.example", "digest", "weekly")));
		assertThat(this.server.request("UpdatePreferencesForUser", UpdatePreferencesForUserRequest.class))
			.isEqualTo(UpdatePreferencesForUserRequest.newBuilder()
				.setUserId("user1")
				.addPreferences(THEME)
				.addPreferences(dev.mattermost.spring.protocol.v1.Preference.newBuilder()
					.setUserId("user1")
					.setCategory("pp_com.example")
					.setName("digest")
					.setValue("weekly"))
				.build());
	}

	@Test
	void deleteSendsEveryPreference() {
		preferences().delete("user1", List.of(new Preference("user1", "display_settings", "theme", "dark")));
		assertThat(this.server.request("DeletePreferencesForUser", DeletePreferencesForUserRequest.class))
			.isEqualTo(DeletePreferencesForUserRequest.newBuilder().setUserId("user1").addPreferences(THEME).build());
	}

	static Stream<ArgumentSet> calls() {
		List<Preference> theme = List.of(new Preference("user1", "display_settings", "theme", "dark"));
		return Stream.<ArgumentSet>of(
				RpcErrors.<PreferenceApi>call("GetPreferenceForUser",
						(api) -> api.get("user1", "display_settings", "theme")),
				RpcErrors.<PreferenceApi>call("GetPreferencesForUser", (api) -> api.list("user1")),
				RpcErrors.<PreferenceApi>call("UpdatePreferencesForUser", (api) -> api.update("user1", theme)),
				RpcErrors.<PreferenceApi>call("DeletePreferencesForUser", (api) -> api.delete("user1", theme)));
	}

	@Test
	void coversEveryPreferenceRpc() {
		assertThat(RpcErrors.rpcs(calls())).doesNotHaveDuplicates().hasSize(4);
	}

	@ParameterizedTest
	@MethodSource("calls")
	void mapsAppErrorInResponseToException(String rpc, Consumer<PreferenceApi> call) {
		RpcErrors.assertAppErrorMapped(this.server, rpc, () -> call.accept(preferences()));
	}

	@ParameterizedTest
	@MethodSource("calls")
	void mapsErrorStatusToException(String rpc, Consumer<PreferenceApi> call) {
		RpcErrors.assertStatusMapped(this.server, rpc, () -> call.accept(preferences()));
	}

}
