package dev.mattermost.spring.http;

import java.net.InetSocketAddress;
import java.net.SocketAddress;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpVersion;
import org.eclipse.jetty.http.MetaData;
import org.junit.jupiter.api.Test;

import dev.mattermost.spring.protocol.v1.HTTPHeader;
import dev.mattermost.spring.protocol.v1.ServeHTTPRequestInit;
import dev.mattermost.spring.protocol.v1.ServeHTTPResponseInit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ServeHttpMessages}.
 */
class ServeHttpMessagesTests {

	@Test
	void buildsRequestFromInitKeepingEveryHeaderValue() {
		MetaData.Request request = ServeHttpMessages.toRequest(ServeHTTPRequestInit.newBuilder()
			.setMethod("PUT")
			.setUrl("/api/items/a%2Fb?x=1&x=2")
			.setHost("chat.example.com:8065")
			.setContentLength(5)
			.addHeaders(HTTPHeader.newBuilder().setKey("Accept").addValues("text/plain").addValues("application/json"))
			.build());
		assertThat(request.getMethod()).isEqualTo("PUT");
		assertThat(request.getHttpURI().getPath()).isEqualTo("/api/items/a%2Fb");
		assertThat(request.getHttpURI().getQuery()).isEqualTo("x=1&x=2");
		assertThat(request.getHttpURI().getHost()).isEqualTo("chat.example.com");
		assertThat(request.getHttpURI().getPort()).isEqualTo(8065);
		assertThat(request.getHttpFields().getValuesList("Accept")).containsExactly("text/plain", "application/json");
		assertThat(request.getHttpFields().get("Host")).isEqualTo("chat.example.com:8065");
		assertThat(request.getContentLength()).isEqualTo(5);
	}

	@Test
	void dropsHeadersAboutMattermostsOwnConnection() {
		MetaData.Request request = ServeHttpMessages.toRequest(ServeHTTPRequestInit.newBuilder()
			.setMethod("POST")
			.setUrl("/upload")
			.setContentLength(-1)
			.addHeaders(header("Transfer-Encoding", "chunked"))
			.addHeaders(header("Content-Length", "999"))
			.addHeaders(header("Expect", "100-continue"))
			.addHeaders(header("Connection", "keep-alive"))
			.addHeaders(header("X-Kept", "yes"))
			.build());
		HttpFields fields = request.getHttpFields();
		assertThat(fields.contains("Transfer-Encoding")).isFalse();
		assertThat(fields.contains("Content-Length")).isFalse();
		assertThat(fields.contains("Expect")).isFalse();
		assertThat(fields.contains("Connection")).isFalse();
		assertThat(fields.get("X-Kept")).isEqualTo("yes");
		assertThat(request.getContentLength()).isEqualTo(-1);
	}

	@Test
	void findsPathPrefixMattermostRemoved() {
		assertThat(ServeHttpMessages.pathPrefix("/plugins/com.example/api/v1/x?access_token=t", "/api/v1/x"))
			.isEqualTo("/plugins/com.example");
		assertThat(ServeHttpMessages.pathPrefix("/chat/plugins/com.example/a", "/a?b=c")).isEqualTo("/chat/plugins/com.example");
		assertThat(ServeHttpMessages.pathPrefix("/plugins/com.example", "/")).isEqualTo("/plugins/com.example");
		assertThat(ServeHttpMessages.pathPrefix("/plugins/com.example/caf%C3%A9", "/caf%c3%a9")).isEqualTo("/plugins/com.example");
		assertThat(ServeHttpMessages.pathPrefix("", "/a")).isEmpty();
	}

	@Test
	void parsesRemoteAddressesWithoutResolvingNames() {
		SocketAddress ipv4 = ServeHttpMessages.socketAddress("203.0.113.7:4431");
		assertThat(ipv4).isInstanceOfSatisfying(InetSocketAddress.class, (address) -> {
			assertThat(address.isUnresolved()).isFalse();
			assertThat(address.getAddress().getHostAddress()).isEqualTo("203.0.113.7");
			assertThat(address.getPort()).isEqualTo(4431);
		});
		SocketAddress ipv6 = ServeHttpMessages.socketAddress("[2001:db8::1]:80");
		assertThat(ipv6).isInstanceOfSatisfying(InetSocketAddress.class,
				(address) -> assertThat(address.getAddress().getHostAddress()).isEqualTo("2001:db8:0:0:0:0:0:1"));
		SocketAddress named = ServeHttpMessages.socketAddress("host.invalid:80");
		assertThat(named).isInstanceOfSatisfying(InetSocketAddress.class,
				(address) -> assertThat(address.isUnresolved()).isTrue());
		assertThat(ServeHttpMessages.socketAddress("")).isNull();
	}

	@Test
	void groupsResponseHeaderValuesByNameAndDropsFraming() {
		HttpFields fields = HttpFields.build()
			.add("Set-Cookie", "a=1")
			.add("Content-Type", "text/plain")
			.add("Set-Cookie", "b=2")
			.add("Transfer-Encoding", "chunked")
			.add("Connection", "close");
		ServeHTTPResponseInit init = ServeHttpMessages.toResponseInit(response(201, fields), -1);
		assertThat(init.getStatusCode()).isEqualTo(201);
		assertThat(init.getHeadersList()).extracting(HTTPHeader::getKey).containsExactly("Set-Cookie", "Content-Type");
		assertThat(init.getHeaders(0).getValuesList()).containsExactly("a=1", "b=2");
	}

	@Test
	void addsContentLengthOnlyWhenTheWholeBodyIsKnownAndAllowed() {
		assertThat(ServeHttpMessages.toResponseInit(response(200, HttpFields.build()), 12).getHeadersList())
			.containsExactly(header("Content-Length", "12"));
		assertThat(ServeHttpMessages.toResponseInit(response(200, HttpFields.build().add("Content-Length", "3")), 12)
			.getHeadersList()).containsExactly(header("Content-Length", "3"));
		assertThat(ServeHttpMessages.toResponseInit(response(204, HttpFields.build().add("Content-Length", "0")), -1)
			.getHeadersList()).isEmpty();
	}

	private static MetaData.Response response(int status, HttpFields fields) {
		return new MetaData.Response(status, null, HttpVersion.HTTP_1_1, fields);
	}

	private static HTTPHeader header(String key, String value) {
		return HTTPHeader.newBuilder().setKey(key).addValues(value).build();
	}

}
