package dev.mattermost.spring.model;

import java.util.Arrays;
import java.util.Objects;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that records holding a byte array compare, hash and print it by content rather than by identity.
 */
class ByteArrayRecordsTests {

	@Test
	void equalContentInDistinctArraysMakesEqualRecords() {
		EmojiImage first = new EmojiImage(new byte[] { 1, 2, 3 }, "image/png");
		EmojiImage second = new EmojiImage(new byte[] { 1, 2, 3 }, "image/png");
		assertThat(first).isEqualTo(second).hasSameHashCodeAs(second);
		assertThat(new PluginClusterEvent("e1", new byte[] { 9 }))
			.isEqualTo(new PluginClusterEvent("e1", new byte[] { 9 }));
	}

	@Test
	void differentBytesOrTextMakeDifferentRecords() {
		PluginClusterEvent event = new PluginClusterEvent("e1", new byte[] { 9 });
		assertThat(event).isNotEqualTo(new PluginClusterEvent("e1", new byte[] { 8 }))
			.isNotEqualTo(new PluginClusterEvent("e2", new byte[] { 9 }))
			.isNotEqualTo(new FileData("e1", new byte[] { 9 }));
		assertThat(new EmojiImage(new byte[] { 1 }, "image/png"))
			.isNotEqualTo(new EmojiImage(new byte[] { 1 }, "image/gif"));
	}

	@Test
	void hashCodeKeepsTheValueOfHashingTheArrayContentInComponentOrder() {
		byte[] data = { 4, 5, 6 };
		assertThat(new FileData("a.txt", data).hashCode()).isEqualTo(Objects.hash("a.txt", Arrays.hashCode(data)));
		assertThat(new EmojiImage(data, "image/png").hashCode())
			.isEqualTo(Objects.hash(Arrays.hashCode(data), "image/png"));
	}

	@Test
	void toStringGivesTheSizeNotTheContent() {
		assertThat(new PluginClusterEvent("e1", new byte[] { 1, 2 }))
			.hasToString("PluginClusterEvent[id=e1, data=2 bytes]");
		assertThat(new EmojiImage(null, "image/png")).hasToString("EmojiImage[contentType=image/png, data=0 bytes]");
		assertThat(new KvSetOptions(true, null, 0))
			.hasToString("KvSetOptions[atomic=true, oldValue=null, expireInSeconds=0]");
	}

}
