package dev.mattermost.spring.hooks.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import dev.mattermost.spring.hooks.Hook;

/**
 * Runs before a notification email is sent and may change its content or reject it; Mattermost hook {@code EmailNotificationWillBeSent}.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PluginHook(Hook.EMAIL_NOTIFICATION_WILL_BE_SENT)
public @interface EmailNotificationWillBeSent {

}
