package dev.mattermost.spring.benchmarks.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The endpoints measured, identical over the bridge and over plain HTTP.
 */
@RestController
class BenchmarkController {

	@GetMapping("/small")
	Map<String, String> small() {
		return Map.of("status", "ok");
	}

	@PostMapping("/upload")
	Map<String, Long> upload(InputStream body) throws IOException {
		byte[] buffer = new byte[64 * 1024];
		long total = 0;
		int read;
		while ((read = body.read(buffer)) != -1) {
			total += read;
		}
		return Map.of("bytes", total);
	}

	@GetMapping("/download")
	ResponseEntity<StreamingResponseBody> download(@RequestParam long size) {
		StreamingResponseBody body = (out) -> write(out, size);
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_OCTET_STREAM).contentLength(size).body(body);
	}

	private static void write(OutputStream out, long size) throws IOException {
		byte[] block = new byte[64 * 1024];
		long remaining = size;
		while (remaining > 0) {
			int n = (int) Math.min(block.length, remaining);
			out.write(block, 0, n);
			remaining -= n;
		}
	}

}
