/**
 * The Mattermost plugin API as plain Java: {@link dev.mattermost.spring.api.PluginApi} and one interface per group of
 * server calls, with the exceptions they throw.
 */
@NullMarked
package dev.mattermost.spring.api;

import org.jspecify.annotations.NullMarked;
