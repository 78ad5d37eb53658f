package dev.mattermost.spring.maven;

import java.io.File;
import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.apache.maven.model.Resource;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Uploads the plugin bundle to a running Mattermost server, replacing an installed version, and enables it. Run
 * after the bundle was built: {@code mvn package mattermost-plugin:deploy -Dmattermost.url=... -Dmattermost.token=...}.
 */
@Mojo(name = "deploy", threadSafe = true)
public final class DeployMojo extends AbstractMojo {

	@Parameter(defaultValue = "${project}", readonly = true, required = true)
	private MavenProject project;

	/** The server's site URL, e.g. {@code https://chat.example.com}. */
	@Parameter(property = "mattermost.url")
	private String url;

	/** A personal access token of a system admin; sent as a bearer token, never logged. */
	@Parameter(property = "mattermost.token")
	private String token;

	/** The plugin id; defaults as for the bundle goal. */
	@Parameter(property = "mattermost.plugin.id")
	private String pluginId;

	/** The plugin version, which names the archive. */
	@Parameter(property = "mattermost.plugin.version", defaultValue = "${project.version}", required = true)
	private String pluginVersion;

	/** The bundle to upload; defaults to {@code <id>-<version>.tar.gz} in the build directory. */
	@Parameter(property = "mattermost.plugin.bundle")
	private File bundle;

	@Parameter(defaultValue = "${project.build.directory}", readonly = true, required = true)
	private File outputDirectory;

	/** How long to wait for each answer of the server, in seconds. */
	@Parameter(property = "mattermost.timeout", defaultValue = "120")
	private int timeoutSeconds;

	@Override
	public void execute() throws MojoExecutionException, MojoFailureException {
		try {
			String id = PluginIdDefault.resolve(this.pluginId, resourceDirectories(), this.project.getArtifactId());
			Path archive = (this.bundle != null) ? this.bundle.toPath()
					: this.outputDirectory.toPath().resolve(id + "-" + this.pluginVersion + ".tar.gz");
			Duration timeout = Duration.ofSeconds(Math.max(1, this.timeoutSeconds));
			HttpClient http = HttpClient.newBuilder().connectTimeout(timeout).build();
			new PluginDeployer(http, this.url, this.token, timeout).deploy(archive, id, getLog()::info);
		}
		catch (BundleException ex) {
			throw new MojoFailureException(ex.getMessage(), ex);
		}
		catch (IOException ex) {
			throw new MojoExecutionException(ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new MojoExecutionException("Interrupted while deploying the plugin", ex);
		}
	}

	private List<Path> resourceDirectories() {
		return this.project.getResources()
			.stream()
			.map(Resource::getDirectory)
			.filter((directory) -> directory != null)
			.map(Path::of)
			.toList();
	}

}
