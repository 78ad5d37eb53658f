package dev.mattermost.spring.api;

/**
 * Guards against a response that reports success but lacks the result it should carry, so that callers get an
 * exception naming the RPC instead of a record full of empty values.
 */
final class ResponseFields {

	private ResponseFields() {
	}

	static <T> T require(String method, boolean present, T value) {
		if (!present) {
			throw new PluginApiException(method, "", "the server reported success but sent no result", "", 0, "",
					null);
		}
		return value;
	}

}
