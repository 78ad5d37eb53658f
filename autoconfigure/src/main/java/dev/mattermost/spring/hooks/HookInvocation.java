package dev.mattermost.spring.hooks;

import java.util.Arrays;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import dev.mattermost.spring.model.PluginContext;

/**
 * One call of a hook: its plugin context and its arguments in the order of {@link Hook#arguments()}.
 */
public final class HookInvocation {

	private final Hook hook;

	private final @Nullable PluginContext pluginContext;

	private final @Nullable Object[] arguments;

	/**
	 * Creates an invocation.
	 * @param hook the hook being called
	 * @param pluginContext the plugin context, for hooks that carry one
	 * @param arguments the arguments, one per {@link Hook#arguments()} entry (an absent optional one is null)
	 */
	public HookInvocation(Hook hook, @Nullable PluginContext pluginContext, @Nullable Object... arguments) {
		this.hook = Objects.requireNonNull(hook, "hook");
		if (arguments.length != hook.arguments().size()) {
			throw new IllegalArgumentException(hook.hookName() + " takes " + hook.arguments().size()
					+ " arguments, not " + arguments.length);
		}
		this.pluginContext = pluginContext;
		this.arguments = arguments.clone();
	}

	/**
	 * The hook being called.
	 * @return the hook
	 */
	public Hook hook() {
		return this.hook;
	}

	/**
	 * The plugin context Mattermost sent, if the hook carries one.
	 * @return the context or {@code null}
	 */
	public @Nullable PluginContext pluginContext() {
		return this.pluginContext;
	}

	/**
	 * One argument.
	 * @param index its position in {@link Hook#arguments()}
	 * @return the value, {@code null} when Mattermost sent none
	 */
	public @Nullable Object argument(int index) {
		return this.arguments[index];
	}

	/**
	 * A copy of this invocation with one argument replaced, as a chain passes a modified value on.
	 * @param index the argument's position
	 * @param value the new value
	 * @return the new invocation
	 */
	public HookInvocation withArgument(int index, @Nullable Object value) {
		@Nullable Object[] copy = this.arguments.clone();
		copy[index] = value;
		return new HookInvocation(this.hook, this.pluginContext, copy);
	}

	@Override
	public String toString() {
		return this.hook.hookName() + Arrays.toString(this.arguments);
	}

}
