package dev.mattermost.spring.runtime;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.SpringApplicationRunListener;
import org.springframework.core.io.support.SpringFactoriesLoader;

import static org.assertj.core.api.Assertions.assertThat;

class StartupPreloaderTests {

	@TempDir
	Path root;

	@Test
	void loadsTheRecordedStartupClassesAndSkipsNamesThatAreNotThere() throws Exception {
		write("# recorded by the bundle\n" + "java.util.concurrent.Phaser\n\n"
				+ "dev.mattermost.spring.runtime.NoSuchClass\n" + "java.util.concurrent.Exchanger\n");
		try (URLClassLoader loader = loader()) {
			assertThat(new StartupPreloader(loader).loadStartupClasses()).isEqualTo(2);
		}
	}

	@Test
	void withoutARecordedListLoadsNothingAndStillCompletes() throws Exception {
		try (URLClassLoader loader = loader()) {
			StartupPreloader preloader = new StartupPreloader(loader);
			assertThat(preloader.loadStartupClasses()).isZero();
			preloader.run();
		}
	}

	@Test
	void startsAtMostOncePerProcess() {
		StartupPreloader.startOnce(getClass().getClassLoader());
		// whether this call or an application context of an earlier test started it, it runs already
		assertThat(StartupPreloader.startOnce(getClass().getClassLoader())).isFalse();
	}

	@Test
	void startsWithEveryApplication() {
		assertThat(SpringFactoriesLoader.forDefaultResourceLocation()
			.load(SpringApplicationRunListener.class,
					SpringFactoriesLoader.ArgumentResolver.of(org.springframework.boot.SpringApplication.class,
							new org.springframework.boot.SpringApplication())
						.and(String[].class, new String[0])))
			.hasAtLeastOneElementOfType(StartupPreloadRunListener.class);
	}

	private void write(String content) throws IOException {
		Path list = this.root.resolve(StartupPreloader.STARTUP_CLASSES);
		Files.createDirectories(list.getParent());
		Files.writeString(list, content, StandardCharsets.UTF_8);
	}

	private URLClassLoader loader() throws IOException {
		return new URLClassLoader(new URL[] { this.root.toUri().toURL() }, getClass().getClassLoader());
	}

}
