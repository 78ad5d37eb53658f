package dev.mattermost.spring.maven;

/**
 * A problem with the project or its configuration that the user has to fix, with a message that says how.
 */
public final class BundleException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	BundleException(String message) {
		super(message);
	}

	BundleException(String message, Throwable cause) {
		super(message, cause);
	}

}
