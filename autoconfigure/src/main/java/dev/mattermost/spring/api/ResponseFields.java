package dev.mattermost.spring.api;

/**
 * Guards against a response that reports success but lacks the result it should carry, so that callers get an
 * exception naming the RPC instead of a record full of empty values.
 */
final class ResponseFields {

	private ResponseFields() {
	}

	/**
	 * Returns the result of a lookup, reading a missing one as "not found", which is what a Go {@code nil} result
	 * means.
	 */
	static <T> T found(String method, boolean present, T value, String what) {
		if (!present) {
			throw new NotFoundException(method, "", "The server found no " + what, "", 404, "", null);
		}
		return value;
	}

	/**
	 * Returns the result of a call that must produce one, such as a create or update.
	 */
	static <T> T require(String method, boolean present, T value) {
		if (!present) {
			throw new PluginApiException(method, "", "The server reported success but sent no result", "", 0, "",
					null);
		}
		return value;
	}

}
