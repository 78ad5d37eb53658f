package dev.mattermost.spring.test.mattermost;

/**
 * One PluginAPI call the plugin made: the RPC name (e.g. {@code "KVSet"}) and its request rendered as JSON with the
 * protocol's field names.
 *
 * @param method the RPC name without the service prefix
 * @param requestJson the request message as compact JSON
 */
public record ApiCall(String method, String requestJson) {
}
