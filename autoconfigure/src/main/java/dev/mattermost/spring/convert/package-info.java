/**
 * Conversion between the plugin protocol's protobuf messages and the records in
 * {@code dev.mattermost.spring.model}.
 */
@NullMarked
package dev.mattermost.spring.convert;

import org.jspecify.annotations.NullMarked;
