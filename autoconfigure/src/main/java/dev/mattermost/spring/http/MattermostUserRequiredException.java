package dev.mattermost.spring.http;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * Thrown when an endpoint needs a Mattermost user but the request has no Mattermost session; answered with
 * {@code 401 Unauthorized}.
 */
public class MattermostUserRequiredException extends ResponseStatusException {

	/**
	 * Creates an exception.
	 */
	public MattermostUserRequiredException() {
		super(HttpStatus.UNAUTHORIZED, "A Mattermost user session is required");
	}

}
