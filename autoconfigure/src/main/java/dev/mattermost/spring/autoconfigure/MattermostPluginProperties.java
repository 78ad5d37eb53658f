package dev.mattermost.spring.autoconfigure;

import org.springframework.boot.context.properties.ConfigurationProperties;

import dev.mattermost.spring.hooks.MessageErrorPolicy;

/**
 * Settings of a Mattermost plugin application.
 */
@ConfigurationProperties("mattermost.plugin")
public class MattermostPluginProperties {

	/**
	 * The plugin id, as in plugin.json.
	 */
	private String id;

	/**
	 * Start without the magic cookie Mattermost sets, for running the plugin by hand.
	 */
	private boolean devMode;

	/**
	 * Exit the process once the context is closed after Mattermost's Shutdown call.
	 */
	private boolean exitOnShutdown = true;

	private final Handshake handshake = new Handshake();

	private final Hooks hooks = new Hooks();

	public String getId() {
		return this.id;
	}

	public void setId(String id) {
		this.id = id;
	}

	public boolean isDevMode() {
		return this.devMode;
	}

	public void setDevMode(boolean devMode) {
		this.devMode = devMode;
	}

	public boolean isExitOnShutdown() {
		return this.exitOnShutdown;
	}

	public void setExitOnShutdown(boolean exitOnShutdown) {
		this.exitOnShutdown = exitOnShutdown;
	}

	public Handshake getHandshake() {
		return this.handshake;
	}

	public Hooks getHooks() {
		return this.hooks;
	}

	/**
	 * The go-plugin handshake.
	 */
	public static class Handshake {

		/**
		 * Print the handshake line on stdout once ready; off when a test drives the plugin in-process.
		 */
		private boolean enabled = true;

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

	}

	/**
	 * Hook handling.
	 */
	public static class Hooks {

		/**
		 * What a failing MessageWillBePosted or MessageWillBeUpdated handler does to the post.
		 */
		private MessageErrorPolicy messageErrorPolicy = MessageErrorPolicy.ALLOW;

		public MessageErrorPolicy getMessageErrorPolicy() {
			return this.messageErrorPolicy;
		}

		public void setMessageErrorPolicy(MessageErrorPolicy messageErrorPolicy) {
			this.messageErrorPolicy = messageErrorPolicy;
		}

	}

}
