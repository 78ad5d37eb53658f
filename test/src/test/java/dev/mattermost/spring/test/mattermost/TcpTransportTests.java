package dev.mattermost.spring.test.mattermost;

import java.util.Arrays;

import com.google.protobuf.ByteString;
import io.grpc.ManagedChannel;
import io.grpc.netty.NettyChannelBuilder;
import org.junit.jupiter.api.Test;

import dev.mattermost.spring.protocol.v1.KVGetRequest;
import dev.mattermost.spring.protocol.v1.KVSetRequest;
import dev.mattermost.spring.protocol.v1.PluginAPIGrpc;

import static org.assertj.core.api.Assertions.assertThat;

class TcpTransportTests {

	@Test
	void servesOnLoopbackAndAcceptsMessagesFarAboveTheDefaultFourMebibytes() {
		try (InMemoryMattermost mattermost = new InMemoryMattermost()) {
			String target = mattermost.startTcp();
			assertThat(target).matches("127\\.0\\.0\\.1:\\d+");
			ManagedChannel channel = NettyChannelBuilder.forTarget(target)
				.usePlaintext()
				.maxInboundMessageSize(InMemoryMattermost.MAX_MESSAGE_SIZE)
				.build();
			try {
				PluginAPIGrpc.PluginAPIBlockingStub api = PluginAPIGrpc.newBlockingStub(channel);
				byte[] value = new byte[6 * 1024 * 1024];
				Arrays.fill(value, (byte) 7);

				api.kVSet(KVSetRequest.newBuilder().setKey("big").setValue(ByteString.copyFrom(value)).build());
				ByteString read = api.kVGet(KVGetRequest.newBuilder().setKey("big").build()).getValue();

				assertThat(read.size()).isEqualTo(value.length);
				assertThat(mattermost.kv().get("big")).isEqualTo(value);
			}
			finally {
				channel.shutdownNow();
			}
		}
	}

}
