package dev.mattermost.spring.test.mattermost;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Counts the RPCs being answered, from arrival until their listeners have been told, so a driver can wait until
 * everything the plugin asked for has been answered and announced.
 */
final class CallsInFlight {

	private int count;

	synchronized void begin() {
		this.count++;
	}

	synchronized void end() {
		this.count--;
		if (this.count == 0) {
			notifyAll();
		}
	}

	/**
	 * Waits until no RPC is being answered.
	 * @param timeout how long to wait at most
	 * @return whether the stand-in became idle in time
	 */
	synchronized boolean awaitIdle(Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (this.count > 0) {
			long left = deadline - System.nanoTime();
			if (left <= 0) {
				return false;
			}
			TimeUnit.NANOSECONDS.timedWait(this, left);
		}
		return true;
	}

}
