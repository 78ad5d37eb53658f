package dev.mattermost.spring.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The request a hook call came from: session, request id and client details.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PluginContext(
		@JsonProperty("session_id") String sessionId,
		@JsonProperty("request_id") String requestId,
		@JsonProperty("ip_address") String ipAddress,
		@JsonProperty("accept_language") String acceptLanguage,
		@JsonProperty("user_agent") String userAgent) {

	public PluginContext {
		sessionId = Defaults.text(sessionId);
		requestId = Defaults.text(requestId);
		ipAddress = Defaults.text(ipAddress);
		acceptLanguage = Defaults.text(acceptLanguage);
		userAgent = Defaults.text(userAgent);
	}

	/**
	 * Returns a context with every field empty, for hook calls Mattermost sent none with.
	 * @return the empty context
	 */
	public static PluginContext empty() {
		return new PluginContext("", "", "", "", "");
	}

}
