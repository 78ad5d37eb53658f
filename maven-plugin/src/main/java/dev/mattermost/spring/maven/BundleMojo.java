package dev.mattermost.spring.maven;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.apache.maven.model.Resource;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.project.MavenProjectHelper;

import dev.mattermost.spring.maven.PluginBundler.Bundle;
import dev.mattermost.spring.maven.PluginBundler.BundleRequest;

/**
 * Packages the Spring Boot executable jar as a Mattermost plugin bundle: an exploded bundle directory and the
 * installable {@code <id>-<version>.tar.gz}, attached to the project.
 */
@Mojo(name = "bundle", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public final class BundleMojo extends AbstractMojo {

	@Parameter(defaultValue = "${project}", readonly = true, required = true)
	private MavenProject project;

	@Component
	private MavenProjectHelper projectHelper;

	/** The Spring Boot executable jar written by spring-boot-maven-plugin's repackage goal. */
	@Parameter(property = "mattermost.plugin.sourceJar",
			defaultValue = "${project.build.directory}/${project.build.finalName}.jar", required = true)
	private File sourceJar;

	/** Where the bundle directory ({@code mattermost-plugin/<id>/}) and the archive are written. */
	@Parameter(defaultValue = "${project.build.directory}", required = true)
	private File outputDirectory;

	/**
	 * The plugin id. Defaults to {@code mattermost.plugin.id} from the application's {@code application.properties}
	 * or {@code application.yml}, else the artifactId.
	 */
	@Parameter(property = "mattermost.plugin.id")
	private String pluginId;

	/** The plugin name shown in the System Console. */
	@Parameter(defaultValue = "${project.name}")
	private String name;

	/** What the plugin does. */
	@Parameter(defaultValue = "${project.description}")
	private String description;

	/** The plugin version; Mattermost requires semantic versioning. */
	@Parameter(property = "mattermost.plugin.version", defaultValue = "${project.version}", required = true)
	private String pluginVersion;

	/** The lowest Mattermost server version the plugin runs on, e.g. {@code 10.5.0}. */
	@Parameter
	private String minServerVersion;

	/** A link to learn more about the plugin. */
	@Parameter
	private String homepageUrl;

	/** Where to report issues. */
	@Parameter
	private String supportUrl;

	/** An SVG icon, copied into the bundle as {@code assets/<file name>} and named by {@code icon_path}. */
	@Parameter
	private File icon;

	/** A JSON file holding the {@code settings_schema} object of plugin.json. */
	@Parameter
	private File settingsSchema;

	/** JVM options the launcher puts before {@code -jar}. */
	@Parameter
	private List<String> jvmArguments;

	/**
	 * The java executable the launcher runs when the server's environment has no {@code MATTERMOST_PLUGIN_JAVA}; by
	 * default it uses {@code JAVA_HOME}, else {@code java} on the PATH.
	 */
	@Parameter(property = "mattermost.plugin.java")
	private String java;

	/**
	 * {@code auto} turns Spring AOT on in the application jar when {@code process-aot} ran; {@code false} never does.
	 */
	@Parameter(property = "mattermost.plugin.aot", defaultValue = "auto")
	private String aot;

	/**
	 * Start the application once while bundling, as Mattermost would, to record the classes it loads before its
	 * handshake; the starter preloads them on a second core, which shortens the plugin's start. Off for builds
	 * that must be byte-for-byte reproducible (the order of loading can differ between runs) or that cannot start
	 * the application.
	 */
	@Parameter(property = "mattermost.plugin.startupTraining", defaultValue = "true")
	private boolean startupTraining;

	/** How long the start-up training waits for the handshake. */
	@Parameter(property = "mattermost.plugin.startupTrainingTimeout", defaultValue = "60")
	private int startupTrainingTimeoutSeconds;

	/** Maven's reproducible-build timestamp, used for every archive entry. */
	@Parameter(defaultValue = "${project.build.outputTimestamp}")
	private String outputTimestamp;

	/** Attach the archive to the project, so that install and deploy publish it. */
	@Parameter(defaultValue = "true")
	private boolean attach;

	/** Skip the goal. */
	@Parameter(property = "mattermost.plugin.skip", defaultValue = "false")
	private boolean skip;

	@Override
	public void execute() throws MojoExecutionException, MojoFailureException {
		if (this.skip) {
			getLog().info("Skipping the Mattermost plugin bundle");
			return;
		}
		try {
			String id = PluginIdDefault.resolve(this.pluginId, resourceDirectories(), this.project.getArtifactId());
			BundleRequest request = new BundleRequest(this.sourceJar.toPath(), this.outputDirectory.toPath(), id,
					this.name, this.description, this.pluginVersion, blankToNull(this.minServerVersion),
					blankToNull(this.homepageUrl), blankToNull(this.supportUrl), path(this.icon),
					path(this.settingsSchema), this.jvmArguments, this.java, AotMode.parse(this.aot),
					OutputTimestamp.parse(this.outputTimestamp).orElse(null), training());
			Bundle bundle = new PluginBundler().bundle(request);
			report(bundle);
			if (this.attach) {
				this.projectHelper.attachArtifact(this.project, "tar.gz", bundle.archive().toFile());
			}
		}
		catch (BundleException ex) {
			throw new MojoFailureException(ex.getMessage(), ex);
		}
		catch (IOException | UncheckedIOException ex) {
			throw new MojoExecutionException("Cannot write the Mattermost plugin bundle: " + ex.getMessage(), ex);
		}
	}

	private void report(Bundle bundle) {
		getLog().info("Mattermost plugin " + bundle.manifest().id() + " " + bundle.manifest().version() + ": "
				+ bundle.archive());
		getLog().info("  bundle directory " + bundle.directory() + " (application jar "
				+ bundle.directory().relativize(bundle.applicationJar()) + ", " + bundle.libraries() + " libraries)");
		switch (bundle.aot()) {
			case ENABLED -> getLog().info("  Spring AOT: on (spring.properties sets spring.aot.enabled=true)");
			case SET_BY_APPLICATION ->
				getLog().info("  Spring AOT: the application's own spring.properties sets spring.aot.enabled");
			case NOT_PROCESSED -> getLog().info("  Spring AOT: off (add spring-boot-maven-plugin's process-aot goal "
					+ "to start faster)");
			case OFF -> getLog().info("  Spring AOT: off (aot=false)");
		}
		if (bundle.training().problem() != null) {
			getLog().warn("Start-up training: the application could not be started to record the classes to "
					+ "preload, so the bundle has none (set startupTraining to false to skip it): "
					+ bundle.training().problem());
		}
		else if (bundle.training().startupClasses() > 0) {
			getLog().info("  start-up training: " + bundle.training().startupClasses()
					+ " classes recorded for preloading (" + StartupTraining.STARTUP_CLASSES + ")");
		}
		if (bundle.manifest().idChangesOnServer()) {
			getLog().warn("Mattermost lowercases plugin ids: the server will know this plugin as '"
					+ bundle.manifest().id().toLowerCase(Locale.ROOT) + "'.");
		}
	}

	// The JDK running Maven starts the application: the closest this build gets to the server's.
	private StartupTraining training() {
		if (!this.startupTraining) {
			return null;
		}
		if (this.startupTrainingTimeoutSeconds <= 0) {
			throw new BundleException("startupTrainingTimeoutSeconds must be positive, but is "
					+ this.startupTrainingTimeoutSeconds + "; set startupTraining to false to skip the training.");
		}
		Path java = Path.of(System.getProperty("java.home"), "bin", "java");
		return new StartupTraining(java, Duration.ofSeconds(this.startupTrainingTimeoutSeconds));
	}

	private List<Path> resourceDirectories() {
		return this.project.getResources()
			.stream()
			.map(Resource::getDirectory)
			.filter((directory) -> directory != null)
			.map(Path::of)
			.toList();
	}

	private static Path path(File file) {
		return (file != null) ? file.toPath() : null;
	}

	private static String blankToNull(String value) {
		return (value != null && !value.isBlank()) ? value.trim() : null;
	}

}
