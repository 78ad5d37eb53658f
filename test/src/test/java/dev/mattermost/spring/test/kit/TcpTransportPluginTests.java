package dev.mattermost.spring.test.kit;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import dev.mattermost.spring.model.Channel;
import dev.mattermost.spring.model.User;
import dev.mattermost.spring.test.MattermostPluginTest;
import dev.mattermost.spring.test.MattermostPluginTest.Transport;
import dev.mattermost.spring.test.MattermostTestDriver;

import static org.assertj.core.api.Assertions.assertThat;

@MattermostPluginTest(transport = Transport.TCP)
class TcpTransportPluginTests {

	@Autowired
	MattermostTestDriver mattermost;

	@Value("${mattermost.plugin.api.target}")
	String apiTarget;

	@Test
	void drivesThePluginOverLoopbackTcpBothWays() {
		User bob = this.mattermost.createUser("bob");
		Channel channel = this.mattermost.createChannel(this.mattermost.createTeam("ops"), "alerts", bob);

		assertThat(this.apiTarget).startsWith("127.0.0.1:");
		assertThat(this.mattermost.postMessage(channel, bob, "my secret").message()).isEqualTo("my ******");
		assertThat(this.mattermost.registeredCommands()).isNotEmpty();
		assertThat(this.mattermost.http().get("/api/whoami").as(bob).send().bodyAsString()).contains(bob.id());
	}

}
