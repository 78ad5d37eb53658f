package dev.mattermost.spring.hooks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Holds the hook handlers found at startup; frozen once the application's singletons exist, after which it only
 * answers lookups.
 */
public final class HookHandlerRegistry {

	private final Map<Hook, List<HookHandlerMethod>> handlers = new EnumMap<>(Hook.class);

	private final Set<String> extraImplementedHooks = new LinkedHashSet<>();

	private volatile boolean frozen;

	/**
	 * Adds a handler.
	 * @param handler the bound handler method
	 * @throws IllegalStateException after {@link #freeze()}
	 */
	public synchronized void register(HookHandlerMethod handler) {
		assertNotFrozen(handler.toString());
		this.handlers.computeIfAbsent(handler.hook(), (hook) -> new ArrayList<>()).add(handler);
	}

	/**
	 * Reports a hook as implemented although no annotated method handles it, for hooks the starter serves itself.
	 * @param hookName Mattermost's name of the hook, e.g. {@code ServeHTTP}
	 */
	public synchronized void registerImplemented(String hookName) {
		assertNotFrozen(hookName);
		this.extraImplementedHooks.add(hookName);
	}

	/**
	 * Sorts handlers by their order, checks that single-answer hooks have one handler at most, and refuses further
	 * registrations.
	 * @throws HookDeclarationException when a hook that only one handler can answer has several
	 */
	public synchronized void freeze() {
		if (this.frozen) {
			return;
		}
		for (Map.Entry<Hook, List<HookHandlerMethod>> entry : this.handlers.entrySet()) {
			List<HookHandlerMethod> list = entry.getValue();
			list.sort(Comparator.comparingInt(HookHandlerMethod::order));
			if (entry.getKey().dispatch() == Hook.Dispatch.SINGLE && list.size() > 1) {
				throw new HookDeclarationException("Only one handler can answer " + entry.getKey().hookName()
						+ ", but there are " + list.size() + ": "
						+ String.join(", ", list.stream().map(HookHandlerMethod::describe).toList()));
			}
			entry.setValue(List.copyOf(list));
		}
		this.frozen = true;
	}

	/**
	 * Whether the registry is frozen.
	 * @return {@code true} after {@link #freeze()}
	 */
	public boolean isFrozen() {
		return this.frozen;
	}

	/**
	 * The handlers of one hook, in order.
	 * @param hook the hook
	 * @return the handlers, possibly empty
	 */
	public List<HookHandlerMethod> handlers(Hook hook) {
		List<HookHandlerMethod> list = this.handlers.get(hook);
		return (list != null) ? list : Collections.emptyList();
	}

	/**
	 * Whether any handler handles the hook.
	 * @param hook the hook
	 * @return {@code true} when at least one handler exists
	 */
	public boolean hasHandlers(Hook hook) {
		return !handlers(hook).isEmpty();
	}

	/**
	 * The names Mattermost's {@code Implemented} call should get: hooks with handlers plus those the starter
	 * serves itself.
	 * @return hook names in Mattermost's spelling
	 */
	public List<String> implementedHookNames() {
		Set<String> names = new LinkedHashSet<>();
		for (Hook hook : Hook.values()) {
			if (hasHandlers(hook)) {
				names.add(hook.hookName());
			}
		}
		names.addAll(this.extraImplementedHooks);
		return List.copyOf(names);
	}

	private void assertNotFrozen(String what) {
		if (this.frozen) {
			throw new IllegalStateException("Hook handlers are fixed once the application has started; cannot add "
					+ what + " (was the bean created lazily?)");
		}
	}

}
