package dev.mattermost.spring.test.kit;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import dev.mattermost.spring.test.MattermostPluginTest;
import dev.mattermost.spring.test.MattermostTestDriver;
import dev.mattermost.spring.test.mattermost.ApiCall;

import static org.assertj.core.api.Assertions.assertThat;

@MattermostPluginTest(activate = false, properties = "mattermost.plugin.id=com.example.greeter")
class ManualActivationPluginTests {

	@Autowired
	MattermostTestDriver mattermost;

	@Test
	void activatesLikeTheServerWithoutAConfigurationChangeFirst() {
		assertThat(this.mattermost.isActive()).isFalse();
		assertThat(this.mattermost.mattermost().pluginId()).isEqualTo("com.example.greeter");

		this.mattermost.activate();

		assertThat(this.mattermost.implementedHooks()).contains("OnActivate", "MessageWillBePosted", "ServeHTTP");
		// One configuration load, by the plugin side before its OnActivate handlers; the driver sent no
		// OnConfigurationChange, which would have made a second one.
		assertThat(this.mattermost.apiCalls()).extracting(ApiCall::method)
			.containsExactly("GetPluginConfig", "RegisterCommand", "KVGet", "KVSet", "LogInfo");
	}

}
