package dev.mattermost.spring.http;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.server.PathContainer;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Answers {@code 401 Unauthorized} to requests without a Mattermost user session whose path matches one of the
 * configured patterns (such as {@code /api/**}), so endpoints under them need no annotation to require a user.
 */
public class MattermostUserRequiredFilter extends OncePerRequestFilter {

	private final List<PathPattern> patterns;

	/**
	 * Creates a filter.
	 * @param patterns path patterns, relative to the plugin's root, that require a user
	 */
	public MattermostUserRequiredFilter(List<String> patterns) {
		this.patterns = patterns.stream().map(PathPatternParser.defaultInstance::parse).toList();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (MattermostRequestAttributes.userId(request) == null && matches(request)) {
			response.sendError(HttpStatus.UNAUTHORIZED.value(), "A Mattermost user session is required");
			return;
		}
		chain.doFilter(request, response);
	}

	private boolean matches(HttpServletRequest request) {
		PathContainer path = ServletRequestPathUtils.parseAndCache(request).pathWithinApplication();
		ServletRequestPathUtils.clearParsedRequestPath(request);
		for (PathPattern pattern : this.patterns) {
			if (pattern.matches(path)) {
				return true;
			}
		}
		return false;
	}

}
