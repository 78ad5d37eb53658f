package dev.mattermost.spring.benchmarks.http;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import com.google.protobuf.ByteString;
import io.grpc.ManagedChannel;
import io.grpc.Server;
import io.grpc.netty.NettyChannelBuilder;
import io.grpc.netty.NettyServerBuilder;
import io.grpc.stub.ClientCallStreamObserver;
import io.grpc.stub.ClientResponseObserver;
import io.grpc.stub.StreamObserver;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import dev.mattermost.spring.hooks.ServeHttpHandler;
import dev.mattermost.spring.protocol.v1.PluginHooksGrpc;
import dev.mattermost.spring.protocol.v1.ServeHTTPRequest;
import dev.mattermost.spring.protocol.v1.ServeHTTPRequestInit;
import dev.mattermost.spring.protocol.v1.ServeHTTPResponse;

/**
 * Measures the {@code ServeHTTP} bridge against plain HTTP to the same controller, in one run: small GET round
 * trips (p50/p99), and 100 MiB uploads and downloads (MB/s and heap held while streaming).
 *
 * <p>
 * The bridge is driven like Mattermost drives it: over gRPC on loopback TCP (Netty on both ends), with the init and
 * first chunk in one message, 64 KiB chunks and {@code body_complete}. Plain HTTP goes to a second copy of the
 * application with an ordinary Jetty network connector, through the JDK's HTTP/1.1 client.
 */
public final class HttpBridgeBenchmark {

	private static final int MiB = 1024 * 1024;

	private static final int CHUNK = 64 * 1024;

	private static final String[] COMMON = { "spring.main.banner-mode=off", "spring.grpc.server.enabled=false",
			"logging.level.root=warn", "spring.main.log-startup-info=false" };

