package dev.mattermost.spring.sample;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import dev.mattermost.spring.http.MattermostUserId;
import dev.mattermost.spring.model.PluginContext;

/**
 * The sample plugin's REST API, served at {@code /plugins/<plugin id>/api/v1/...} through Mattermost.
 */
@RestController
@RequestMapping("/api/v1")
public class SampleRestController implements DisposableBean {

	private final SampleSettings settings;

	private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();

	public SampleRestController(SampleSettings settings) {
		this.settings = settings;
	}

	/**
	 * What the plugin knows about the caller and its own settings.
	 */
	@GetMapping("/status")
	public Status status(@MattermostUserId String userId, PluginContext context) {
		return new Status(userId, context.requestId(), this.settings.blockedWords());
	}

	/**
	 * Checksums an uploaded file without holding it in memory.
	 */
	@PostMapping("/files")
	public UploadedFile upload(@MattermostUserId String userId, @RequestParam("file") MultipartFile file)
			throws IOException {
		MessageDigest sha256 = sha256();
		long size;
		try (InputStream in = new DigestInputStream(file.getInputStream(), sha256)) {
			size = in.transferTo(OutputStream.nullOutputStream());
		}
		return new UploadedFile(file.getOriginalFilename(), size, HexFormat.of().formatHex(sha256.digest()));
	}

	/**
	 * Sends the server time once a second, ten times, as server-sent events.
	 */
	@GetMapping("/clock")
	public SseEmitter clock(@MattermostUserId String userId) {
		SseEmitter emitter = new SseEmitter(15_000L);
		AtomicInteger sent = new AtomicInteger();
		ScheduledFuture<?> task = this.ticker.scheduleAtFixedRate(() -> {
			try {
				emitter.send(SseEmitter.event().name("tick").data(Instant.now().toString()));
				if (sent.incrementAndGet() == 10) {
					emitter.complete();
				}
			}
			catch (IOException ex) {
				emitter.completeWithError(ex);
			}
		}, 0, 1, TimeUnit.SECONDS);
		// Stops ticking when the events are done or the browser goes away.
		emitter.onCompletion(() -> task.cancel(false));
		emitter.onError((ex) -> task.cancel(false));
		emitter.onTimeout(() -> task.cancel(false));
		return emitter;
	}

	@Override
	public void destroy() {
		this.ticker.shutdownNow();
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The caller and the plugin's settings.
	 *
	 * @param userId the Mattermost user who asked
	 * @param requestId Mattermost's id of the request
	 * @param blockedWords words messages may not contain
	 */
	public record Status(String userId, String requestId, List<String> blockedWords) {
	}

	/**
	 * An uploaded file's name, size and SHA-256.
	 *
	 * @param name the file name the browser sent
	 * @param size the size in bytes
	 * @param sha256 the hex SHA-256 of the content
	 */
	public record UploadedFile(String name, long size, String sha256) {
	}

}
