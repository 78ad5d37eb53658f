package dev.mattermost.spring.benchmarks.api;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import com.google.protobuf.ByteString;
import io.grpc.ManagedChannel;
import io.grpc.Server;
import io.grpc.inprocess.InProcessChannelBuilder;
import io.grpc.inprocess.InProcessServerBuilder;
import io.grpc.netty.NettyServerBuilder;

import dev.mattermost.spring.api.DefaultPluginApi;
import dev.mattermost.spring.api.PluginApi;
import dev.mattermost.spring.api.PluginApiCaller;
import dev.mattermost.spring.api.PluginApiConnection;
import dev.mattermost.spring.model.Post;
import dev.mattermost.spring.protocol.v1.CreatePostRequest;
import dev.mattermost.spring.protocol.v1.GetServerVersionRequest;
import dev.mattermost.spring.protocol.v1.GetUserRequest;
import dev.mattermost.spring.protocol.v1.KVGetRequest;
import dev.mattermost.spring.protocol.v1.KVSetRequest;
import dev.mattermost.spring.protocol.v1.PluginAPIGrpc;

/**
 * Measures PluginApi round trips against a fake PluginAPI server, next to the same RPCs through the bare generated
 * stub, over loopback TCP (as a plugin talks to Mattermost) and in-process (no transport, only the client's own cost).
 *
 * <p>Run with {@code ./mvnw -q -pl benchmarks -am compile exec:java} or from the IDE; arguments: iterations (default
 * 20000), warm-up iterations (default 10000), and an optional Markdown file to write the table to.
 */
public final class PluginApiBenchmark {

	private static final Duration DEADLINE = Duration.ofSeconds(10);

	private static final int ROUNDS = 20;

	private static final byte[] KV_VALUE = "{\"name\":\"visits\",\"count\":12345,\"tags\":[\"a\",\"b\",\"c\"]}"
		.getBytes(StandardCharsets.UTF_8);

	private final int iterations;

	private final int warmup;

	private PluginApiBenchmark(int iterations, int warmup) {
		this.iterations = iterations;
		this.warmup = warmup;
	}

	public static void main(String[] args) throws Exception {
		int iterations = (args.length > 0) ? Integer.parseInt(args[0]) : 20_000;
		int warmup = (args.length > 1) ? Integer.parseInt(args[1]) : 10_000;
		List<Result> results = new PluginApiBenchmark(iterations, warmup).run();
		String table = table(results, iterations);
		PrintStream out = System.out;
		out.print(table);
		if (args.length > 2) {
			Files.writeString(Path.of(args[2]), table, StandardCharsets.UTF_8);
		}
	}

	private List<Result> run() throws IOException, InterruptedException {
		List<Result> results = new ArrayList<>();
		Server tcpServer = NettyServerBuilder.forAddress(new InetSocketAddress("127.0.0.1", 0))
			.addService(new FakePluginApiServer())
			.build()
			.start();
		try (PluginApiConnection connection = new PluginApiConnection("127.0.0.1:" + tcpServer.getPort(),
				64 * 1024 * 1024, null, Duration.ofSeconds(1))) {
			results.addAll(measure("loopback TCP", connection.getChannel(), connection.caller(DEADLINE)));
		}
		finally {
			tcpServer.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
		}
		results.addAll(measureInProcess("in-process", false));
		// With the handler run on the calling thread, as the server side's own Go benchmark runs its mock: what
		// is left is the client's work and the in-memory transport.
		results.addAll(measureInProcess("in-process, direct executor", true));
		return results;
	}

	private List<Result> measureInProcess(String transport, boolean directExecutor) throws IOException,
			InterruptedException {
		String name = InProcessServerBuilder.generateName();
		InProcessServerBuilder serverBuilder = InProcessServerBuilder.forName(name).addService(new FakePluginApiServer());
		InProcessChannelBuilder channelBuilder = InProcessChannelBuilder.forName(name);
		if (directExecutor) {
			serverBuilder.directExecutor();
			channelBuilder.directExecutor();
		}
		Server inProcessServer = serverBuilder.build().start();
		ManagedChannel inProcessChannel = channelBuilder.build();
		try {
			PluginApiCaller caller = new PluginApiCaller(PluginAPIGrpc.newBlockingStub(inProcessChannel), DEADLINE);
			return measure(transport, inProcessChannel, caller);
		}
		finally {
			inProcessChannel.shutdownNow();
			inProcessServer.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
		}
	}

