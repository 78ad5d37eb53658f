/**
 * Mattermost's data types as plugins see them: immutable records whose JSON names are those of Mattermost's REST
 * API.
 */
@NullMarked
package dev.mattermost.spring.model;

import org.jspecify.annotations.NullMarked;
