package dev.mattermost.spring.test;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * Adds the in-memory Mattermost and the driver to the application context of a {@link MattermostPluginTest}.
 */
class MattermostPluginTestContextCustomizerFactory implements ContextCustomizerFactory {

	@Override
	public @Nullable ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		MattermostPluginTest annotation = TestContextAnnotationUtils.findMergedAnnotation(testClass,
				MattermostPluginTest.class);
		return (annotation != null) ? new MattermostPluginTestContextCustomizer(annotation.transport()) : null;
	}

}
