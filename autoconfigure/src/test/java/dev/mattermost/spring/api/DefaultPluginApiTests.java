package dev.mattermost.spring.api;

import java.lang.reflect.Method;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

import dev.mattermost.spring.protocol.v1.KVSetRequest;

import static org.assertj.core.api.Assertions.assertThat;

class DefaultPluginApiTests {

	@RegisterExtension
	final ApiTestServer server = new ApiTestServer();

	record Subscription(String channelId, String repository) {
	}

	@Test
	void everyAccessorReturnsTheSameGroupEveryTime() throws Exception {
		PluginApi api = new DefaultPluginApi(this.server.caller());
		for (Method accessor : PluginApi.class.getMethods()) {
			Object group = accessor.invoke(api);
			assertThat(group).as(accessor.getName()).isNotNull().isSameAs(accessor.invoke(api));
			assertThat(group).as(accessor.getName()).isInstanceOf(accessor.getReturnType());
		}
	}

	@Test
	void keyValueStoreWritesJsonWithTheGivenMapper() {
		JsonMapper snakeCase = JsonMapper.builder()
			.propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
			.build();
		new DefaultPluginApi(this.server.caller(), snakeCase).kv()
			.setJson("sub", new Subscription("c1", "mattermost/mattermost"));
		assertThat(this.server.request("KVSet", KVSetRequest.class).getValue().toStringUtf8())
			.isEqualTo("{\"channel_id\":\"c1\",\"repository\":\"mattermost/mattermost\"}");
	}

}
