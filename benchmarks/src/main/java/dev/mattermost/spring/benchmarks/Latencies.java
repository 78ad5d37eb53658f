package dev.mattermost.spring.benchmarks;

import java.util.Arrays;
import java.util.Locale;

/**
 * Collects call latencies and reports percentiles.
 */
public final class Latencies {

	private final String name;

	private final long[] nanos;

	private int count;

	/**
	 * Creates a collector.
	 * @param name what is measured
	 * @param capacity how many samples at most
	 */
	public Latencies(String name, int capacity) {
		this.name = name;
		this.nanos = new long[capacity];
	}

	/**
	 * Records one sample.
	 * @param sampleNanos the latency
	 */
	public void add(long sampleNanos) {
		this.nanos[this.count++] = sampleNanos;
	}

	/**
	 * A percentile in microseconds.
	 * @param percentile 0..100
	 * @return the value
	 */
	public double percentileMicros(double percentile) {
		long[] sorted = Arrays.copyOf(this.nanos, this.count);
		Arrays.sort(sorted);
		int index = (int) Math.min(sorted.length - 1, Math.ceil(percentile / 100.0 * sorted.length) - 1);
		return sorted[Math.max(0, index)] / 1000.0;
	}

	/**
	 * One report line.
	 * @return name, count, p50, p90, p99
	 */
	public String summary() {
		return String.format(Locale.ROOT, "%-40s n=%-6d p50=%8.1f µs  p90=%8.1f µs  p99=%8.1f µs", this.name,
				this.count, percentileMicros(50), percentileMicros(90), percentileMicros(99));
	}

}
