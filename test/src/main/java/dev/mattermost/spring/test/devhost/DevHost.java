package dev.mattermost.spring.test.devhost;

import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import com.sun.net.httpserver.HttpServer;

import dev.mattermost.spring.model.Channel;
import dev.mattermost.spring.model.Team;
import dev.mattermost.spring.model.User;

/**
 * Runs a plugin the way the Mattermost server does, in front of an in-memory Mattermost, with an HTTP front door on
 * localhost to talk to it. Plugin mistakes (output before the handshake, no handshake, failing health, a crash) are
 * reported in plain words.
 * <p>
 * Run it with {@code java -cp <test kit classpath> dev.mattermost.spring.test.devhost.DevHost <plugin.jar>}; stop it
 * with Ctrl-C or {@code POST /dev/stop}.
 */
public final class DevHost {

	/** The users seeded at startup; the first one is a system admin. */
	public static final List<String> SEEDED_USERS = List.of("admin", "alice", "bob");

	private final DevHostOptions options;

	private final DevHostConsole console;

	private final Function<String, MattermostBackend> backendFactory;

	private final CompletableFuture<Void> stopRequest = new CompletableFuture<>();

	private final CountDownLatch finished = new CountDownLatch(1);

	private volatile int port = -1;

	/**
	 * Creates a dev host; nothing runs until {@link #run()}.
	 * @param options the command line
	 * @param console where to report
	 * @param backendFactory makes the Mattermost the plugin talks to, given the plugin id
	 */
	public DevHost(DevHostOptions options, DevHostConsole console,
			Function<String, MattermostBackend> backendFactory) {
		this.options = options;
		this.console = console;
		this.backendFactory = backendFactory;
	}

