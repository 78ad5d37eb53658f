package dev.mattermost.spring.api;

/**
 * Calls other plugins' HTTP endpoints through the server, without leaving the server process.
 */
public interface InterPluginApi {

	/**
	 * Sends an HTTP request to another plugin and returns its whole response ({@code PluginHTTP}).
	 * @param request the request; its URL starts with the target plugin's id
	 * @return the response, whatever its status code
	 */
	PluginHttpResponse call(PluginHttpRequest request);

	/**
	 * Sends a {@code GET} request to another plugin ({@code PluginHTTP}).
	 * @param url the target path, {@code /<plugin id>/<path>}
	 * @return the response, whatever its status code
	 */
	default PluginHttpResponse get(String url) {
		return call(PluginHttpRequest.get(url));
	}

}
