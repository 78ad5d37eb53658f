package dev.mattermost.spring.hooks.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import dev.mattermost.spring.hooks.Hook;

/**
 * Runs when a client sends the plugin a websocket message; Mattermost hook {@code WebSocketMessageHasBeenPosted}.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PluginHook(Hook.WEB_SOCKET_MESSAGE_HAS_BEEN_POSTED)
public @interface WebSocketMessageHasBeenPosted {

}