	/**
	 * Runs the dev host until Ctrl-C, {@code POST /dev/stop}, or a plugin failure, then exits with the code
	 * {@link DevHostOptions#USAGE} lists.
	 * @param args the command line
	 */
	public static void main(String[] args) {
		DevHostConsole console = new DevHostConsole(System.out);
		DevHostOptions options;
		try {
			options = DevHostOptions.parse(args);
		}
		catch (IllegalArgumentException ex) {
			console.raw(ex.getMessage() + "\n" + DevHostOptions.USAGE);
			System.exit(2);
			return;
		}
		DevHost host = new DevHost(options, console, DevHost::defaultBackend);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			host.requestStop();
			host.awaitFinished(Duration.ofSeconds(45));
		}, "devhost-shutdown"));
		System.exit(host.run());
	}

	/**
	 * The Mattermost the command line uses.
	 * @param pluginId the plugin's id
	 * @return a fresh in-memory Mattermost
	 */
	static MattermostBackend defaultBackend(String pluginId) {
		return new InMemoryMattermostBackend(pluginId);
	}

	/**
	 * Starts the plugin and serves until asked to stop or the plugin fails.
	 * @return the exit code: 0 stopped cleanly, 1 the plugin failed, 2 bad usage, 3 stopped but not cleanly
	 */
	public int run() {
		try {
			return runToEnd();
		}
		finally {
			this.finished.countDown();
		}
	}

	/**
	 * Asks a running dev host to stop the plugin and return from {@link #run()}.
	 */
	public void requestStop() {
		this.stopRequest.complete(null);
	}

	/**
	 * Waits until {@link #run()} has returned.
	 * @param timeout how long to wait
	 * @return {@code true} if it returned in time
	 */
	public boolean awaitFinished(Duration timeout) {
		try {
			return this.finished.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/**
	 * The port the front door listens on, once it does.
	 * @return the port, or -1 before the front door is open
	 */
	public int port() {
		return this.port;
	}

	private int runToEnd() {
		PluginBundle bundle;
		try {
			bundle = PluginBundle.resolve(this.options.plugin(), this.options.pluginId(), javaCommand());
		}
		catch (PluginLaunchException ex) {
			this.console.problem(ex.getMessage());
			return 2;
		}
		HttpServer http;
		try {
			http = HttpServer.create(new InetSocketAddress("127.0.0.1", this.options.port()), 0);
		}
		catch (BindException ex) {
			this.console.problem("Port " + this.options.port() + " on 127.0.0.1 is taken; choose another with --port.");
			return 2;
		}
		catch (IOException ex) {
			this.console.problem("Cannot open the front door: " + ex.getMessage());
			return 2;
		}
		ExecutorService afterPost = Executors.newSingleThreadExecutor((task) -> daemon(task, "devhost-after-post"));
		try (MattermostBackend mattermost = this.backendFactory.apply(bundle.id())) {
			String apiTarget = mattermost.startTcp();
			ActivityReporter activity = new ActivityReporter(this.console);
			mattermost.addActivityListener(activity);
			Seed seed = seed(mattermost, bundle);
			PluginSupervisor supervisor = new PluginSupervisor(bundle, this.options.supervisor(), this.console);
			try {
				supervisor.start(apiTarget);
			}
			catch (PluginLaunchException ex) {
				this.console.problem(ex.getMessage());
				http.stop(0);
				return 1;
			}
			String siteUrl = "http://localhost:" + http.getAddress().getPort();
			ServerActions actions = new ServerActions(mattermost, supervisor.hooks(), siteUrl, this.console,
					afterPost);
			activity.attach(actions);
			PluginRequestForwarder forwarder = new PluginRequestForwarder(supervisor.hooks(), bundle.id(),
					actions::sessionId);
			try (FrontDoor door = new FrontDoor(http, bundle.id(), mattermost, actions, forwarder,
					SEEDED_USERS.get(0), this::requestStop, this.console)) {
				this.port = door.port();
				if (!this.stopRequest.isDone()) {
					printWhatToTry(bundle, seed, mattermost, door.port());
				}
				CompletableFuture.anyOf(this.stopRequest, supervisor.failure()).join();
			}
			finishAfterPostHooks(afterPost);
			if (supervisor.failure().isDone()) {
				supervisor.stop();
				this.console.problem("The dev host stops because the plugin failed (see above).");
				return 1;
			}
			PluginSupervisor.StopOutcome outcome = supervisor.stop();
			return (outcome == PluginSupervisor.StopOutcome.CLEAN) ? 0 : 3;
		}
		finally {
			afterPost.shutdownNow();
		}
	}

	// Hooks that follow a post are still owed to the plugin; let them finish before it is deactivated.
	private void finishAfterPostHooks(ExecutorService afterPost) {
		afterPost.shutdown();
		try {
			afterPost.awaitTermination(this.options.supervisor().hookTimeout().toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static Thread daemon(Runnable task, String name) {
		Thread thread = new Thread(task, name);
		thread.setDaemon(true);
		return thread;
	}

	private Seed seed(MattermostBackend mattermost, PluginBundle bundle) {
		Team team = mattermost.createTeam("dev");
		for (String username : SEEDED_USERS) {
			User user = mattermost.createUser(username, username.equals(SEEDED_USERS.get(0)));
			mattermost.addToTeam(team.id(), user.id());
		}
		mattermost.pluginSettingDefaults(bundle.defaultSettings());
		if (!this.options.settings().isEmpty()) {
			mattermost.pluginSettings(this.options.settings());
		}
		Channel townSquare = mattermost.findChannel("town-square").orElseThrow();
		return new Seed(team, townSquare);
	}

	private void printWhatToTry(PluginBundle bundle, Seed seed, MattermostBackend mattermost, int port) {
		String base = "http://localhost:" + port;
		String channel = seed.townSquare().name();
		List<String> triggers = mattermost.commandTriggers();
		String command = triggers.isEmpty() ? "/<trigger>" : "/" + triggers.get(0);
		StringBuilder text = new StringBuilder();
		text.append("\n[devhost] Ready. Team '").append(seed.team().name()).append("', channels town-square and ")
			.append("off-topic, users ").append(String.join(", ", SEEDED_USERS)).append(" (admin is a system admin).\n")
			.append("[devhost] Try:\n")
			.append("  curl -H 'X-Dev-As: alice' ").append(base).append("/plugins/").append(bundle.id()).append("/\n")
			.append("  curl -X POST ").append(base).append("/api/v4/posts -H 'X-Dev-As: alice' -d '{\"channel_id\":\"")
			.append(channel).append("\",\"message\":\"hello\"}'\n")
			.append("  curl ").append(base).append("/api/v4/channels/").append(channel).append("/posts\n")
			.append("  curl -X POST ").append(base).append("/api/v4/commands/execute -H 'X-Dev-As: alice' ")
			.append("-d '{\"channel_id\":\"").append(channel).append("\",\"command\":\"").append(command).append("\"}'\n")
			.append("  curl -X PUT ").append(base).append("/dev/settings -d '{\"Greeting\":\"Hi\"}'   ")
			.append("(replaces the settings, then OnConfigurationChange)\n")
			.append("  curl -X POST ").append(base).append("/dev/stop   (or Ctrl-C)\n");
		if (triggers.isEmpty()) {
			text.append("[devhost] The plugin registered no slash command, so none can reach it (the server routes only "
					+ "triggers registered with RegisterCommand).\n");
		}
		else {
			text.append("[devhost] Slash commands registered by the plugin: /").append(String.join(", /", triggers))
				.append('\n');
		}
		text.append("[devhost] Act as a user with ?as=<username> or the X-Dev-As header; plugin routes without one "
				+ "are anonymous (no Mattermost-User-Id), the /api/v4 routes default to admin.");
		this.console.raw(text.toString());
	}

	private static String javaCommand() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	private record Seed(Team team, Channel townSquare) {
	}

}
