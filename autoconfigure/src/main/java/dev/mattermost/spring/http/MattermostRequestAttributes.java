package dev.mattermost.spring.http;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import dev.mattermost.spring.model.PluginContext;

/**
 * Where a plugin's HTTP request keeps what Mattermost says about it, for code that is not a controller method
 * (filters, interceptors, exception handlers).
 */
public final class MattermostRequestAttributes {

	/** Request attribute holding the {@link PluginContext} Mattermost sent with the request. */
	public static final String PLUGIN_CONTEXT = MattermostRequestAttributes.class.getName() + ".pluginContext";

	/**
	 * Request attribute holding the path Mattermost removed before forwarding the request, such as
	 * {@code /plugins/com.example.demo}; the context path of the request includes it.
	 */
	public static final String PATH_PREFIX = MattermostRequestAttributes.class.getName() + ".pathPrefix";

	/** Header Mattermost sets to the id of the user whose session made the request; forged copies are removed. */
	public static final String USER_ID_HEADER = "Mattermost-User-Id";

	/** Header Mattermost sets to the id of the calling plugin on inter-plugin requests. */
	public static final String PLUGIN_ID_HEADER = "Mattermost-Plugin-ID";

	private MattermostRequestAttributes() {
	}

	/**
	 * Returns the id of the authenticated Mattermost user.
	 * @param request the request
	 * @return the user id, or {@code null} when the request has no Mattermost session
	 */
	public static @Nullable String userId(HttpServletRequest request) {
		return nonEmpty(request.getHeader(USER_ID_HEADER));
	}

	/**
	 * Returns the id of the plugin that made an inter-plugin request.
	 * @param request the request
	 * @return the calling plugin's id, or {@code null} when the request did not come from a plugin
	 */
	public static @Nullable String pluginId(HttpServletRequest request) {
		return nonEmpty(request.getHeader(PLUGIN_ID_HEADER));
	}

	/**
	 * Returns the plugin context of the request.
	 * @param request the request
	 * @return the plugin context, or {@code null} when the request did not come through Mattermost
	 */
	public static @Nullable PluginContext pluginContext(HttpServletRequest request) {
		return (request.getAttribute(PLUGIN_CONTEXT) instanceof PluginContext context) ? context : null;
	}

	private static @Nullable String nonEmpty(@Nullable String value) {
		return (value != null && !value.isBlank()) ? value : null;
	}

}
