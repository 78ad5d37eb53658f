package dev.mattermost.spring.test.mattermost;

import java.time.Clock;
import java.util.function.LongSupplier;

/**
 * All state of one in-memory Mattermost; the instance itself is the lock every reader and writer holds.
 */
final class World {

	final Clock clock;

	final Directory directory;

	final KvStore kv;

	final PostStore posts;

	final FileStore files;

	final PluginRecords plugin;

	final long installDate;

	final String diagnosticId = MattermostIds.newId();

	private long lastStamp;

	World(String pluginId, Clock clock) {
		this.clock = clock;
		LongSupplier stamps = this::stamp;
		this.directory = new Directory(stamps);
		this.kv = new KvStore(clock::millis);
		this.posts = new PostStore(stamps, this.directory);
		this.files = new FileStore(stamps, this.directory);
		this.plugin = new PluginRecords(pluginId);
		this.installDate = clock.millis();
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
