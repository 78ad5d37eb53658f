package dev.mattermost.spring.hooks;

/**
 * One argument Mattermost passes to a hook.
 *
 * @param name the argument's name in Mattermost's Go signature, in camel case
 * @param type the Java type handlers receive it as
 */
public record HookArgument(String name, Class<?> type) {
}
