package dev.mattermost.spring.http;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * Puts back the {@code /plugins/<id>} path that Mattermost removed, as part of the context path, so that what the
 * application derives from the request points at the plugin as the browser sees it: {@code redirect:/done} sends
 * the browser to {@code /plugins/<id>/done}, and {@code ServletUriComponentsBuilder} builds links that work.
 *
 * <p>
 * Request mapping is unaffected, since the path within the application stays the same.
 */
public class PluginPathPrefixFilter implements Filter {

	@Override
	public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		if (request instanceof HttpServletRequest httpRequest
				&& httpRequest.getAttribute(MattermostRequestAttributes.PATH_PREFIX) instanceof String prefix
				&& !prefix.isEmpty() && !(request instanceof PrefixedRequest)) {
			chain.doFilter(new PrefixedRequest(httpRequest, prefix), response);
			return;
		}
		chain.doFilter(request, response);
	}

	private static final class PrefixedRequest extends HttpServletRequestWrapper {

		private final String prefix;

		PrefixedRequest(HttpServletRequest request, String prefix) {
			super(request);
			this.prefix = prefix;
		}

		@Override
		public String getContextPath() {
			return this.prefix + super.getContextPath();
		}

		@Override
		public String getRequestURI() {
			return this.prefix + super.getRequestURI();
		}

		@Override
		public StringBuffer getRequestURL() {
			StringBuffer url = super.getRequestURL();
			int authorityEnd = url.indexOf("/", url.indexOf("://") + 3);
			url.insert((authorityEnd < 0) ? url.length() : authorityEnd, this.prefix);
			return url;
		}

	}

}
