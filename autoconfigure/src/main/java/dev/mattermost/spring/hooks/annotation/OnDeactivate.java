package dev.mattermost.spring.hooks.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import dev.mattermost.spring.hooks.Hook;

/**
 * Runs when Mattermost deactivates the plugin, the last chance to use the API; Mattermost hook {@code OnDeactivate}.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PluginHook(Hook.ON_DEACTIVATE)
public @interface OnDeactivate {

}
