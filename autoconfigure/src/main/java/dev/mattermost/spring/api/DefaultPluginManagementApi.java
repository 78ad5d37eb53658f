package dev.mattermost.spring.api;

import java.util.List;
import java.util.Objects;

import com.google.protobuf.ByteString;

import dev.mattermost.spring.convert.PluginConverter;
import dev.mattermost.spring.model.PluginManifest;
import dev.mattermost.spring.model.PluginStatus;
import dev.mattermost.spring.protocol.v1.DisablePluginRequest;
import dev.mattermost.spring.protocol.v1.EnablePluginRequest;
import dev.mattermost.spring.protocol.v1.GetBundlePathRequest;
import dev.mattermost.spring.protocol.v1.GetPluginIDRequest;
import dev.mattermost.spring.protocol.v1.GetPluginStatusRequest;
import dev.mattermost.spring.protocol.v1.GetPluginStatusResponse;
import dev.mattermost.spring.protocol.v1.GetPluginsRequest;
import dev.mattermost.spring.protocol.v1.InstallPluginRequest;
import dev.mattermost.spring.protocol.v1.InstallPluginResponse;
import dev.mattermost.spring.protocol.v1.RemovePluginRequest;

/**
 * {@link PluginManagementApi} over the PluginAPI gRPC service.
 */
public final class DefaultPluginManagementApi implements PluginManagementApi {

	private final PluginApiCaller caller;

	/**
	 * Creates the API.
	 * @param caller performs the calls
	 */
	public DefaultPluginManagementApi(PluginApiCaller caller) {
		this.caller = Objects.requireNonNull(caller, "caller must not be null");
	}

	@Override
	public String getBundlePath() {
		return this.caller
			.call("GetBundlePath", (stub) -> stub.getBundlePath(GetBundlePathRequest.getDefaultInstance()))
			.getPath();
	}

	@Override
	public List<PluginManifest> getPlugins() {
		return this.caller.call("GetPlugins", (stub) -> stub.getPlugins(GetPluginsRequest.getDefaultInstance()))
			.getManifestsList()
			.stream()
			.map(PluginConverter::toModel)
			.toList();
	}

	@Override
	public void enable(String pluginId) {
		EnablePluginRequest request = EnablePluginRequest.newBuilder().setId(pluginId).build();
		this.caller.call("EnablePlugin", (stub) -> stub.enablePlugin(request));
	}

	@Override
	public void disable(String pluginId) {
		DisablePluginRequest request = DisablePluginRequest.newBuilder().setId(pluginId).build();
		this.caller.call("DisablePlugin", (stub) -> stub.disablePlugin(request));
	}

	@Override
	public void remove(String pluginId) {
		RemovePluginRequest request = RemovePluginRequest.newBuilder().setId(pluginId).build();
		this.caller.call("RemovePlugin", (stub) -> stub.removePlugin(request));
	}

	@Override
	public PluginStatus getStatus(String pluginId) {
		GetPluginStatusRequest request = GetPluginStatusRequest.newBuilder().setId(pluginId).build();
		GetPluginStatusResponse response = this.caller.call("GetPluginStatus", (stub) -> stub.getPluginStatus(request));
		return PluginConverter
			.toModel(ResponseFields.require("GetPluginStatus", response.hasStatus(), response.getStatus()));
	}

	@Override
	public PluginManifest install(byte[] bundle, boolean replace) {
		Objects.requireNonNull(bundle, "bundle must not be null");
		InstallPluginRequest request = InstallPluginRequest.newBuilder()
			.setFileData(ByteString.copyFrom(bundle))
			.setReplace(replace)
			.build();
		InstallPluginResponse response = this.caller.call("InstallPlugin", (stub) -> stub.installPlugin(request));
		return PluginConverter
			.toModel(ResponseFields.require("InstallPlugin", response.hasManifest(), response.getManifest()));
	}

	@Override
	public String getPluginId() {
		return this.caller.call("GetPluginID", (stub) -> stub.getPluginID(GetPluginIDRequest.getDefaultInstance()))
			.getPluginId();
	}

}
