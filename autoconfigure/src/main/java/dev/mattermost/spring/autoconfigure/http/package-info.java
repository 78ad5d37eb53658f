/**
 * Auto-configuration of the plugin's HTTP endpoints.
 */
@NullMarked
package dev.mattermost.spring.autoconfigure.http;

import org.jspecify.annotations.NullMarked;
