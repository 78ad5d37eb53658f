package dev.mattermost.spring.hooks.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import dev.mattermost.spring.hooks.Hook;

/**
 * Runs after a user has logged in; Mattermost hook {@code UserHasLoggedIn}.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PluginHook(Hook.USER_HAS_LOGGED_IN)
public @interface UserHasLoggedIn {

}
