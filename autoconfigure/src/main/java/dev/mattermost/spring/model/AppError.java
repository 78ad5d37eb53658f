package dev.mattermost.spring.model;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * An error Mattermost reports as data rather than as a failed call, such as one user that could not be added to a
 * team while the others were.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AppError(
		@JsonProperty("id") String id,
		@JsonProperty("message") String message,
		@JsonProperty("detailed_error") String detailedError,
		@JsonProperty("request_id") String requestId,
		@JsonProperty("status_code") int statusCode,
		@JsonProperty("where") String where,
		@JsonProperty("params") Map<String, @Nullable Object> params) {

	public AppError {
		id = Defaults.text(id);
		message = Defaults.text(message);
		detailedError = Defaults.text(detailedError);
		requestId = Defaults.text(requestId);
		where = Defaults.text(where);
		params = Defaults.map(params);
	}

}
