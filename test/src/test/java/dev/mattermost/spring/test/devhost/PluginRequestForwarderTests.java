package dev.mattermost.spring.test.devhost;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PluginRequestForwarderTests {

	@Test
	void canonicalizesHeaderNamesLikeGo() {
		assertThat(PluginRequestForwarder.canonicalKey("content-type")).isEqualTo("Content-Type");
		assertThat(PluginRequestForwarder.canonicalKey("MATTERMOST-USER-ID")).isEqualTo("Mattermost-User-Id");
		assertThat(PluginRequestForwarder.canonicalKey("x-dev-as")).isEqualTo("X-Dev-As");
	}

	@Test
	void encodesQueriesLikeGoUrlValues() {
		Map<String, List<String>> query = PluginRequestForwarder.parseQuery("z=1&a=b+c&a=%7Ed*&access_token=t",
				Set.of("access_token"));

		assertThat(PluginRequestForwarder.goEncode(query)).isEqualTo("a=b+c&a=~d%2A&z=1");
	}

}
