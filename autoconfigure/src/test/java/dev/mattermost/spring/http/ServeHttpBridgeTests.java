package dev.mattermost.spring.http;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;

import com.google.protobuf.ByteString;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.NetworkConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.jetty.JettyWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import dev.mattermost.spring.hooks.ServeHttpHandler;
import dev.mattermost.spring.protocol.v1.ServeHTTPRequest;
import dev.mattermost.spring.http.ServeHttpTestClient.Call;
import dev.mattermost.spring.http.ServeHttpTestClient.Received;
import dev.mattermost.spring.http.ServeHttpTestClient.Response;

import static dev.mattermost.spring.http.ServeHttpTestClient.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Drives a Spring MVC application through the bridge over real gRPC, the way Mattermost does.
 */
class ServeHttpBridgeTests {

	private static final int MiB = 1024 * 1024;

	private static ConfigurableApplicationContext context;

	private static ServeHttpTestClient client;

	@BeforeAll
	static void startApplication() throws Exception {
		context = new SpringApplicationBuilder(ServeHttpTestApplication.class)
			.properties("spring.grpc.server.enabled=false", "mattermost.plugin.http.user-required-paths=/secure/**",
					// The bridge is driven directly here, not through the plugin's hook service.
					"spring.autoconfigure.exclude=dev.mattermost.spring.autoconfigure.MattermostPluginAutoConfiguration")
			.run();
		client = new ServeHttpTestClient(context.getBean(ServeHttpHandler.class));
	}

	@AfterAll
	static void stopApplication() throws Exception {
		client.close();
		context.close();
	}

