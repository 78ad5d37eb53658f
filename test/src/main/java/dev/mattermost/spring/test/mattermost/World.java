package dev.mattermost.spring.test.mattermost;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * All state of one in-memory Mattermost; the instance itself is the lock every reader and writer holds.
 */
final class World {

	final Clock clock;

	final Accounts accounts;

	final Directory directory;

	final KvStore kv;

	final PostStore posts;

	final FileStore files;

	final PluginRecords plugin;

	final long installDate;

	final String diagnosticId = MattermostIds.newId();

	final List<PluginActivityListener> listeners = new CopyOnWriteArrayList<>();

	/** RPCs being answered, counted until their listeners have been told; not guarded by the world's lock. */
	final CallsInFlight calls = new CallsInFlight();

	/** Notifications raised under the lock and delivered after it is released. */
	private final List<Consumer<PluginActivityListener>> pending = new ArrayList<>();

	private long lastStamp;

	World(String pluginId, Clock clock) {
		this.clock = clock;
		LongSupplier stamps = this::stamp;
		this.accounts = new Accounts(stamps);
		this.directory = new Directory(stamps, this.accounts);
		this.kv = new KvStore(clock::millis);
		this.posts = new PostStore(stamps, this.accounts, this.directory);
		this.files = new FileStore(stamps, this.directory);
		this.plugin = new PluginRecords(pluginId);
		this.installDate = clock.millis();
	}

	void notify(Consumer<PluginActivityListener> notification) {
		if (!this.listeners.isEmpty()) {
			this.pending.add(notification);
		}
	}

	List<Consumer<PluginActivityListener>> takePending() {
		List<Consumer<PluginActivityListener>> taken = List.copyOf(this.pending);
		this.pending.clear();
		return taken;
	}

	/**
	 * Creation times that never repeat, so that "newest first" orderings are stable even when many objects are made
	 * within one millisecond.
	 */
	private long stamp() {
		this.lastStamp = Math.max(this.clock.millis(), this.lastStamp + 1);
		return this.lastStamp;
	}

}
