package dev.mattermost.spring.api;

import java.util.List;
import java.util.Objects;

import dev.mattermost.spring.convert.HookModelConverter;
import dev.mattermost.spring.model.Preference;
import dev.mattermost.spring.protocol.v1.DeletePreferencesForUserRequest;
import dev.mattermost.spring.protocol.v1.GetPreferenceForUserRequest;
import dev.mattermost.spring.protocol.v1.GetPreferenceForUserResponse;
import dev.mattermost.spring.protocol.v1.GetPreferencesForUserRequest;
import dev.mattermost.spring.protocol.v1.UpdatePreferencesForUserRequest;

/**
 * {@link PreferenceApi} over the PluginAPI gRPC service.
 */
public final class DefaultPreferenceApi implements PreferenceApi {

	private final PluginApiCaller caller;

	/**
	 * Creates the API.
	 * @param caller performs the calls
	 */
	public DefaultPreferenceApi(PluginApiCaller caller) {
		this.caller = Objects.requireNonNull(caller, "caller must not be null");
	}

	@Override
	public Preference get(String userId, String category, String name) {
		GetPreferenceForUserResponse response = this.caller.call("GetPreferenceForUser",
				(stub) -> stub.getPreferenceForUser(GetPreferenceForUserRequest.newBuilder()
					.setUserId(userId)
					.setCategory(category)
					.setName(name)
					.build()));
		return HookModelConverter.toModel(ResponseFields.found("GetPreferenceForUser", response.hasPreference(),
				response.getPreference(), "preference " + category + "/" + name + " of user " + userId));
	}

	@Override
	public List<Preference> list(String userId) {
		GetPreferencesForUserRequest request = GetPreferencesForUserRequest.newBuilder().setUserId(userId).build();
		return this.caller.call("GetPreferencesForUser", (stub) -> stub.getPreferencesForUser(request))
			.getPreferencesList()
			.stream()
			.map(HookModelConverter::toModel)
			.toList();
	}

	@Override
	public void update(String userId, List<Preference> preferences) {
		UpdatePreferencesForUserRequest request = UpdatePreferencesForUserRequest.newBuilder()
			.setUserId(userId)
			.addAllPreferences(preferences.stream().map(HookModelConverter::toProto).toList())
			.build();
		this.caller.call("UpdatePreferencesForUser", (stub) -> stub.updatePreferencesForUser(request));
	}

	@Override
	public void delete(String userId, List<Preference> preferences) {
		DeletePreferencesForUserRequest request = DeletePreferencesForUserRequest.newBuilder()
			.setUserId(userId)
			.addAllPreferences(preferences.stream().map(HookModelConverter::toProto).toList())
			.build();
		this.caller.call("DeletePreferencesForUser", (stub) -> stub.deletePreferencesForUser(request));
	}

}