	@Test
	void servesJsonFromRestController() {
		Response response = client.exchange(request("GET", "/hello?name=Ada").header("Accept", "application/json"));
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.header("Content-Type")).singleElement().asString().startsWith("application/json");
		assertThat(response.text()).isEqualTo("{\"greeting\":\"Hello, Ada\"}");
		assertThat(response.header("Content-Length")).containsExactly(String.valueOf(response.body().length));
		assertThat(response.messages()).hasSize(1).first().satisfies((message) -> {
			assertThat(message.init()).isTrue();
			assertThat(message.complete()).isTrue();
		});
	}

	@Test
	void reportsEndpointsWhenTheApplicationMapsRequests() {
		assertThat(context.getBean(ServeHttpHandler.class).hasEndpoints()).isTrue();
	}

	@Test
	void opensNoNetworkConnector() {
		JettyWebServer webServer = (JettyWebServer) ((WebServerApplicationContext) context).getWebServer();
		Connector[] connectors = webServer.getServer().getConnectors();
		assertThat(connectors).hasSize(1).allSatisfy((connector) -> {
			assertThat(connector).isInstanceOf(ServeHttpConnector.class).isNotInstanceOf(NetworkConnector.class);
		});
		assertThat(webServer.getPort()).isEqualTo(-1);
	}

	@Test
	void answersUnknownPathWithNotFound() {
		Response response = client.exchange(request("GET", "/no/such/thing").header("Accept", "application/json"));
		assertThat(response.status()).isEqualTo(404);
		assertThat(response.text()).contains("\"status\":404");
	}

	@Test
	void answersWrongMethodWithMethodNotAllowed() {
		Response response = client.exchange(request("GET", "/only-post"));
		assertThat(response.status()).isEqualTo(405);
		assertThat(response.header("Allow")).containsExactly("POST");
	}

	@Test
	void answersControllerExceptionWithServerErrorAndBody() {
		Response response = client.exchange(request("GET", "/boom").header("Accept", "application/json"));
		assertThat(response.status()).isEqualTo(500);
		assertThat(response.text()).contains("\"status\":500").contains("\"path\":\"/boom\"");
	}

	@Test
	void answersUnsupportedMediaTypeAndValidationErrors() {
		Response unsupported = client
			.exchange(request("POST", "/notes").body("hi".getBytes(StandardCharsets.UTF_8), "text/plain"));
		assertThat(unsupported.status()).isEqualTo(415);
		Response invalid = client.exchange(request("POST", "/notes")
			.body("{\"text\":\"\"}".getBytes(StandardCharsets.UTF_8), "application/json"));
		assertThat(invalid.status()).isEqualTo(400);
		Response valid = client.exchange(request("POST", "/notes")
			.body("{\"text\":\"kept\"}".getBytes(StandardCharsets.UTF_8), "application/json"));
		assertThat(valid.status()).isEqualTo(200);
		assertThat(valid.text()).isEqualTo("{\"text\":\"kept\"}");
	}

	@Test
	void appliesControllerAdviceAndServletFilters() {
		Response response = client.exchange(request("GET", "/conflict").user("user-7"));
		assertThat(response.status()).isEqualTo(409);
		assertThat(response.header("Content-Type")).containsExactly("application/problem+json");
		assertThat(response.text()).contains("\"detail\":\"already there\"");
		assertThat(response.header("X-Filtered-For")).containsExactly("user-7");
	}

	@Test
	void keepsPercentEncodingOfPathAndQuery() {
		Response response = client.exchange(request("GET", "/path/caf%C3%A9%20au%20lait?q=a%26b%3Dc+d"));
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.text()).contains("\"segment\":\"café au lait\"")
			.contains("\"q\":\"a&b=c d\"")
			.contains("\"rawQuery\":\"q=a%26b%3Dc+d\"");
	}

	@Test
	void rejectsEncodedSlashInPathAsServletContainersMust() {
		assertThat(client.exchange(request("GET", "/path/a%2Fb?q=x")).status()).isEqualTo(400);
	}

	@Test
	void passesMultiValuedHeadersBothWays() {
		Response response = client.exchange(request("GET", "/headers").header("X-Tag", "red", "green"));
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.text()).isEqualTo("[\"red\",\"green\"]");
		assertThat(response.header("X-Multi")).containsExactly("one", "two");
		assertThat(response.header("Set-Cookie")).containsExactly("a=1", "b=2");
	}

	@Test
	void resolvesAuthenticatedUser() {
		Response response = client.exchange(request("GET", "/me").user("user-42"));
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.text()).isEqualTo("user-42");
	}

	@Test
	void answersUnauthorizedWhenRequiredUserIsMissing() {
		assertThat(client.exchange(request("GET", "/me")).status()).isEqualTo(401);
		assertThat(client.exchange(request("GET", "/maybe-me")).text()).isEqualTo("anonymous");
	}

	@Test
	void answersUnauthorizedUnderUserRequiredPathsWithoutUser() {
		assertThat(client.exchange(request("GET", "/secure/anything")).status()).isEqualTo(401);
		assertThat(client.exchange(request("GET", "/secure/anything").user("user-1")).status()).isEqualTo(404);
	}

	@Test
	void resolvesPluginContextAndRemoteAddress() {
		Response context = client.exchange(request("GET", "/context"));
		assertThat(context.text()).contains("\"session_id\":\"session-1\"")
			.contains("\"request_id\":\"req-1\"")
			.contains("\"accept_language\":\"de\"");
		Response remote = client.exchange(request("GET", "/remote"));
		assertThat(remote.text()).contains("\"remoteAddr\":\"203.0.113.9\"")
			.contains("\"remotePort\":51234")
			.contains("\"serverName\":\"mattermost.example.com\"")
			.contains("\"contextPath\":\"/plugins/com.example.test\"");
	}

	@Test
	void resolvesCallingPluginOfInterPluginRequest() {
		assertThat(client.exchange(request("GET", "/caller").header("Mattermost-Plugin-ID", "com.other")).text())
			.isEqualTo("com.other");
		assertThat(client.exchange(request("GET", "/caller")).text()).isEqualTo("none");
	}

	@Test
	void redirectsRelativeToThePluginPath() {
		Response response = client.exchange(request("GET", "/go-home"));
		assertThat(response.status()).isEqualTo(302);
		assertThat(response.header("Location")).singleElement()
			.asString()
			.endsWith("/plugins/com.example.test/hello");
	}

	@Test
	void answersHeadWithoutBody() {
		Response response = client.exchange(request("HEAD", "/hello"));
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.body()).isEmpty();
		assertThat(response.header("Content-Type")).isNotEmpty();
	}

	@Test
	void answersOptionsWithAllowedMethods() {
		Response response = client.exchange(request("OPTIONS", "/hello"));
		assertThat(response.status()).isEqualTo(200);
		assertThat(String.join(",", response.header("Allow"))).contains("GET").contains("HEAD").contains("OPTIONS");
	}

	@Test
	void answersNoContentWithoutBody() {
		Response response = client.exchange(request("GET", "/empty"));
		assertThat(response.status()).isEqualTo(204);
		assertThat(response.body()).isEmpty();
		assertThat(response.header("Content-Length")).isEmpty();
	}

	@Test
	void servesAsyncControllersAndServletApi() {
		assertThat(client.exchange(request("GET", "/async")).text()).isEqualTo("done later");
		assertThat(client.exchange(request("GET", "/servlet")).text()).isEqualTo("from the servlet API");
	}

	@Test
	void parsesMultipartUpload() {
		String boundary = "----bridge-boundary";
		byte[] file = new byte[300 * 1024];
		for (int i = 0; i < file.length; i++) {
			file[i] = (byte) i;
		}
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nReport\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"data.bin\"\r\n"
				+ "Content-Type: application/octet-stream\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(file);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		Response response = client.exchange(
				request("POST", "/multipart").body(body.toByteArray(), "multipart/form-data; boundary=" + boundary));
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.text()).contains("\"name\":\"data.bin\"")
			.contains("\"size\":" + file.length)
			.contains("\"title\":\"Report\"");
	}

	@Test
	void streamsLargeUploadWithUnknownLength() {
		long size = 200L * MiB + 123;
		PatternStream body = new PatternStream(size);
		Response response = client
			.exchange(request("POST", "/upload").body(body, "application/octet-stream"));
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.text()).contains("\"bytes\":" + size).contains("\"crc\":" + body.crc());
	}

	@Test
	void streamsLargeDownloadInBoundedChunks() {
		long size = 200L * MiB;
		Response response = client.exchange(request("GET", "/download?size=" + size).discardResponseBody());
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.bodySize()).isEqualTo(size);
		assertThat(response.crc()).isEqualTo(PatternStream.crcOf(size));
		// Streamed without a known length, so Mattermost sends it chunked.
		assertThat(response.header("Content-Length")).isEmpty();
		assertThat(response.messages()).allSatisfy(
				(message) -> assertThat(message.bodySize()).isLessThanOrEqualTo(ServeHttpTestClient.CHUNK_SIZE));
		assertThat(response.messages().get(response.messages().size() - 1).complete()).isTrue();
	}

	@Test
	void retainsBoundedHeapWhileStreamingBothWays() throws Exception {
		MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
		System.gc();
		long baseline = memory.getHeapMemoryUsage().getUsed();
		long size = 200L * MiB;
		Call download = client.start(request("GET", "/download?size=" + size).discardResponseBody());
		Call upload = client.start(request("POST", "/upload").body(new PatternStream(size), "application/octet-stream"));
		await().atMost(Duration.ofSeconds(30)).until(() -> download.bodySizeSoFar() > size / 2);
		System.gc();
		long midway = memory.getHeapMemoryUsage().getUsed();
		assertThat(download.response().bodySize()).isEqualTo(size);
		assertThat(upload.response().status()).isEqualTo(200);
		assertThat(midway - baseline).isLessThan(32L * MiB);
	}

	@Test
	void sendsServerSentEventsAsTheyAreFlushed() {
		CountDownLatch release = new CountDownLatch(1);
		ServeHttpTestApplication.sseRelease.set(release);
		Call call = client.start(request("GET", "/sse").header("Accept", "text/event-stream"));
		// The first event arrives, flushed, while the controller still holds the rest back.
		await().atMost(Duration.ofSeconds(10))
			.until(() -> call.messagesSoFar().stream().anyMatch((message) -> message.flush() && message.bodySize() > 0));
		assertThat(call.future()).isNotDone();
		assertThat(call.messagesSoFar()).noneMatch(Received::complete);
		release.countDown();
		Response response = call.response();
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.header("Content-Type")).singleElement().asString().startsWith("text/event-stream");
		assertThat(response.text()).isEqualTo(
				"event:tick\ndata:event-0\n\nevent:tick\ndata:event-1\n\nevent:tick\ndata:event-2\n\n");
		assertThat(response.messages().get(response.messages().size() - 1).complete()).isTrue();
	}

	@Test
	void cancelsControllerWhenUploadIsAbandonedMidBody() throws Exception {
		CountDownLatch aborted = new CountDownLatch(1);
		ServeHttpTestApplication.uploadAborted.set(aborted);
		Call call = client.start(request("POST", "/upload").body(new PatternStream(3L * MiB), "application/octet-stream")
			.stallAfterBody());
		Thread.sleep(300);
		call.cancel();
		assertThat(aborted.await(10, TimeUnit.SECONDS)).isTrue();
		awaitNoBusyThreads();
	}

	@Test
	void cancelsControllerWhenDownloadIsAbandoned() throws Exception {
		CountDownLatch aborted = new CountDownLatch(1);
		ServeHttpTestApplication.downloadAborted.set(aborted);
		Call call = client.start(request("GET", "/endless").discardResponseBody());
		await().atMost(Duration.ofSeconds(10)).until(() -> call.bodySizeSoFar() > 4L * MiB);
		call.cancel();
		assertThat(aborted.await(10, TimeUnit.SECONDS)).isTrue();
		awaitNoBusyThreads();
	}

	@Test
	void servesConcurrentStreamsIndependently() {
		Call stalled = client.start(request("POST", "/upload").body(new PatternStream(MiB), "application/octet-stream")
			.stallAfterBody());
		List<Call> calls = new ArrayList<>();
		for (int i = 0; i < 16; i++) {
			calls.add(client.start(request("GET", "/hello?name=n" + i)));
			calls.add(client.start(request("GET", "/download?size=" + (3 * MiB + i)).discardResponseBody()));
		}
		for (int i = 0; i < 16; i++) {
			assertThat(calls.get(2 * i).response().text()).isEqualTo("{\"greeting\":\"Hello, n" + i + "\"}");
			assertThat(calls.get(2 * i + 1).response().crc()).isEqualTo(PatternStream.crcOf(3 * MiB + i));
		}
		assertThat(stalled.future()).isNotDone();
		stalled.cancel();
	}

	@Test
	void answersBadRequestWhenFirstMessageCarriesNoRequest() {
		Response response = client.raw(List.of(ServeHTTPRequest.newBuilder()
			.setBodyChunk(ByteString.copyFromUtf8("stray"))
			.setBodyComplete(true)
			.build()));
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.messages()).last().satisfies((message) -> assertThat(message.complete()).isTrue());
	}

	@Test
	void failsRequestWhoseBodyEndsWithoutBodyComplete() throws Exception {
		CountDownLatch aborted = new CountDownLatch(1);
		ServeHttpTestApplication.uploadAborted.set(aborted);
		ServeHttpTestClient.RequestBuilder upload = request("POST", "/upload").body(new byte[100_000],
				"application/octet-stream");
		Response response = client.raw(List.of(ServeHTTPRequest.newBuilder()
			.setInit(upload.init())
			.setBodyChunk(ByteString.copyFrom(new byte[ServeHttpTestClient.CHUNK_SIZE]))
			.build()));
		assertThat(aborted.await(10, TimeUnit.SECONDS)).isTrue();
		assertThat(response.status()).isEqualTo(400);
	}

	@Test
	void answersServiceUnavailableWithoutWebServer() throws Exception {
		JettyServeHttpHandler handler = new JettyServeHttpHandler(() -> true);
		assertThat(handler.hasEndpoints()).isFalse();
		try (ServeHttpTestClient unwired = new ServeHttpTestClient(handler)) {
			assertThat(unwired.exchange(request("GET", "/hello")).status()).isEqualTo(503);
		}
	}

	private static void awaitNoBusyThreads() {
		JettyWebServer webServer = (JettyWebServer) ((WebServerApplicationContext) context).getWebServer();
		QueuedThreadPool pool = (QueuedThreadPool) webServer.getServer().getThreadPool();
		await().atMost(Duration.ofSeconds(10)).until(() -> pool.getBusyThreads() == 0);
	}

	/** The same bytes the test controller writes, produced lazily. */
	static final class PatternStream extends InputStream {

		private static final byte[] BLOCK = new byte[64 * 1024];

		static {
			for (int i = 0; i < BLOCK.length; i++) {
				BLOCK[i] = (byte) (i * 31);
			}
		}

		private final long size;

		private long position;

		private final CRC32 crc = new CRC32();

		PatternStream(long size) {
			this.size = size;
		}

		@Override
		public int read() {
			byte[] one = new byte[1];
			return (read(one, 0, 1) < 0) ? -1 : one[0] & 0xff;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) {
			if (this.position >= this.size) {
				return -1;
			}
			int inBlock = (int) (this.position % BLOCK.length);
			int n = (int) Math.min(Math.min(length, BLOCK.length - inBlock), this.size - this.position);
			System.arraycopy(BLOCK, inBlock, buffer, offset, n);
			this.crc.update(buffer, offset, n);
			this.position += n;
			return n;
		}

		long crc() {
			return this.crc.getValue();
		}

		static long crcOf(long size) {
			try (PatternStream stream = new PatternStream(size)) {
				stream.transferTo(java.io.OutputStream.nullOutputStream());
				return stream.crc();
			}
			catch (java.io.IOException ex) {
				throw new IllegalStateException(ex);
			}
		}

	}

}
