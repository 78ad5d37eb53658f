package dev.mattermost.spring.test.devhost;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import io.grpc.ManagedChannel;
import io.grpc.MethodDescriptor;
import io.grpc.StatusRuntimeException;
import io.grpc.health.v1.HealthCheckResponse.ServingStatus;
import io.grpc.netty.NettyChannelBuilder;
import org.jspecify.annotations.Nullable;

import dev.mattermost.spring.protocol.v1.PluginHooksGrpc;
import dev.mattermost.spring.test.hooks.HookClient;
import dev.mattermost.spring.test.hooks.HookException;

/**
 * Runs one plugin through its life the way the Mattermost server does: launch, handshake, health check,
 * {@code Implemented}, {@code OnActivate}, periodic health checks, and on stop {@code OnDeactivate},
 * {@code GRPCController/Shutdown} and the grace period before a kill. Whatever goes wrong is reported on the console
 * in words that say what the plugin must change.
 */
public final class PluginSupervisor implements AutoCloseable {

	/** How a stop went. */
	public enum StopOutcome {

		/** The plugin deactivated and exited by itself. */
		CLEAN,
		/** The plugin was stopped, but something went wrong on the way (reported on the console). */
		UNCLEAN,
		/** The plugin was not running any more. */
		ALREADY_GONE

	}

	private final PluginBundle bundle;

	private final SupervisorSettings settings;

	private final DevHostConsole console;

	private final Clock clock;

	private final CompletableFuture<String> failure = new CompletableFuture<>();

	private final ScheduledExecutorService healthChecks;

	private @Nullable PluginProcess process;

	private @Nullable ManagedChannel channel;

	private @Nullable HookClient hooks;

	private volatile boolean stopping;

