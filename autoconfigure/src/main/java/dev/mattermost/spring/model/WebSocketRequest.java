package dev.mattermost.spring.model;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import org.jspecify.annotations.Nullable;

/**
 * A message a client sent to the server over its websocket.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record WebSocketRequest(
		@JsonProperty("seq") @JsonSetter(nulls = Nulls.AS_EMPTY) long seq,
		@JsonProperty("action") String action,
		@JsonProperty("data") Map<String, @Nullable Object> data) {

	public WebSocketRequest {
		action = Defaults.text(action);
		data = Defaults.map(data);
	}

}
