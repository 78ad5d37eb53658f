package dev.mattermost.spring.runtime;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringApplicationRunListener;
import org.springframework.boot.bootstrap.ConfigurableBootstrapContext;
import org.springframework.core.Ordered;

/**
 * Guards stdout from the very start of a plugin application, before the banner, logging or any bean can write
 * to it.
 */
public final class StdoutGuardRunListener implements SpringApplicationRunListener, Ordered {

	/**
	 * Creates the listener, as Spring Boot does for every application.
	 * @param application the application being run
	 * @param args its arguments
	 */
	public StdoutGuardRunListener(SpringApplication application, String[] args) {
	}

	@Override
	public void starting(ConfigurableBootstrapContext bootstrapContext) {
		PluginStdout.guard();
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
