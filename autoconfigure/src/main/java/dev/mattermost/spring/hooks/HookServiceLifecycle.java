package dev.mattermost.spring.hooks;

import org.springframework.context.SmartLifecycle;

/**
 * Runs {@code OnDeactivate} handlers when the application stops without Mattermost having deactivated the plugin;
 * it stops after the gRPC server, so in-flight hooks have finished by then.
 */
public final class HookServiceLifecycle implements SmartLifecycle {

	/** Below the gRPC server's phase, so this stops after the server has drained. */
	public static final int PHASE = Integer.MAX_VALUE - 1000;

	private final PluginHooksService service;

	private volatile boolean running;

	/**
	 * Creates the lifecycle.
	 * @param service the hook service whose activation state decides
	 */
	public HookServiceLifecycle(PluginHooksService service) {
		this.service = service;
	}

	@Override
	public void start() {
		this.running = true;
	}

	@Override
	public void stop() {
		this.running = false;
		this.service.deactivateIfActive();
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public int getPhase() {
		return PHASE;
	}

}
