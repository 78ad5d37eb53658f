package dev.mattermost.spring.hooks.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import dev.mattermost.spring.hooks.Hook;

/**
 * Runs the plugin's part of a data retention job and answers how many items it deleted; Mattermost hook {@code RunDataRetention}.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PluginHook(Hook.RUN_DATA_RETENTION)
public @interface RunDataRetention {

}
