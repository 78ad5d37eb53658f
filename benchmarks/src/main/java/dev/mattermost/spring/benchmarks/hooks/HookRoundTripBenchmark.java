package dev.mattermost.spring.benchmarks.hooks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import io.grpc.ManagedChannel;
import io.grpc.health.v1.HealthCheckRequest;
import io.grpc.health.v1.HealthGrpc;
import io.grpc.netty.NettyChannelBuilder;

import dev.mattermost.spring.benchmarks.Latencies;
import dev.mattermost.spring.benchmarks.StartedPlugin;
import dev.mattermost.spring.test.mattermost.InMemoryMattermost;
import dev.mattermost.spring.protocol.v1.CommandArgs;
import dev.mattermost.spring.protocol.v1.ExecuteCommandRequest;
import dev.mattermost.spring.protocol.v1.MessageWillBePostedRequest;
import dev.mattermost.spring.protocol.v1.OnActivateRequest;
import dev.mattermost.spring.protocol.v1.PluginContext;
import dev.mattermost.spring.protocol.v1.PluginHooksGrpc;
import dev.mattermost.spring.protocol.v1.Post;

/**
 * Measures what Mattermost sees of a plugin: hook round trips over loopback TCP next to a bare gRPC health check
 * in the same run, and the time from process start to the handshake line.
 *
 * <p>Run: {@code ./mvnw -q -pl benchmarks -am package -DskipTests && java -cp "benchmarks/target/benchmarks.jar"
 * dev.mattermost.spring.benchmarks.hooks.HookRoundTripBenchmark [plugin.jar] [iterations] [starts]}.
 */
public final class HookRoundTripBenchmark {

	private HookRoundTripBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Path jar = Path.of((args.length > 0) ? args[0]
				: "sample-app/target/mattermost-plugin/com.example.sample/server/app/sample-plugin.jar");
		int iterations = (args.length > 1) ? Integer.parseInt(args[1]) : 20_000;
		int starts = (args.length > 2) ? Integer.parseInt(args[2]) : 7;
		System.out.println("Plugin: " + jar + ", JVM " + System.getProperty("java.version") + ", "
				+ Runtime.getRuntime().availableProcessors() + " CPUs");

		// The plugin calls Mattermost on activation, so a real PluginAPI server answers it.
		InMemoryMattermost mattermost = new InMemoryMattermost("sample");
		String apiTarget = mattermost.startTcp();
		List<Long> startTimes = new ArrayList<>();
		for (int i = 0; i < starts; i++) {
			try (StartedPlugin plugin = StartedPlugin.start(jar, List.of(), apiTarget)) {
				startTimes.add(plugin.startToHandshakeNanos());
			}
		}
		startTimes.sort(null);
		System.out.printf(Locale.ROOT, "start to handshake (java -jar, %d starts): median %d ms, min %d ms, max %d ms%n",
				starts, millis(startTimes.get(starts / 2)), millis(startTimes.get(0)),
				millis(startTimes.get(starts - 1)));

		try (StartedPlugin plugin = StartedPlugin.start(jar, List.of(), apiTarget)) {
			ManagedChannel channel = NettyChannelBuilder.forAddress("127.0.0.1", plugin.port()).usePlaintext().build();
			try {
				measure(channel, iterations);
			}
			finally {
				channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
			}
		}
		finally {
			mattermost.close();
		}
	}

	private static void measure(ManagedChannel channel, int iterations) {
		HealthGrpc.HealthBlockingStub health = HealthGrpc.newBlockingStub(channel);
		PluginHooksGrpc.PluginHooksBlockingStub hooks = PluginHooksGrpc.newBlockingStub(channel);
		hooks.onActivate(OnActivateRequest.getDefaultInstance());
		HealthCheckRequest ping = HealthCheckRequest.newBuilder().setService("plugin").build();
		MessageWillBePostedRequest willBePosted = MessageWillBePostedRequest.newBuilder()
			.setPluginContext(PluginContext.newBuilder().setRequestId("r").setSessionId("s"))
			.setPost(Post.newBuilder()
				.setId("p")
				.setChannelId("c")
				.setUserId("u")
				.setMessage("a perfectly ordinary message of a typical length for a chat"))
			.build();
		ExecuteCommandRequest command = ExecuteCommandRequest.newBuilder()
			.setPluginContext(willBePosted.getPluginContext())
			.setArgs(CommandArgs.newBuilder().setCommand("/sample echo hi").setUserId("u").setChannelId("c"))
			.build();
		Latencies healthLatency = new Latencies("grpc.health.v1.Health/Check (bare gRPC)", iterations);
		Latencies willLatency = new Latencies("MessageWillBePosted (2 handlers, chain)", iterations);
		Latencies commandLatency = new Latencies("ExecuteCommand (1 handler)", iterations);
		for (int round = 0; round < 2; round++) {
			boolean timed = round == 1;
			for (int i = 0; i < iterations; i++) {
				// Interleaved so that both see the same machine conditions.
				long t0 = System.nanoTime();
				health.check(ping);
				long t1 = System.nanoTime();
				hooks.messageWillBePosted(willBePosted);
				long t2 = System.nanoTime();
				hooks.executeCommand(command);
				long t3 = System.nanoTime();
				if (timed) {
					healthLatency.add(t1 - t0);
					willLatency.add(t2 - t1);
					commandLatency.add(t3 - t2);
				}
			}
		}
		System.out.println(healthLatency.summary());
		System.out.println(willLatency.summary());
		System.out.println(commandLatency.summary());
		System.out.printf(Locale.ROOT, "hook p50 / health p50: MessageWillBePosted %.2f×, ExecuteCommand %.2f×%n",
				willLatency.percentileMicros(50) / healthLatency.percentileMicros(50),
				commandLatency.percentileMicros(50) / healthLatency.percentileMicros(50));
	}

	private static long millis(long nanos) {
		return TimeUnit.NANOSECONDS.toMillis(nanos);
	}

}