	private List<Result> measure(String transport, ManagedChannel channel, PluginApiCaller caller) {
		PluginApi api = new DefaultPluginApi(caller);
		PluginAPIGrpc.PluginAPIBlockingStub stub = PluginAPIGrpc.newBlockingStub(channel);
		GetServerVersionRequest versionRequest = GetServerVersionRequest.getDefaultInstance();
		GetUserRequest userRequest = GetUserRequest.newBuilder().setUserId("8d3f5a0c1b2e4f6a9c7d0e1f2a").build();
		KVSetRequest kvSetRequest = KVSetRequest.newBuilder()
			.setKey("bench")
			.setValue(ByteString.copyFrom(KV_VALUE))
			.build();
		KVGetRequest kvGetRequest = KVGetRequest.newBuilder().setKey("bench").build();
		Post post = Post.of("channel0000000000000000000", "Benchmark message with **markdown** and a :smile:");
		CreatePostRequest postRequest = CreatePostRequest.newBuilder()
			.setPost(dev.mattermost.spring.convert.PostConverter.toProto(post))
			.build();
		List<Result> results = new ArrayList<>();
		results.addAll(compare(transport, "GetServerVersion", () -> api.system().getServerVersion(),
				() -> deadlined(stub).getServerVersion(versionRequest)));
		results.addAll(compare(transport, "GetUser", () -> api.users().get("8d3f5a0c1b2e4f6a9c7d0e1f2a"),
				() -> deadlined(stub).getUser(userRequest)));
		results.addAll(compare(transport, "KVSet + KVGet", () -> {
			api.kv().set("bench", KV_VALUE);
			return api.kv().get("bench");
		}, () -> {
			deadlined(stub).kVSet(kvSetRequest);
			return deadlined(stub).kVGet(kvGetRequest);
		}));
		results.addAll(compare(transport, "CreatePost", () -> api.posts().create(post),
				() -> deadlined(stub).createPost(postRequest)));
		return results;
	}

	private static PluginAPIGrpc.PluginAPIBlockingStub deadlined(PluginAPIGrpc.PluginAPIBlockingStub stub) {
		return stub.withDeadlineAfter(DEADLINE.toNanos(), TimeUnit.NANOSECONDS);
	}

	// The two clients take turns in short rounds so that load from other processes and JIT progress hit both alike.
	private List<Result> compare(String transport, String operation, Call pluginApi, Call bareStub) {
		for (int i = 0; i < this.warmup; i++) {
			check(operation, pluginApi.run());
			check(operation, bareStub.run());
		}
		long[] apiNanos = new long[this.iterations];
		long[] stubNanos = new long[this.iterations];
		long apiTotal = 0;
		long stubTotal = 0;
		int round = Math.max(1, this.iterations / ROUNDS);
		for (int from = 0; from < this.iterations; from += round) {
			int to = Math.min(this.iterations, from + round);
			apiTotal += sample(operation, pluginApi, apiNanos, from, to);
			stubTotal += sample(operation, bareStub, stubNanos, from, to);
		}
		return List.of(result(transport, operation, "PluginApi", apiNanos, apiTotal),
				result(transport, operation, "bare stub", stubNanos, stubTotal));
	}

	private static long sample(String operation, Call call, long[] nanos, int from, int to) {
		long started = System.nanoTime();
		for (int i = from; i < to; i++) {
			long start = System.nanoTime();
			Object result = call.run();
			nanos[i] = System.nanoTime() - start;
			check(operation, result);
		}
		return System.nanoTime() - started;
	}

	private static void check(String operation, Object result) {
		if (result == null) {
			throw new IllegalStateException(operation + " returned nothing");
		}
	}

	private static Result result(String transport, String operation, String client, long[] nanos, long totalNanos) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		return new Result(transport, operation, client, percentile(sorted, 50), percentile(sorted, 99),
				sorted.length * 1e9 / totalNanos);
	}

	private static double percentile(long[] sorted, int percentile) {
		int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, index)] / 1_000.0;
	}

	private static String table(List<Result> results, int iterations) {
		StringBuilder table = new StringBuilder();
		table.append(String.format(Locale.ROOT,
				"%d sequential calls per row, after warm-up; latency in microseconds.%n%n", iterations));
		table.append("| Transport | RPC | Client | p50 µs | p99 µs | calls/s |\n");
		table.append("|---|---|---|---:|---:|---:|\n");
		for (Result result : results) {
			table.append(String.format(Locale.ROOT, "| %s | %s | %s | %.1f | %.1f | %,.0f |%n", result.transport(),
					result.operation(), result.client(), result.p50Micros(), result.p99Micros(),
					result.callsPerSecond()));
		}
		return table.toString();
	}

	@FunctionalInterface
	private interface Call {

		Object run();

	}

	private record Result(String transport, String operation, String client, double p50Micros, double p99Micros,
			double callsPerSecond) {
	}

}
