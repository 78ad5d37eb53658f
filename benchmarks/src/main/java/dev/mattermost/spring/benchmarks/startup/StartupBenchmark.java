package dev.mattermost.spring.benchmarks.startup;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.mattermost.spring.benchmarks.StartedPlugin;
import dev.mattermost.spring.test.mattermost.InMemoryMattermost;

/**
 * Time from process start to the handshake line for the ways a plugin can be started, measured in turns (one start
 * of each, then again) so that a busy moment of the machine spreads over all of them alike.
 *
 * <p>Run with {@code java -cp benchmarks/target/benchmarks.jar
 * dev.mattermost.spring.benchmarks.startup.StartupBenchmark [sample-app/target] [rounds]}.
 */
public final class StartupBenchmark {

	private StartupBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Path target = Path.of((args.length > 0) ? args[0] : "sample-app/target").toAbsolutePath();
		int rounds = (args.length > 1) ? Integer.parseInt(args[1]) : 15;
		Path bundle = target.resolve("mattermost-plugin/com.example.sample");
		Path applicationJar = bundle.resolve("server/app/sample-plugin.jar");
		String java = StartedPlugin.java();
		Map<String, List<String>> variants = new LinkedHashMap<>();
		variants.put("bundle: java -jar server/app/sample-plugin.jar (plain)",
				List.of(java, "-jar", applicationJar.toString()));
		variants.put("bundle: same, preloading off", List.of(java, "-Dmattermost.plugin.startup-preload=false", "-jar",
				applicationJar.toString()));
		variants.put("bundle: same, preloading and Spring AOT off", List.of(java,
				"-Dmattermost.plugin.startup-preload=false", "-Dspring.aot.enabled=false", "-jar",
				applicationJar.toString()));
		variants.put("Boot fat jar: java -jar sample-plugin.jar",
				List.of(java, "-jar", target.resolve("sample-plugin.jar").toString()));
		if (Files.isExecutable(Path.of("/usr/bin/python3"))) {
			variants.put("bundle through its launcher: python3 server/plugin.py",
					List.of("/usr/bin/python3", bundle.resolve("server/plugin.py").toString()));
		}
		System.out.println("JVM " + System.getProperty("java.version") + ", " + Runtime.getRuntime().availableProcessors()
				+ " CPUs, " + rounds + " starts of each");
		InMemoryMattermost mattermost = new InMemoryMattermost("sample");
		try {
			String apiTarget = mattermost.startTcp();
			Map<String, List<Long>> times = new LinkedHashMap<>();
			variants.keySet().forEach((name) -> times.put(name, new ArrayList<>()));
			for (int round = 0; round < rounds; round++) {
				for (Map.Entry<String, List<String>> variant : variants.entrySet()) {
					try (StartedPlugin plugin = StartedPlugin.start(variant.getValue(), bundle, apiTarget)) {
						times.get(variant.getKey()).add(plugin.startToHandshakeNanos());
					}
				}
			}
			System.out.printf(Locale.ROOT, "%-58s %8s %8s %8s %8s%n", "start to handshake", "median", "p25", "min",
					"max");
			times.forEach((name, nanos) -> {
				nanos.sort(null);
				System.out.printf(Locale.ROOT, "%-58s %6d ms %5d ms %5d ms %5d ms%n", name,
						millis(nanos.get(nanos.size() / 2)), millis(nanos.get(nanos.size() / 4)), millis(nanos.get(0)),
						millis(nanos.get(nanos.size() - 1)));
			});
		}
		finally {
			mattermost.close();
		}
	}

	private static long millis(long nanos) {
		return nanos / 1_000_000;
	}

}
