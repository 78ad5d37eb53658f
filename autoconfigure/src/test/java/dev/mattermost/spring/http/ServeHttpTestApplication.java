package dev.mattermost.spring.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.CRC32;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import dev.mattermost.spring.model.PluginContext;

/**
 * A small Spring MVC application served through the bridge in tests.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import({ ServeHttpTestApplication.TestController.class, ServeHttpTestApplication.RedirectController.class,
		ServeHttpTestApplication.ConflictAdvice.class, ServeHttpTestApplication.PoweredByFilter.class })
class ServeHttpTestApplication {

	static final AtomicReference<CountDownLatch> uploadAborted = new AtomicReference<>(new CountDownLatch(1));

	static final AtomicReference<CountDownLatch> sseRelease = new AtomicReference<>(new CountDownLatch(1));

	static final AtomicReference<CountDownLatch> downloadAborted = new AtomicReference<>(new CountDownLatch(1));

	record Greeting(String greeting) {
	}

	record Note(@NotBlank String text) {
	}

	@RestController
	static class TestController {

		private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();

		@GetMapping("/hello")
		Greeting hello(@RequestParam(defaultValue = "world") String name) {
			return new Greeting("Hello, " + name);
		}

		@PostMapping("/only-post")
		String onlyPost() {
			return "posted";
		}

		@GetMapping("/boom")
		String boom() {
			throw new IllegalStateException("kaboom");
		}

		@PostMapping(path = "/notes", consumes = MediaType.APPLICATION_JSON_VALUE)
		Note note(@jakarta.validation.Valid @RequestBody Note note) {
			return note;
		}

		@GetMapping("/path/{segment}")
		Map<String, String> path(@PathVariable String segment, @RequestParam String q, HttpServletRequest request) {
			return Map.of("segment", segment, "q", q, "rawQuery", request.getQueryString(), "uri",
					request.getRequestURI());
		}

		@GetMapping("/headers")
		ResponseEntity<List<String>> headers(@RequestHeader HttpHeaders headers) {
			return ResponseEntity.ok()
				.header("X-Multi", "one", "two")
				.header("Set-Cookie", "a=1", "b=2")
				.body(headers.getValuesAsList("X-Tag"));
		}

		@GetMapping("/me")
		String me(@MattermostUserId String userId) {
			return userId;
		}

		@GetMapping("/maybe-me")
		String maybeMe(@MattermostUserId(required = false) String userId) {
			return (userId != null) ? userId : "anonymous";
		}

		@GetMapping("/context")
		PluginContext context(PluginContext context, HttpServletRequest request) {
			return context;
		}

		@GetMapping("/remote")
		Map<String, Object> remote(HttpServletRequest request) {
			return Map.of("remoteAddr", request.getRemoteAddr(), "remotePort", request.getRemotePort(), "serverName",
					request.getServerName(), "contextPath", request.getContextPath());
		}

		@GetMapping("/caller")
		String caller(@MattermostPluginId String pluginId) {
			return (pluginId != null) ? pluginId : "none";
		}

		@PostMapping("/upload")
		Map<String, Long> upload(InputStream body) throws IOException {
			CRC32 crc = new CRC32();
			byte[] buffer = new byte[16 * 1024];
			long total = 0;
			try {
				int read;
				while ((read = body.read(buffer)) != -1) {
					crc.update(buffer, 0, read);
					total += read;
				}
			}
			catch (IOException ex) {
				uploadAborted.get().countDown();
				throw ex;
			}
			return Map.of("bytes", total, "crc", crc.getValue());
		}

		@PostMapping("/multipart")
		Map<String, Object> multipart(@RequestParam("file") MultipartFile file, @RequestParam String title)
				throws IOException {
			return Map.of("name", file.getOriginalFilename(), "size", file.getBytes().length, "title", title);
		}

		@GetMapping("/download")
		ResponseEntity<StreamingResponseBody> download(@RequestParam long size) {
			StreamingResponseBody body = (out) -> writePattern(out, size);
			return ResponseEntity.ok().contentType(MediaType.APPLICATION_OCTET_STREAM).body(body);
		}

		@GetMapping("/endless")
		StreamingResponseBody endless() {
			return (out) -> {
				try {
					writePattern(out, Long.MAX_VALUE);
				}
				catch (IOException ex) {
					downloadAborted.get().countDown();
					throw ex;
				}
			};
		}

		@GetMapping("/sse")
		SseEmitter sse() {
			SseEmitter emitter = new SseEmitter(20_000L);
			this.scheduler.execute(() -> {
				try {
					emitter.send(SseEmitter.event().name("tick").data("event-0"));
					// The rest only once the test has seen the first event arrive.
					if (!sseRelease.get().await(15, TimeUnit.SECONDS)) {
						throw new IOException("not released");
					}
					emitter.send(SseEmitter.event().name("tick").data("event-1"));
					emitter.send(SseEmitter.event().name("tick").data("event-2"));
					emitter.complete();
				}
				catch (IOException | InterruptedException ex) {
					emitter.completeWithError(ex);
				}
			});
			return emitter;
		}

		@GetMapping("/async")
		Callable<String> async() {
			return () -> "done later";
		}

		@GetMapping("/conflict")
		String conflict() {
			throw new ConflictException("already there");
		}

		@GetMapping("/empty")
		ResponseEntity<Void> empty() {
			return ResponseEntity.noContent().build();
		}

		@GetMapping("/servlet")
		void servlet(HttpServletResponse response) throws IOException {
			response.setContentType("text/plain");
			response.getWriter().print("from the servlet API");
		}

		static void writePattern(OutputStream out, long size) throws IOException {
			byte[] block = new byte[64 * 1024];
			for (int i = 0; i < block.length; i++) {
				block[i] = (byte) (i * 31);
			}
			long remaining = size;
			while (remaining > 0) {
				int n = (int) Math.min(block.length, remaining);
				out.write(block, 0, n);
				remaining -= n;
			}
		}

	}

	static class ConflictException extends RuntimeException {

		ConflictException(String message) {
			super(message);
		}

	}

	@RestControllerAdvice
	static class ConflictAdvice {

		@ExceptionHandler
		ProblemDetail conflict(ConflictException ex) {
			return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
		}

	}

	static class PoweredByFilter extends OncePerRequestFilter {

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			response.addHeader("X-Filtered-For", String.valueOf(MattermostRequestAttributes.userId(request)));
			chain.doFilter(request, response);
		}

	}

	@Controller
	static class RedirectController {

		@GetMapping("/go-home")
		String goHome() {
			return "redirect:/hello";
		}

	}

}
