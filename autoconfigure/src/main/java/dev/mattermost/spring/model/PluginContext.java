package dev.mattermost.spring.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The request a hook call came from: session, request id and client details.
 */
// Placeholder until the models branch lands in main; replaced by its record of the same shape.
public record PluginContext(@JsonProperty("session_id") String sessionId,
		@JsonProperty("request_id") String requestId, @JsonProperty("ip_address") String ipAddress,
		@JsonProperty("accept_language") String acceptLanguage, @JsonProperty("user_agent") String userAgent) {

}
