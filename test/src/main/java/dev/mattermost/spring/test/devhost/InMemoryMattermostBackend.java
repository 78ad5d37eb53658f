package dev.mattermost.spring.test.devhost;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.mattermost.spring.model.Channel;
import dev.mattermost.spring.model.Post;
import dev.mattermost.spring.model.Team;
import dev.mattermost.spring.model.User;
import dev.mattermost.spring.test.mattermost.InMemoryMattermost;
import dev.mattermost.spring.test.mattermost.LogEntry;
import dev.mattermost.spring.test.mattermost.PluginActivityListener;
import dev.mattermost.spring.test.mattermost.RegisteredCommand;

/**
 * The test kit's in-memory Mattermost behind the dev host's seam.
 */
final class InMemoryMattermostBackend implements MattermostBackend {

	private final InMemoryMattermost mattermost;

	/**
	 * Creates a fresh in-memory Mattermost for one plugin.
	 * @param pluginId the plugin's id
	 */
	InMemoryMattermostBackend(String pluginId) {
		this.mattermost = new InMemoryMattermost(pluginId);
	}

	@Override
	public String startTcp() {
		return this.mattermost.startTcp();
	}

	@Override
	public Team createTeam(String name) {
		return this.mattermost.createTeam(name);
	}

	@Override
	public User createUser(String username, boolean systemAdmin) {
		return systemAdmin ? this.mattermost.createAdmin(username) : this.mattermost.createUser(username);
	}

	@Override
	public void addToTeam(String teamId, String userId) {
		this.mattermost.addToTeam(teamId, userId);
	}

	@Override
	public String createSession(String userId) {
		return this.mattermost.createSession(userId);
	}

	@Override
	public Optional<User> findUserByUsername(String username) {
		return this.mattermost.userByUsername(username);
	}

	@Override
	public Optional<Channel> findChannel(String idOrName) {
		return this.mattermost.channel(idOrName)
			.or(() -> this.mattermost.channels().stream().filter((channel) -> channel.name().equals(idOrName)).findFirst());
	}

	@Override
	public Post savePost(Post post) {
		return this.mattermost.createPost(post.channelId(), post.userId(), post.message(), post.rootId(), post.props());
	}

	@Override
	public List<Post> posts(String channelId) {
		return this.mattermost.posts(channelId);
	}

	@Override
	public Map<String, Object> pluginSettings() {
		return this.mattermost.pluginSettings();
	}

	@Override
	public void pluginSettings(Map<String, Object> settings) {
		this.mattermost.pluginSettings(settings);
	}

	@Override
	public void pluginSettingDefaults(Map<String, Object> defaults) {
		this.mattermost.pluginSettingDefaults(defaults);
	}

	@Override
	public List<String> commandTriggers() {
		return this.mattermost.registeredCommands().stream().map(RegisteredCommand::trigger).toList();
	}

	@Override
	public void addActivityListener(PluginActivity listener) {
		this.mattermost.addListener(new PluginActivityListener() {

			@Override
			public void pluginCreatedPost(Post post) {
				listener.postCreated(post);
			}

			@Override
			public void pluginSentEphemeralPost(String userId, Post post) {
				listener.ephemeralPostSent(userId, post);
			}

			@Override
			public void pluginSavedConfiguration(Map<String, Object> settings) {
				listener.settingsSaved(settings);
			}

			@Override
			public void pluginLogged(LogEntry entry) {
				listener.logged(new ApiLog(entry.level(), entry.message(), entry.fields()));
			}

		});
	}

	@Override
	public void close() {
		this.mattermost.close();
	}

}
