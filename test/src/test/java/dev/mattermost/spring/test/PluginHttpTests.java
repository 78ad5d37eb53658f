package dev.mattermost.spring.test;

import io.grpc.ManagedChannel;
import io.grpc.inprocess.InProcessChannelBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.mattermost.spring.model.User;
import dev.mattermost.spring.protocol.v1.HTTPHeader;
import dev.mattermost.spring.protocol.v1.ServeHTTPRequestInit;
import dev.mattermost.spring.test.hooks.HookClient;
import dev.mattermost.spring.test.mattermost.InMemoryMattermost;

import static org.assertj.core.api.Assertions.assertThat;

class PluginHttpTests {

	private final ManagedChannel channel = InProcessChannelBuilder.forName("unused").build();

	private final User alice = new InMemoryMattermost().createUser("alice");

	private final PluginHttp http = new PluginHttp(new HookClient(this.channel), "com.example.plugin",
			user -> "session-of-" + user.username());

	@AfterEach
	void close() {
		this.channel.shutdownNow();
	}

	@Test
	void stripsThePluginPrefixFromTheUrlButKeepsItInTheRequestUri() {
		ServeHTTPRequestInit init = this.http.get("/plugins/com.example.plugin/api/items?page=2").init();

		assertThat(init.getUrl()).isEqualTo("/api/items?page=2");
		assertThat(init.getRequestUri()).isEqualTo("/plugins/com.example.plugin/api/items?page=2");
		assertThat(init.getMethod()).isEqualTo("GET");
		assertThat(init.getProto()).isEqualTo("HTTP/1.1");
	}

	@Test
	void setsTheUserHeaderAndSessionOnlyForASignedInUser() {
		ServeHTTPRequestInit anonymous = this.http.get("/api/me").header("mattermost-user-id", "forged").init();
		ServeHTTPRequestInit signedIn = this.http.get("/api/me").as(this.alice).init();

		assertThat(anonymous.getHeadersList()).extracting(HTTPHeader::getKey).doesNotContain("Mattermost-User-Id");
		assertThat(anonymous.getPluginContext().getSessionId()).isEmpty();
		assertThat(signedIn.getHeadersList()).filteredOn(h -> h.getKey().equals("Mattermost-User-Id"))
			.singleElement()
			.satisfies(h -> assertThat(h.getValuesList()).containsExactly(this.alice.id()));
		assertThat(signedIn.getPluginContext().getSessionId()).isEqualTo("session-of-alice");
	}

	@Test
	void sendsHeaderNamesInGoCanonicalFormWithTheBodyLength() {
		ServeHTTPRequestInit init = this.http.post("/api/items").header("x-request-id", "1").json("{}").init();

		assertThat(init.getHeadersList()).extracting(HTTPHeader::getKey).contains("X-Request-Id", "Content-Type");
		assertThat(init.getContentLength()).isEqualTo(2);
	}

}
