package dev.mattermost.spring.hooks.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import dev.mattermost.spring.hooks.Hook;

/**
 * Answers a shared-channels sync message from a remote cluster; Mattermost hook {@code OnSharedChannelsSyncMsg}.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PluginHook(Hook.ON_SHARED_CHANNELS_SYNC_MSG)
public @interface OnSharedChannelsSyncMsg {

}
