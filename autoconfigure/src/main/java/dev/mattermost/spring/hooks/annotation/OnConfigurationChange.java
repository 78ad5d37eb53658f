package dev.mattermost.spring.hooks.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import dev.mattermost.spring.hooks.Hook;

/**
 * Runs when the plugin's configuration may have changed, and once before activation; Mattermost hook {@code OnConfigurationChange}.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PluginHook(Hook.ON_CONFIGURATION_CHANGE)
public @interface OnConfigurationChange {

}
