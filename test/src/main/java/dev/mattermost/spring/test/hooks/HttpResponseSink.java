package dev.mattermost.spring.test.hooks;

import java.io.IOException;
import java.util.List;

import dev.mattermost.spring.protocol.v1.HTTPHeader;

/**
 * Where {@link HookClient#serveHttp} writes the plugin's HTTP response as it streams in.
 */
public interface HttpResponseSink {

	/**
	 * Starts the response; called exactly once, before any body.
	 * @param status the HTTP status to send
	 * @param headers the response headers, in the order the plugin gave them
	 * @throws IOException if the client can no longer be written to
	 */
	void start(int status, List<HTTPHeader> headers) throws IOException;

	/**
	 * Writes a piece of the body.
	 * @param chunk the bytes, never empty
	 * @throws IOException if the client can no longer be written to
	 */
	void write(byte[] chunk) throws IOException;

	/**
	 * Pushes what was written so far to the client, as the server does when the plugin asks for a flush.
	 * @throws IOException if the client can no longer be written to
	 */
	void flush() throws IOException;

}