	private HttpBridgeBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int requests = (args.length > 0) ? Integer.parseInt(args[0]) : 20_000;
		long size = 100L * MiB;
		ConfigurableApplicationContext bridged = new SpringApplicationBuilder(BenchmarkApplication.class)
			.properties(COMMON)
			.properties("spring.autoconfigure.exclude=dev.mattermost.spring.autoconfigure.MattermostPluginAutoConfiguration")
			.run();
		ConfigurableApplicationContext plain = new SpringApplicationBuilder(BenchmarkApplication.class)
			.properties(COMMON)
			.properties("server.port=0", "spring.autoconfigure.exclude="
					+ "dev.mattermost.spring.autoconfigure.MattermostPluginAutoConfiguration,"
					+ "dev.mattermost.spring.autoconfigure.http.PluginHttpAutoConfiguration")
			.run();
		ServeHttpHandler handler = bridged.getBean(ServeHttpHandler.class);
		Server grpcServer = NettyServerBuilder.forAddress(new InetSocketAddress("127.0.0.1", 0))
			.addService(new PluginHooksGrpc.PluginHooksImplBase() {

				@Override
				public StreamObserver<ServeHTTPRequest> serveHTTP(StreamObserver<ServeHTTPResponse> responses) {
					return handler.serve(responses);
				}

			})
			.build()
			.start();
		ManagedChannel channel = NettyChannelBuilder.forAddress("127.0.0.1", grpcServer.getPort())
			.usePlaintext()
			.build();
		PluginHooksGrpc.PluginHooksStub stub = PluginHooksGrpc.newStub(channel);
		int port = ((WebServerApplicationContext) plain).getWebServer().getPort();
		HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		URI base = URI.create("http://127.0.0.1:" + port);
		try {
			report("java " + System.getProperty("java.version") + ", " + Runtime.getRuntime().availableProcessors()
					+ " CPUs, max heap " + Runtime.getRuntime().maxMemory() / MiB + " MiB");
			// Warm both paths up, interleaved, before measuring either.
			for (int round = 0; round < 3; round++) {
				latencies(() -> bridgeGet(stub, "/small"), requests / 4);
				latencies(() -> plainGet(http, base.resolve("/small")), requests / 4);
				bridgeDownload(stub, 16L * MiB);
				bridgeUpload(stub, 16L * MiB);
			}
			// Interleaved in batches, so that load from elsewhere on the machine falls on both alike.
			long[] bridge = new long[0];
			long[] direct = new long[0];
			for (int batch = 0; batch < 20; batch++) {
				bridge = concat(bridge, latencies(() -> bridgeGet(stub, "/small"), requests / 20));
				direct = concat(direct, latencies(() -> plainGet(http, base.resolve("/small")), requests / 20));
			}
			Arrays.sort(bridge);
			Arrays.sort(direct);
			report(String.format(Locale.ROOT, "small GET, %d sequential requests", requests));
			report(String.format(Locale.ROOT, "  bridge (gRPC ServeHTTP): p50 %6.1f us  p99 %6.1f us", micros(bridge, 50),
					micros(bridge, 99)));
			report(String.format(Locale.ROOT, "  plain HTTP/1.1:          p50 %6.1f us  p99 %6.1f us", micros(direct, 50),
					micros(direct, 99)));
			report(String.format(Locale.ROOT, "  ratio bridge/plain:      p50 %.2f  p99 %.2f", micros(bridge, 50) / micros(direct, 50),
					micros(bridge, 99) / micros(direct, 99)));
			transfer("bridge download", size, () -> bridgeDownload(stub, size));
			transfer("bridge upload", size, () -> bridgeUpload(stub, size));
			transfer("plain download", size, () -> plainDownload(http, base, size));
			transfer("plain upload", size, () -> plainUpload(http, base, size));
		}
		finally {
			channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
			grpcServer.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
			bridged.close();
			plain.close();
		}
	}

	private static void report(String line) {
		// Benchmarks are run by hand, not as a plugin, so standard error keeps standard output free all the same.
		System.err.println(line);
	}

	private static double micros(long[] sorted, int percentile) {
		int index = (int) Math.min(sorted.length - 1, Math.ceil(percentile / 100.0 * sorted.length) - 1);
		return sorted[index] / 1000.0;
	}

	private static long[] concat(long[] first, long[] second) {
		long[] all = Arrays.copyOf(first, first.length + second.length);
		System.arraycopy(second, 0, all, first.length, second.length);
		return all;
	}

	private static long[] latencies(Measured call, int count) throws Exception {
		long[] nanos = new long[count];
		for (int i = 0; i < count; i++) {
			long start = System.nanoTime();
			call.run();
			nanos[i] = System.nanoTime() - start;
		}
		Arrays.sort(nanos);
		return nanos;
	}

	private static void transfer(String name, long size, Measured run) throws Exception {
		MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
		System.gc();
		long baseline = memory.getHeapMemoryUsage().getUsed();
		HeapSampler sampler = new HeapSampler(memory, baseline);
		sampler.start();
		long start = System.nanoTime();
		run.run();
		long elapsed = System.nanoTime() - start;
		sampler.stop();
		double mbPerSecond = (size / 1_000_000.0) / (elapsed / 1e9);
		report(String.format(Locale.ROOT, "%-16s %d MiB: %7.1f MB/s, heap held after GC mid-stream %5.1f MiB, "
				+ "peak sampled heap growth (incl. garbage) %6.1f MiB", name, size / MiB, mbPerSecond,
				sampler.retainedMiB(), sampler.peakMiB()));
	}

	// Bridge client, playing Mattermost's side of ServeHTTP.

	private static void bridgeGet(PluginHooksGrpc.PluginHooksStub stub, String url) throws Exception {
		BridgeCall call = new BridgeCall(init("GET", url, 0), InputStream.nullInputStream());
		stub.serveHTTP(call);
		if (call.done.get(30, TimeUnit.SECONDS) != 200) {
			throw new IllegalStateException("unexpected status");
		}
	}

	private static void bridgeDownload(PluginHooksGrpc.PluginHooksStub stub, long size) throws Exception {
		BridgeCall call = new BridgeCall(init("GET", "/download?size=" + size, 0), InputStream.nullInputStream());
		stub.serveHTTP(call);
		call.done.get(120, TimeUnit.SECONDS);
		if (call.received.get() != size) {
			throw new IllegalStateException("received " + call.received.get());
		}
	}

	private static void bridgeUpload(PluginHooksGrpc.PluginHooksStub stub, long size) throws Exception {
		BridgeCall call = new BridgeCall(init("POST", "/upload", size), new ZeroStream(size));
		stub.serveHTTP(call);
		if (call.done.get(120, TimeUnit.SECONDS) != 200) {
			throw new IllegalStateException("upload failed");
		}
	}

	private static ServeHTTPRequestInit init(String method, String url, long contentLength) {
		return ServeHTTPRequestInit.newBuilder()
			.setMethod(method)
			.setUrl(url)
			.setProto("HTTP/1.1")
			.setProtoMajor(1)
			.setProtoMinor(1)
			.setHost("localhost:8065")
			.setRemoteAddr("127.0.0.1:50000")
			.setRequestUri("/plugins/bench" + url)
			.setContentLength(contentLength)
			.build();
	}

	// Plain HTTP client.

	private static void plainGet(HttpClient http, URI uri) throws Exception {
		HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(uri).build(),
				HttpResponse.BodyHandlers.ofByteArray());
		if (response.statusCode() != 200) {
			throw new IllegalStateException("unexpected status");
		}
	}

	private static void plainDownload(HttpClient http, URI base, long size) throws Exception {
		HttpResponse<InputStream> response = http.send(
				HttpRequest.newBuilder(base.resolve("/download?size=" + size)).build(),
				HttpResponse.BodyHandlers.ofInputStream());
		long total;
		try (InputStream body = response.body()) {
			total = body.transferTo(java.io.OutputStream.nullOutputStream());
		}
		if (total != size) {
			throw new IllegalStateException("received " + total);
		}
	}

	private static void plainUpload(HttpClient http, URI base, long size) throws Exception {
		HttpResponse<String> response = http.send(
				HttpRequest.newBuilder(base.resolve("/upload"))
					.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ZeroStream(size)))
					.build(),
				HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IllegalStateException("upload failed");
		}
	}

	@FunctionalInterface
	private interface Measured {

		void run() throws Exception;

	}

	/** One ServeHTTP stream with request-side flow control, counting the response body. */
	private static final class BridgeCall implements ClientResponseObserver<ServeHTTPRequest, ServeHTTPResponse> {

		private final ServeHTTPRequestInit init;

		private final InputStream body;

		private final byte[] buffer = new byte[CHUNK];

		private final CompletableFuture<Integer> done = new CompletableFuture<>();

		private final AtomicLong received = new AtomicLong();

		private volatile int status;

		private ClientCallStreamObserver<ServeHTTPRequest> requests;

		private boolean initSent;

		private boolean finished;

		BridgeCall(ServeHTTPRequestInit init, InputStream body) {
			this.init = init;
			this.body = body;
		}

		@Override
		public void beforeStart(ClientCallStreamObserver<ServeHTTPRequest> requestStream) {
			this.requests = requestStream;
			requestStream.setOnReadyHandler(this::pump);
		}

		private synchronized void pump() {
			try {
				while (!this.finished && this.requests.isReady()) {
					int read = this.body.readNBytes(this.buffer, 0, CHUNK);
					ServeHTTPRequest.Builder message = ServeHTTPRequest.newBuilder();
					if (!this.initSent) {
						message.setInit(this.init);
						this.initSent = true;
					}
					if (read > 0) {
						message.setBodyChunk(ByteString.copyFrom(this.buffer, 0, read));
					}
					if (read < CHUNK) {
						message.setBodyComplete(true);
						this.finished = true;
					}
					this.requests.onNext(message.build());
					if (this.finished) {
						this.requests.onCompleted();
					}
				}
			}
			catch (IOException ex) {
				this.requests.onError(ex);
			}
		}

		@Override
		public void onNext(ServeHTTPResponse message) {
			if (message.hasInit()) {
				this.status = message.getInit().getStatusCode();
			}
			this.received.addAndGet(message.getBodyChunk().size());
		}

		@Override
		public void onError(Throwable error) {
			this.done.completeExceptionally(error);
		}

		@Override
		public void onCompleted() {
			this.done.complete(this.status);
		}

	}

	/** A body of zero bytes of a given length, produced lazily. */
	private static final class ZeroStream extends InputStream {

		private long remaining;

		ZeroStream(long size) {
			this.remaining = size;
		}

		@Override
		public int read() {
			if (this.remaining <= 0) {
				return -1;
			}
			this.remaining--;
			return 0;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) {
			if (this.remaining <= 0) {
				return -1;
			}
			int n = (int) Math.min(length, this.remaining);
			Arrays.fill(buffer, offset, offset + n, (byte) 0);
			this.remaining -= n;
			return n;
		}

	}

	/** Samples heap use while a transfer runs, and once, after a full GC, halfway through. */
	private static final class HeapSampler implements Runnable {

		private final MemoryMXBean memory;

		private final long baseline;

		private final Thread thread = new Thread(this, "heap-sampler");

		private volatile boolean running = true;

		private volatile long peak;

		private volatile long retained = -1;

		HeapSampler(MemoryMXBean memory, long baseline) {
			this.memory = memory;
			this.baseline = baseline;
			this.thread.setDaemon(true);
		}

		void start() {
			this.thread.start();
		}

		void stop() throws InterruptedException {
			this.running = false;
			this.thread.join();
		}

		@Override
		public void run() {
			long started = System.nanoTime();
			while (this.running) {
				long used = this.memory.getHeapMemoryUsage().getUsed();
				this.peak = Math.max(this.peak, used - this.baseline);
				if (this.retained < 0 && System.nanoTime() - started > TimeUnit.MILLISECONDS.toNanos(150)) {
					System.gc();
					this.retained = Math.max(0, this.memory.getHeapMemoryUsage().getUsed() - this.baseline);
				}
				try {
					Thread.sleep(1);
				}
				catch (InterruptedException ex) {
					return;
				}
			}
		}

		double retainedMiB() {
			return Math.max(this.retained, 0) / (double) MiB;
		}

		double peakMiB() {
			return this.peak / (double) MiB;
		}

	}

}
