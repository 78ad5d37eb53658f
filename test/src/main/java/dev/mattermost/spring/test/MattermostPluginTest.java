package dev.mattermost.spring.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.annotation.AliasFor;
import org.springframework.test.context.ContextCustomizerFactories;
import org.springframework.test.context.TestExecutionListeners;

/**
 * Tests a plugin application as Mattermost runs it: a {@link SpringBootTest} whose plugin talks to an
 * {@link dev.mattermost.spring.test.mattermost.InMemoryMattermost in-memory Mattermost} and is driven over its real
 * gRPC hooks by an injectable {@link MattermostTestDriver}.
 * <p>
 * The plugin runs in dev mode without the go-plugin handshake and does not exit when shut down. Before the first test
 * the driver activates it ({@code Implemented}, then {@code OnActivate}) and the stand-in's state is checkpointed;
 * before every test the stand-in returns to that checkpoint. Application contexts are cached as usual, so test classes
 * with the same configuration share one plugin and one stand-in.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextCustomizerFactories(MattermostPluginTestContextCustomizerFactory.class)
@TestExecutionListeners(listeners = MattermostPluginTestExecutionListener.class,
		mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
public @interface MattermostPluginTest {

	/**
	 * Properties to add to the plugin's environment, in {@code key=value} form.
	 * @return the properties
	 */
	@AliasFor(annotation = SpringBootTest.class)
	String[] properties() default {};

	/**
	 * The component classes of the plugin application; by default the {@code @SpringBootConfiguration} found by
	 * searching up from the test's package.
	 * @return the classes
	 */
	@AliasFor(annotation = SpringBootTest.class)
	Class<?>[] classes() default {};

	/**
	 * How the driver reaches the plugin and the plugin reaches the stand-in.
	 * @return the transport
	 */
	Transport transport() default Transport.IN_PROCESS;

	/**
	 * Whether the driver activates the plugin before the first test (and again before a test after one that
	 * deactivated it). Turn off to test activation itself with {@link MattermostTestDriver#activate()}.
	 * @return whether to activate automatically
	 */
	boolean activate() default true;

	/**
	 * How the plugin and the test talk.
	 */
	enum Transport {

		/**
		 * grpc-java's in-process transport both ways: the plugin's hooks are served under an in-process name the
		 * driver connects to, and the plugin's PluginAPI connection goes to the stand-in in-process. Fast and opens
		 * no port for the hooks (Boot's Netty gRPC server still starts, on an ephemeral loopback port).
		 */
		IN_PROCESS,

		/**
		 * Loopback TCP both ways, as on a Mattermost server: the driver connects to the plugin's Netty gRPC server
		 * and the plugin to the stand-in's TCP port.
		 */
		TCP

	}

}
