package dev.mattermost.spring.runtime;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains a plugin started outside Mattermost instead of printing a stack trace.
 */
public final class MissingMagicCookieFailureAnalyzer
		extends AbstractFailureAnalyzer<MagicCookie.MissingMagicCookieException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, MagicCookie.MissingMagicCookieException cause) {
		return new FailureAnalysis(cause.getMessage(),
				"Let Mattermost (or the dev host) start the plugin, or set mattermost.plugin.dev-mode=true "
						+ "to run it by hand.",
				cause);
	}

}
