package dev.mattermost.spring.runtime;

import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.GenericApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link PluginShutdown}.
 */
class PluginShutdownTests {

	@Test
	void closesTheContextOnceThenExitsWithZero() throws InterruptedException {
		AtomicInteger closes = new AtomicInteger();
		GenericApplicationContext context = new GenericApplicationContext();
		context.registerBean("resource", AutoCloseable.class, () -> closes::incrementAndGet);
		context.refresh();
		CopyOnWriteArrayList<Integer> exitCodes = new CopyOnWriteArrayList<>();
		CountDownLatch exited = new CountDownLatch(1);
		PluginShutdown shutdown = new PluginShutdown(context, (code) -> {
			exitCodes.add(code);
			exited.countDown();
		});
		assertThat(shutdown.isRequested()).isFalse();
		shutdown.request();
		shutdown.request();
		assertThat(shutdown.isRequested()).isTrue();
		assertThat(exited.await(5, TimeUnit.SECONDS)).isTrue();
		Thread.sleep(100);
		assertThat(context.isActive()).isFalse();
		assertThat(closes).hasValue(1);
		assertThat(exitCodes).containsExactly(0);
	}

}
