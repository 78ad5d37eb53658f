/**
 * The plugin's HTTP endpoints: Mattermost's {@code ServeHTTP} stream served by Spring MVC in Jetty, and the argument
 * resolvers that tell a controller who is calling.
 */
@NullMarked
package dev.mattermost.spring.http;

import org.jspecify.annotations.NullMarked;
