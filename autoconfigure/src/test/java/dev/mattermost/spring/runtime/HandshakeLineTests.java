package dev.mattermost.spring.runtime;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link HandshakeLine}.
 */
class HandshakeLineTests {

	@Test
	void hasGoPluginsFiveFieldsForGrpcOverLoopbackTcp() {
		String line = HandshakeLine.forLoopbackPort(10042);
		assertThat(line).isEqualTo("1|1|tcp|127.0.0.1:10042|grpc");
		assertThat(line.split("\\|")).hasSize(5);
		assertThat(line).doesNotContain("\n");
	}

	@Test
	void rejectsPortsThatAreNotListeningPorts() {
		assertThatIllegalArgumentException().isThrownBy(() -> HandshakeLine.forLoopbackPort(0));
		assertThatIllegalArgumentException().isThrownBy(() -> HandshakeLine.forLoopbackPort(-1));
		assertThatIllegalArgumentException().isThrownBy(() -> HandshakeLine.forLoopbackPort(65536));
	}

}
