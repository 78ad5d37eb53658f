package dev.mattermost.spring.runtime;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringApplicationRunListener;
import org.springframework.boot.bootstrap.ConfigurableBootstrapContext;
import org.springframework.core.Ordered;
import org.springframework.util.ClassUtils;

/**
 * Starts the {@link StartupPreloader} as the application starts: the earliest moment a library can, well before
 * Spring Boot's own background pre-initialization, which waits for the environment.
 */
public final class StartupPreloadRunListener implements SpringApplicationRunListener, Ordered {

	private final SpringApplication application;

	/**
	 * Creates the listener, as Spring Boot does for every application.
	 * @param application the application being run
	 * @param args its arguments
	 */
	public StartupPreloadRunListener(SpringApplication application, String[] args) {
		this.application = application;
	}

	@Override
	public void starting(ConfigurableBootstrapContext bootstrapContext) {
		ClassLoader classLoader = this.application.getClassLoader();
		StartupPreloader.startOnce((classLoader != null) ? classLoader : ClassUtils.getDefaultClassLoader());
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 1;
	}

}
