/**
 * An in-memory Mattermost that serves the real {@code PluginAPI} gRPC service, for testing and running plugins
 * without a Mattermost server.
 */
@NullMarked
package dev.mattermost.spring.test.mattermost;

import org.jspecify.annotations.NullMarked;