	/**
	 * Creates a supervisor; nothing runs until {@link #start}.
	 * @param bundle the plugin
	 * @param settings the timings to keep
	 * @param console where to report
	 */
	public PluginSupervisor(PluginBundle bundle, SupervisorSettings settings, DevHostConsole console) {
		this.bundle = bundle;
		this.settings = settings;
		this.console = console;
		this.clock = Clock.systemDefaultZone();
		this.healthChecks = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "plugin-health-check");
			thread.setDaemon(true);
			return thread;
		});
	}

	/**
	 * Launches and activates the plugin.
	 * @param apiTarget where the plugin reaches the Mattermost API, {@code host:port}
	 * @throws PluginLaunchException if the plugin does not start; the process is gone by then
	 */
	public void start(String apiTarget) {
		this.console.info("Starting plugin " + this.bundle.id() + ": " + String.join(" ", this.bundle.command()));
		this.console.info("  in " + this.bundle.directory() + ", MATTERMOST_PLUGIN_API_TARGET=" + apiTarget);
		PluginProcess started = PluginProcess.start(this.bundle, apiTarget, this::onStderr, this::onLaterStdout);
		this.process = started;
		try {
			long begin = System.nanoTime();
			Handshake handshake = started.awaitHandshake(this.settings.handshakeTimeout());
			long handshakeMillis = millisSince(begin);
			this.console.info("Handshake after " + handshakeMillis + " ms: plugin gRPC server at "
					+ handshake.address());
			if (handshakeMillis > this.settings.handshakeTimeout().toMillis() / 2) {
				this.console.warn("The handshake took " + handshakeMillis + " ms of the server's "
						+ this.settings.handshakeTimeout().toMillis() + " ms budget; on a busy server the plugin may "
						+ "not start in time. Start-up shrinks with an extracted jar plus a CDS archive or AOT cache.");
			}
			connect(handshake);
			checkHealthAtStart(started);
			HookClient client = this.hooks;
			try {
				List<String> implemented = client.implemented().stream().sorted().toList();
				this.console.info("Implemented hooks: " + String.join(", ", implemented));
				checkHookNames(implemented);
			}
			catch (HookException ex) {
				throw new PluginLaunchException("Implemented failed, so the server would not start the plugin: "
						+ ex.getMessage() + exitNote(started) + started.stderrTail(), ex);
			}
			try {
				client.activate();
			}
			catch (HookException ex) {
				throw new PluginLaunchException("OnActivate failed, so the server would shut the plugin down: "
						+ ex.getMessage() + exitNote(started) + started.stderrTail(), ex);
			}
			this.console.info("Plugin " + this.bundle.id() + " is active (" + millisSince(begin)
					+ " ms after launch).");
		}
		catch (PluginLaunchException ex) {
			this.stopping = true;
			this.healthChecks.shutdownNow();
			closeChannel();
			if (started.isAlive()) {
				started.kill();
			}
			throw ex;
		}
		started.onExit().thenRun(this::onExit);
		long interval = this.settings.healthCheckInterval().toMillis();
		this.healthChecks.scheduleWithFixedDelay(this::healthCheck, interval, interval, TimeUnit.MILLISECONDS);
	}

	/**
	 * The hooks of the running plugin.
	 * @return the hook client
	 * @throws IllegalStateException before a successful start
	 */
	public HookClient hooks() {
		HookClient client = this.hooks;
		if (client == null) {
			throw new IllegalStateException("The plugin has not been started");
		}
		return client;
	}

	/**
	 * Completes with a report when the plugin crashes or fails its health checks after activation.
	 * @return the failure future
	 */
	public CompletableFuture<String> failure() {
		return this.failure;
	}

	/**
	 * Stops the plugin: {@code OnDeactivate}, then {@code GRPCController/Shutdown}, then the grace period, then a
	 * kill if the process is still there.
	 * @return how it went
	 */
	public synchronized StopOutcome stop() {
		if (this.stopping) {
			return StopOutcome.ALREADY_GONE;
		}
		this.stopping = true;
		this.healthChecks.shutdownNow();
		PluginProcess running = this.process;
		HookClient client = this.hooks;
		if (running == null || client == null || !running.isAlive()) {
			closeChannel();
			return StopOutcome.ALREADY_GONE;
		}
		boolean clean = true;
		this.console.info("Stopping plugin " + this.bundle.id() + ": OnDeactivate, then GRPCController/Shutdown.");
		try {
			client.deactivate();
		}
		catch (HookException ex) {
			clean = false;
			this.console.problem("OnDeactivate failed: " + ex.getMessage());
		}
		if (!client.shutdown()) {
			clean = false;
			this.console.problem("The plugin did not answer plugin.GRPCController/Shutdown. Serve go-plugin's "
					+ "controller service and exit when it is called; otherwise the server logs \"plugin failed to "
					+ "exit gracefully\" and kills the process.");
		}
		closeChannel();
		if (running.awaitExit(this.settings.shutdownGrace())) {
			int code = running.exitValue();
			if (code == 0) {
				this.console.info("Plugin exited by itself with code 0.");
			}
			else {
				clean = false;
				this.console.problem("The plugin exited with code " + code + " after Shutdown." + running.stderrTail());
			}
		}
		else {
			clean = false;
			running.kill();
			this.console.problem("The plugin was still running " + this.settings.shutdownGrace().toMillis()
					+ " ms after GRPCController/Shutdown, so it was killed (the server does the same: \"plugin "
					+ "failed to exit gracefully\"). Make Shutdown end the process, and make sure no non-daemon "
					+ "thread keeps the JVM alive.");
		}
		return clean ? StopOutcome.CLEAN : StopOutcome.UNCLEAN;
	}

	@Override
	public void close() {
		stop();
	}

	private void connect(Handshake handshake) {
		// go-plugin lifts the message size limits on its side; the plugin's own server limit is what counts.
		ManagedChannel managed = NettyChannelBuilder.forTarget(handshake.address())
			.usePlaintext()
			.maxInboundMessageSize(Integer.MAX_VALUE)
			.build();
		this.channel = managed;
		this.hooks = new HookClient(managed, this.settings.hookTimeout());
	}

	private void checkHookNames(List<String> implemented) {
		Set<String> known = PluginHooksGrpc.getServiceDescriptor()
			.getMethods()
			.stream()
			.map(MethodDescriptor::getBareMethodName)
			.filter((name) -> !"Implemented".equals(name))
			.collect(Collectors.toSet());
		List<String> unknown = implemented.stream()
			.filter((name) -> !known.contains(name) && !"ServeMetrics".equals(name))
			.toList();
		if (!unknown.isEmpty()) {
			this.console.warn("Implemented lists " + unknown + ", which the server does not know as hooks; it logs "
					+ "a warning and never calls them. Hook names are Go's, e.g. MessageWillBePosted.");
		}
		if (implemented.contains("ServeMetrics")) {
			this.console.warn("Implemented lists ServeMetrics, which the server does not support for gRPC plugins "
					+ "(it answers 501).");
		}
	}

	private void checkHealthAtStart(PluginProcess started) {
		ServingStatus status;
		try {
			status = this.hooks.health(this.settings.hookTimeout());
		}
		catch (StatusRuntimeException ex) {
			throw new PluginLaunchException("The health check grpc.health.v1.Health/Check{service:\"plugin\"} failed: "
					+ ex.getStatus() + ". The plugin must serve the gRPC health service with \"plugin\" set to "
					+ "SERVING." + exitNote(started) + started.stderrTail(), ex);
		}
		if (status != ServingStatus.SERVING) {
			throw new PluginLaunchException("The health check for service \"plugin\" answered " + status
					+ " instead of SERVING." + started.stderrTail());
		}
	}

	private void healthCheck() {
		if (this.stopping || this.failure.isDone()) {
			return;
		}
		String lastError = "";
		for (int ping = 1; ping <= this.settings.healthCheckPingLimit(); ping++) {
			try {
				ServingStatus status = hooks().health(this.settings.hookTimeout());
				if (status == ServingStatus.SERVING) {
					return;
				}
				lastError = "status " + status;
			}
			catch (StatusRuntimeException ex) {
				lastError = ex.getStatus().toString();
			}
			if (this.stopping) {
				return;
			}
		}
		String report = "The plugin failed " + this.settings.healthCheckPingLimit() + " health checks in a row "
				+ "(grpc.health.v1.Health/Check{service:\"plugin\"}, last answer: " + lastError + "). The server would "
				+ "restart it, and deactivate it after 3 failed checks within an hour."
				+ ((this.process != null) ? this.process.stderrTail() : "");
		this.console.problem(report);
		this.failure.complete(report);
	}

	private void onExit() {
		if (this.stopping) {
			return;
		}
		PluginProcess ended = this.process;
		if (ended == null) {
			return;
		}
		ended.awaitExit(Duration.ofSeconds(1));
		String report = "The plugin process (pid " + ended.pid() + ") exited unexpectedly with code "
				+ ended.exitValue() + " while active. The server would log \"plugin process exited\" and restart it "
				+ "at the next health check." + ended.stderrTail();
		this.console.problem(report);
		this.failure.complete(report);
	}

	private void onStderr(String line) {
		PluginLogLine parsed = PluginLogLine.parse(line, this.clock);
		this.console.plugin(parsed);
		PluginLogLine.Problem problem = parsed.problem();
		if (problem != null) {
			this.console.problemOnce("stderr-" + problem, "The server would not read this stderr line as hclog: "
					+ problem.explanation() + ".\n  | " + Handshake.abbreviate(line));
		}
		else if (!parsed.structured() && parsed.level() == PluginLogLine.Level.DEBUG) {
			this.console.problemOnce("stderr-plain", "The plugin writes plain text to stderr. The server logs such "
					+ "lines at DEBUG, which its default log level hides; write hclog JSON lines ({\"@level\":...,"
					+ "\"@message\":...,\"@timestamp\":...}) or prefix lines with [INFO]/[WARN]/[ERROR].");
		}
	}

	private void onLaterStdout(String line) {
		this.console.problemOnce("stdout-after-handshake", "The plugin printed to stdout after the handshake: '"
				+ Handshake.abbreviate(line) + "'. The server throws stdout away, so this output is lost there; log "
				+ "to stderr instead (further stdout lines are not reported).");
	}

	private void closeChannel() {
		ManagedChannel managed = this.channel;
		if (managed != null) {
			managed.shutdownNow();
		}
	}

	private static String exitNote(PluginProcess process) {
		if (process.awaitExit(Duration.ofMillis(500))) {
			return "\nThe plugin process exited with code " + process.exitValue() + ".";
		}
		return "";
	}

	private static long millisSince(long begin) {
		return (System.nanoTime() - begin) / 1_000_000;
	}

}
