package dev.mattermost.spring.test;

import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestContextAnnotationUtils;
import org.springframework.test.context.TestExecutionListener;

import dev.mattermost.spring.test.mattermost.InMemoryMattermost;

/**
 * Activates the plugin of a {@link MattermostPluginTest} once per application context, checkpoints the stand-in right
 * after, and returns the stand-in to that checkpoint before every test.
 */
class MattermostPluginTestExecutionListener implements TestExecutionListener, Ordered {

	@Override
	public int getOrder() {
		// After dependency injection, so a failing activation is reported against a fully prepared test instance.
		return 2500;
	}

	@Override
	public void beforeTestMethod(TestContext testContext) {
		MattermostPluginTest annotation = TestContextAnnotationUtils
			.findMergedAnnotation(testContext.getTestClass(), MattermostPluginTest.class);
		if (annotation == null) {
			return;
		}
		ApplicationContext context = testContext.getApplicationContext();
		MattermostTestDriver driver = context.getBean(MattermostPluginTestContextCustomizer.DRIVER_BEAN,
				MattermostTestDriver.class);
		PreparedMarker marker = context.getBean(PreparedMarker.class);
		synchronized (marker) {
			if (!marker.prepared) {
				if (annotation.activate()) {
					driver.activate();
				}
				context.getBean(InMemoryMattermost.class).checkpoint();
				marker.prepared = true;
			}
			else {
				driver.reset();
				if (annotation.activate() && !driver.isActive()) {
					// A test deactivated the plugin; the next one starts with it active, as after re-enabling.
					driver.activate();
					context.getBean(InMemoryMattermost.class).clearRecords();
				}
			}
		}
	}

	/**
	 * Remembers per application context that the first test's preparation happened.
	 */
	static final class PreparedMarker {

		boolean prepared;

	}

}
