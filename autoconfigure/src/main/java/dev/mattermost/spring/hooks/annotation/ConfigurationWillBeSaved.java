package dev.mattermost.spring.hooks.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import dev.mattermost.spring.hooks.Hook;

/**
 * Runs before the server configuration is saved and may change or refuse it; Mattermost hook {@code ConfigurationWillBeSaved}.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PluginHook(Hook.CONFIGURATION_WILL_BE_SAVED)
public @interface ConfigurationWillBeSaved {

}
