package dev.mattermost.spring.test.mattermost;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.google.protobuf.ByteString;
import org.junit.jupiter.api.Test;

import dev.mattermost.spring.protocol.v1.KVCompareAndDeleteRequest;
import dev.mattermost.spring.protocol.v1.KVCompareAndSetRequest;
import dev.mattermost.spring.protocol.v1.KVDeleteAllRequest;
import dev.mattermost.spring.protocol.v1.KVDeleteRequest;
import dev.mattermost.spring.protocol.v1.KVGetRequest;
import dev.mattermost.spring.protocol.v1.KVGetResponse;
import dev.mattermost.spring.protocol.v1.KVListRequest;
import dev.mattermost.spring.protocol.v1.KVSetRequest;
import dev.mattermost.spring.protocol.v1.KVSetResponse;
import dev.mattermost.spring.protocol.v1.KVSetWithExpiryRequest;
import dev.mattermost.spring.protocol.v1.KVSetWithOptionsRequest;
import dev.mattermost.spring.protocol.v1.KVSetWithOptionsResponse;
import dev.mattermost.spring.protocol.v1.PluginKVSetOptions;

import static org.assertj.core.api.Assertions.assertThat;

class KvApiTests extends PluginApiTestSupport {

	@Test
	void getOfMissingKeyAnswersOkWithNoValueAndNoError() {
		KVGetResponse response = this.api.kVGet(KVGetRequest.newBuilder().setKey("nothing").build());

		assertThat(response.hasError()).isFalse();
		assertThat(response.getValue().isEmpty()).isTrue();
	}

	@Test
	void setThenGetReturnsTheValueAndTheTestSeesIt() {
		set("greeting", "hello");

		assertThat(get("greeting")).isEqualTo("hello");
		assertThat(this.mattermost.kvString("greeting")).contains("hello");
	}

	@Test
	void settingAnEmptyValueDeletesTheKeyAsANilSliceDoesOnTheServer() {
		set("k", "v");
		set("k", "");

		assertThat(this.mattermost.kv()).doesNotContainKey("k");
	}

	@Test
	void tooLongKeyIsAnAppErrorInsideAnOkResponse() {
		KVSetResponse response = this.api.kVSet(KVSetRequest.newBuilder()
			.setKey("k".repeat(151))
			.setValue(bytes("v"))
			.build());

		assertThat(response.getError().getId()).isEqualTo("model.plugin_key_value.is_valid.key.app_error");
		assertThat(response.getError().getStatusCode()).isEqualTo(400);
		assertThat(response.getError().getMessage()).isNotEmpty();
	}

	@Test
	void compareAndSetWithNoOldValueInsertsOnlyWhenAbsent() {
		assertThat(cas("lock", "", "a")).isTrue();
		assertThat(cas("lock", "", "b")).isFalse();
		assertThat(get("lock")).isEqualTo("a");
	}

	@Test
	void compareAndSetReplacesOnlyAMatchingValue() {
		set("counter", "1");

		assertThat(cas("counter", "2", "3")).isFalse();
		assertThat(cas("counter", "1", "2")).isTrue();
		assertThat(get("counter")).isEqualTo("2");
	}

	@Test
	void compareAndSetToAnEmptyValueDeletesOnMatch() {
		set("k", "v");

		assertThat(cas("k", "v", "")).isTrue();
		assertThat(this.mattermost.kv()).doesNotContainKey("k");
	}

	@Test
	void compareAndSetFromNothingToNothingDoesNothing() {
		assertThat(cas("ghost", "", "")).isFalse();
		assertThat(this.mattermost.kv()).isEmpty();
	}

	@Test
	void compareAndDeleteRemovesOnlyOnMatch() {
		set("k", "v");

		assertThat(this.api.kVCompareAndDelete(KVCompareAndDeleteRequest.newBuilder()
			.setKey("k").setOldValue(bytes("other")).build()).getSuccess()).isFalse();
		assertThat(this.api.kVCompareAndDelete(KVCompareAndDeleteRequest.newBuilder()
			.setKey("k").setOldValue(bytes("v")).build()).getSuccess()).isTrue();
		assertThat(this.mattermost.kv()).isEmpty();
	}

