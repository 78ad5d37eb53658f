package dev.mattermost.spring.test;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import io.grpc.ManagedChannel;
import io.grpc.inprocess.InProcessChannelBuilder;
import io.grpc.netty.NettyChannelBuilder;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.grpc.server.lifecycle.GrpcServerStartedEvent;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.MergedContextConfiguration;

import dev.mattermost.spring.api.PluginApiConnection;
import dev.mattermost.spring.test.MattermostPluginTest.Transport;
import dev.mattermost.spring.test.mattermost.InMemoryMattermost;

/**
 * Starts an in-memory Mattermost for one application context, points the plugin's PluginAPI at it, gives the plugin's
 * hook server an address the driver can reach, and registers both as beans. Equal for equal transports, so contexts
 * are cached as usual.
 */
final class MattermostPluginTestContextCustomizer implements ContextCustomizer {

	static final String PROPERTY_SOURCE_NAME = "mattermostPluginTest";

	/** Bean name of the stand-in. */
	static final String MATTERMOST_BEAN = "inMemoryMattermost";

	/** Bean name of the driver. */
	static final String DRIVER_BEAN = "mattermostTestDriver";

	private final Transport transport;

	MattermostPluginTestContextCustomizer(Transport transport) {
		this.transport = transport;
	}

	@Override
	public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration mergedConfig) {
		ConfigurableEnvironment environment = context.getEnvironment();
		String pluginId = environment.getProperty("mattermost.plugin.id", InMemoryMattermost.DEFAULT_PLUGIN_ID);
		String name = "mattermost-plugin-test-" + UUID.randomUUID();
		InMemoryMattermost mattermost = new InMemoryMattermost(pluginId);
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("mattermost.plugin.dev-mode", "true");
		properties.put("mattermost.plugin.handshake.enabled", "false");
		properties.put("mattermost.plugin.exit-on-shutdown", "false");
		// Netty's server starts in both modes; an ephemeral port keeps parallel builds from colliding.
		properties.put("spring.grpc.server.port", "0");
		DefaultListableBeanFactory beanFactory = (DefaultListableBeanFactory) context.getBeanFactory();
		MattermostTestDriver driver;
		ManagedChannel apiChannel = null;
		if (this.transport == Transport.IN_PROCESS) {
			String apiName = name + "-api";
			mattermost.startInProcess(apiName);
			properties.put("spring.grpc.server.inprocess.name", name);
			properties.put("mattermost.plugin.api.target", "in-process:" + apiName);
			apiChannel = InProcessChannelBuilder.forName(apiName)
				.maxInboundMessageSize(InMemoryMattermost.MAX_MESSAGE_SIZE)
				.build();
			beanFactory.registerSingleton("pluginApiConnection",
					new PluginApiConnection("in-process:" + apiName, apiChannel, Duration.ofSeconds(5)));
			ManagedChannel hookChannel = InProcessChannelBuilder.forName(name)
				.maxInboundMessageSize(InMemoryMattermost.MAX_MESSAGE_SIZE)
				.build();
			driver = new MattermostTestDriver(mattermost, hookChannel);
			beanFactory.registerDisposableBean("mattermostTestHookChannel", () -> shutdown(hookChannel));
		}
		else {
			properties.put("mattermost.plugin.api.target", mattermost.startTcp());
			PluginServerPort port = new PluginServerPort();
			context.addApplicationListener(port);
			LazyChannel hookChannel = new LazyChannel(port);
			driver = new MattermostTestDriver(mattermost, hookChannel::get);
			beanFactory.registerDisposableBean("mattermostTestHookChannel", hookChannel::close);
		}
		addProperties(environment.getPropertySources(), properties);
		beanFactory.registerSingleton(MATTERMOST_BEAN, mattermost);
		beanFactory.registerSingleton(DRIVER_BEAN, driver);
		beanFactory.registerSingleton(MattermostPluginTestExecutionListener.class.getName() + ".marker",
				new MattermostPluginTestExecutionListener.PreparedMarker());
		// Disposed in reverse order: the driver first, the stand-in last, after the plugin has stopped calling it.
		beanFactory.registerDisposableBean("mattermostTestStandIn", mattermost::close);
		beanFactory.registerDisposableBean("mattermostTestDriverThreads", driver::close);
	}

	private static void addProperties(MutablePropertySources sources, Map<String, Object> properties) {
		MapPropertySource source = new MapPropertySource(PROPERTY_SOURCE_NAME, properties);
		// Below the test's own inlined properties, above everything else.
		String inlined = "Inlined Test Properties";
		if (sources.contains(inlined)) {
			sources.addAfter(inlined, source);
		}
		else {
			sources.addFirst(source);
		}
	}

	private static void shutdown(ManagedChannel channel) {
		channel.shutdownNow();
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return other instanceof MattermostPluginTestContextCustomizer customizer
				&& customizer.transport == this.transport;
	}

	@Override
	public int hashCode() {
		return this.transport.hashCode();
	}

	/**
	 * Learns the port of the plugin's Netty gRPC server once it has started.
	 */
	static final class PluginServerPort implements ApplicationListener<GrpcServerStartedEvent> {

		private final AtomicInteger port = new AtomicInteger(-1);

		@Override
		public void onApplicationEvent(GrpcServerStartedEvent event) {
			if (event.getPort() > 0) {
				this.port.set(event.getPort());
			}
		}

		int get() {
			int known = this.port.get();
			if (known <= 0) {
				throw new IllegalStateException("The plugin's gRPC server has not started on a TCP port");
			}
			return known;
		}

	}

	/**
	 * A TCP channel to the plugin, opened on first use because the port is known only after the server started.
	 */
	static final class LazyChannel {

		private final PluginServerPort port;

		private @Nullable ManagedChannel channel;

		LazyChannel(PluginServerPort port) {
			this.port = port;
		}

		synchronized ManagedChannel get() {
			if (this.channel == null) {
				this.channel = NettyChannelBuilder.forAddress("127.0.0.1", this.port.get())
					.usePlaintext()
					.maxInboundMessageSize(InMemoryMattermost.MAX_MESSAGE_SIZE)
					.build();
			}
			return this.channel;
		}

		synchronized void close() {
			if (this.channel != null) {
				this.channel.shutdownNow();
			}
		}

	}

}