	@Test
	void setWithOptionsAtomicComparesTheOldValue() {
		set("k", "old");

		KVSetWithOptionsResponse mismatch = setWithOptions("k", "new",
				PluginKVSetOptions.newBuilder().setAtomic(true).setOldValue(bytes("wrong")).build());
		KVSetWithOptionsResponse match = setWithOptions("k", "new",
				PluginKVSetOptions.newBuilder().setAtomic(true).setOldValue(bytes("old")).build());

		assertThat(mismatch.getSuccess()).isFalse();
		assertThat(match.getSuccess()).isTrue();
		assertThat(get("k")).isEqualTo("new");
	}

	@Test
	void setWithOptionsRejectsAnOldValueWithoutAtomic() {
		KVSetWithOptionsResponse response = setWithOptions("k", "v",
				PluginKVSetOptions.newBuilder().setOldValue(bytes("x")).build());

		assertThat(response.getSuccess()).isFalse();
		assertThat(response.getError().getId()).isEqualTo("model.plugin_kvset_options.is_valid.old_value.app_error");
		assertThat(this.mattermost.kv()).isEmpty();
	}

	@Test
	void expiredKeysDisappearFromGetListAndTheTestView() {
		this.api.kVSetWithExpiry(KVSetWithExpiryRequest.newBuilder()
			.setKey("session").setValue(bytes("s")).setExpireInSeconds(60).build());
		setWithOptions("otp", "1234", PluginKVSetOptions.newBuilder().setExpireInSeconds(10).build());

		this.clock.advance(Duration.ofSeconds(30));
		assertThat(get("session")).isEqualTo("s");
		assertThat(get("otp")).isEmpty();

		this.clock.advance(Duration.ofSeconds(31));
		assertThat(get("session")).isEmpty();
		assertThat(list(0, 10)).isEmpty();
		assertThat(this.mattermost.kv()).isEmpty();
	}

	@Test
	void listPagesThroughKeysInKeyOrder() {
		for (String key : List.of("c", "a", "e", "b", "d")) {
			set(key, "x");
		}

		assertThat(list(0, 2)).containsExactly("a", "b");
		assertThat(list(1, 2)).containsExactly("c", "d");
		assertThat(list(2, 2)).containsExactly("e");
		assertThat(list(3, 2)).isEmpty();
	}

	@Test
	void deleteAndDeleteAllRemoveKeys() {
		set("a", "1");
		set("b", "2");
		set("c", "3");

		this.api.kVDelete(KVDeleteRequest.newBuilder().setKey("a").build());
		assertThat(this.mattermost.kv()).containsOnlyKeys("b", "c");

		this.api.kVDeleteAll(KVDeleteAllRequest.getDefaultInstance());
		assertThat(this.mattermost.kv()).isEmpty();
	}

	@Test
	void concurrentCompareAndSetIncrementsNeverLoseAnUpdate() throws Exception {
		set("counter", "0");
		ExecutorService pool = Executors.newFixedThreadPool(8);
		List<Future<?>> workers = new ArrayList<>();
		for (int t = 0; t < 8; t++) {
			workers.add(pool.submit(() -> {
				for (int i = 0; i < 25; i++) {
					boolean done = false;
					while (!done) {
						String current = get("counter");
						done = cas("counter", current, String.valueOf(Integer.parseInt(current) + 1));
					}
				}
			}));
		}
		for (Future<?> worker : workers) {
			worker.get(30, TimeUnit.SECONDS);
		}
		pool.shutdown();

		assertThat(get("counter")).isEqualTo("200");
	}

	private void set(String key, String value) {
		KVSetResponse response = this.api.kVSet(KVSetRequest.newBuilder().setKey(key).setValue(bytes(value)).build());
		assertThat(response.hasError()).isFalse();
	}

	private String get(String key) {
		return this.api.kVGet(KVGetRequest.newBuilder().setKey(key).build()).getValue().toStringUtf8();
	}

	private boolean cas(String key, String oldValue, String newValue) {
		return this.api.kVCompareAndSet(KVCompareAndSetRequest.newBuilder()
			.setKey(key).setOldValue(bytes(oldValue)).setNewValue(bytes(newValue)).build()).getSuccess();
	}

	private KVSetWithOptionsResponse setWithOptions(String key, String value, PluginKVSetOptions options) {
		return this.api.kVSetWithOptions(KVSetWithOptionsRequest.newBuilder()
			.setKey(key).setValue(bytes(value)).setOptions(options).build());
	}

	private List<String> list(int page, int perPage) {
		return this.api.kVList(KVListRequest.newBuilder().setPage(page).setPerPage(perPage).build()).getKeysList();
	}

	private static ByteString bytes(String text) {
		return ByteString.copyFrom(text, StandardCharsets.UTF_8);
	}

}
