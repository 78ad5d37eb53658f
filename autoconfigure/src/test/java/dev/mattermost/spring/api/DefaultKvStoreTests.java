package dev.mattermost.spring.api;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.google.protobuf.ByteString;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.json.JsonMapper;

import dev.mattermost.spring.model.KvSetOptions;
import dev.mattermost.spring.protocol.v1.KVCompareAndDeleteRequest;
import dev.mattermost.spring.protocol.v1.KVCompareAndDeleteResponse;
import dev.mattermost.spring.protocol.v1.KVCompareAndSetRequest;
import dev.mattermost.spring.protocol.v1.KVCompareAndSetResponse;
import dev.mattermost.spring.protocol.v1.KVGetRequest;
import dev.mattermost.spring.protocol.v1.KVGetResponse;
import dev.mattermost.spring.protocol.v1.KVListRequest;
import dev.mattermost.spring.protocol.v1.KVListResponse;
import dev.mattermost.spring.protocol.v1.KVSetRequest;
import dev.mattermost.spring.protocol.v1.KVSetResponse;
import dev.mattermost.spring.protocol.v1.KVSetWithExpiryRequest;
import dev.mattermost.spring.protocol.v1.KVSetWithOptionsRequest;
import dev.mattermost.spring.protocol.v1.KVSetWithOptionsResponse;
import dev.mattermost.spring.protocol.v1.PluginKVSetOptions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class DefaultKvStoreTests {

	@RegisterExtension
	final ApiTestServer server = new ApiTestServer();

	/** The fake server's store, for tests that need real compare-and-set behaviour. */
	private final Map<String, ByteString> stored = new ConcurrentHashMap<>();

	private KvStore kv() {
		return new DefaultKvStore(this.server.caller(), JsonMapper.shared(), 3);
	}

	record Counter(String name, int count) {
	}

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private void serveStore() {
		this.server.respond("KVGet", (KVGetRequest request) -> KVGetResponse.newBuilder()
			.setValue(this.stored.getOrDefault(request.getKey(), ByteString.EMPTY))
			.build());
		this.server.respond("KVCompareAndSet", (KVCompareAndSetRequest request) -> {
			ByteString current = this.stored.getOrDefault(request.getKey(), ByteString.EMPTY);
			boolean matches = current.equals(request.getOldValue());
			if (matches) {
				this.stored.put(request.getKey(), request.getNewValue());
			}
			return KVCompareAndSetResponse.newBuilder().setSuccess(matches).build();
		});
		this.server.respond("KVCompareAndDelete", (KVCompareAndDeleteRequest request) -> {
			ByteString current = this.stored.get(request.getKey());
			boolean matches = current != null && current.equals(request.getOldValue());
			if (matches) {
				this.stored.remove(request.getKey());
			}
			return KVCompareAndDeleteResponse.newBuilder().setSuccess(matches).build();
		});
	}

	@Test
	void setSendsKeyAndValue() {
		kv().set("k", utf8("v"));
		assertThat(this.server.request("KVSet", KVSetRequest.class))
			.isEqualTo(KVSetRequest.newBuilder().setKey("k").setValue(ByteString.copyFromUtf8("v")).build());
	}

	@Test
	void setThrowsWhenResponseCarriesAppError() {
		this.server.respond("KVSet", KVSetResponse.newBuilder()
			.setError(ApiTestServer.appError("app.plugin_store.save.app_error", "Failed to save.", 500))
			.build());
		assertThatExceptionOfType(PluginApiException.class).isThrownBy(() -> kv().set("k", utf8("v")))
			.satisfies((ex) -> assertThat(ex.getId()).isEqualTo("app.plugin_store.save.app_error"));
	}

	@Test
	void getReturnsEmptyForMissingKey() {
		assertThat(kv().get("missing")).isEmpty();
		assertThat(this.server.request("KVGet", KVGetRequest.class).getKey()).isEqualTo("missing");
	}

	@Test
	void getReturnsStoredBytes() {
		this.server.respond("KVGet", KVGetResponse.newBuilder().setValue(ByteString.copyFromUtf8("v")).build());
		assertThat(kv().get("k")).hasValueSatisfying((value) -> assertThat(value).isEqualTo(utf8("v")));
	}

	@Test
	void setWithExpirySendsWholeSeconds() {
		kv().setWithExpiry("k", utf8("v"), Duration.ofMillis(90_500));
		assertThat(this.server.request("KVSetWithExpiry", KVSetWithExpiryRequest.class).getExpireInSeconds())
			.isEqualTo(90);
		assertThatIllegalArgumentException()
			.isThrownBy(() -> kv().setWithExpiry("k", utf8("v"), Duration.ofSeconds(-1)));
	}

	@Test
	void compareAndSetSendsEmptyOldValueForInsert() {
		this.server.respond("KVCompareAndSet", KVCompareAndSetResponse.newBuilder().setSuccess(true).build());
		assertThat(kv().compareAndSet("k", null, utf8("new"))).isTrue();
		KVCompareAndSetRequest sent = this.server.request("KVCompareAndSet", KVCompareAndSetRequest.class);
		assertThat(sent.getOldValue()).isEmpty();
		assertThat(sent.getNewValue().toStringUtf8()).isEqualTo("new");
	}

	@Test
	void compareAndDeleteReportsMismatch() {
		assertThat(kv().compareAndDelete("k", utf8("old"))).isFalse();
		assertThat(this.server.request("KVCompareAndDelete", KVCompareAndDeleteRequest.class).getOldValue()
			.toStringUtf8()).isEqualTo("old");
	}

	@Test
	void setWithOptionsSendsEveryOption() {
		this.server.respond("KVSetWithOptions", KVSetWithOptionsResponse.newBuilder().setSuccess(true).build());
		boolean written = kv().setWithOptions("k", utf8("new"),
				KvSetOptions.atomic(utf8("old")).withExpiry(Duration.ofMinutes(1)));
		assertThat(written).isTrue();
		assertThat(this.server.request("KVSetWithOptions", KVSetWithOptionsRequest.class))
			.isEqualTo(KVSetWithOptionsRequest.newBuilder()
				.setKey("k")
				.setValue(ByteString.copyFromUtf8("new"))
				.setOptions(PluginKVSetOptions.newBuilder()
					.setAtomic(true)
					.setOldValue(ByteString.copyFromUtf8("old"))
					.setExpireInSeconds(60))
				.build());
	}

	@Test
	void deleteAndDeleteAllCallServer() {
		kv().delete("k");
		kv().deleteAll();
		assertThat(this.server.calledMethodsInOrder()).containsExactly("KVDelete", "KVDeleteAll");
	}

	@Test
	void keysStreamsAllPages() {
		this.server.respond("KVList", (KVListRequest request) -> {
			var response = KVListResponse.newBuilder();
			int count = (request.getPage() == 0) ? request.getPerPage() : 2;
			for (int i = 0; i < count; i++) {
				response.addKeys("key-" + request.getPage() + "-" + i);
			}
			return response.build();
		});
		assertThat(kv().keys().toList()).hasSize(Paging.DEFAULT_PAGE_SIZE + 2).endsWith("key-1-1");
		assertThat(this.server.requests("KVList", KVListRequest.class)).extracting(KVListRequest::getPage)
			.containsExactly(0, 1);
	}

	@Test
	void jsonValuesRoundTrip() {
		serveStore();
		this.server.respond("KVSet", (KVSetRequest request) -> {
			this.stored.put(request.getKey(), request.getValue());
			return KVSetResponse.getDefaultInstance();
		});
		kv().setJson("counter", new Counter("visits", 3));
		assertThat(this.stored.get("counter").toStringUtf8()).isEqualTo("{\"name\":\"visits\",\"count\":3}");
		assertThat(kv().getJson("counter", Counter.class)).contains(new Counter("visits", 3));
		assertThat(kv().getJson("absent", Counter.class)).isEmpty();
	}

	@Test
	void getJsonNamesKeyWhenValueIsNotJsonOfType() {
		this.server.respond("KVGet", KVGetResponse.newBuilder().setValue(ByteString.copyFromUtf8("not json")).build());
		assertThatIllegalStateException().isThrownBy(() -> kv().getJson("broken", Counter.class))
			.withMessageContaining("'broken'")
			.withMessageContaining(Counter.class.getName());
	}

	@Test
	void setJsonIfAbsentInsertsOnlyOnce() {
		serveStore();
		assertThat(kv().setJsonIfAbsent("lock", new Counter("owner", 1))).isTrue();
		assertThat(kv().setJsonIfAbsent("lock", new Counter("other", 2))).isFalse();
		assertThat(kv().getJson("lock", Counter.class)).contains(new Counter("owner", 1));
	}

	@Test
	void updateCreatesValueWhenAbsent() {
		serveStore();
		Counter result = kv().update("counter", Counter.class,
				(current) -> (current != null) ? new Counter("c", current.count() + 1) : new Counter("c", 1));
		assertThat(result).isEqualTo(new Counter("c", 1));
		assertThat(kv().getJson("counter", Counter.class)).contains(new Counter("c", 1));
	}

	@Test
	void updateRetriesWhenAnotherWriterWinsAndAppliesOnLatestValue() {
		serveStore();
		this.stored.put("counter", ByteString.copyFromUtf8("{\"name\":\"c\",\"count\":1}"));
		AtomicInteger calls = new AtomicInteger();
		Counter result = kv().update("counter", Counter.class, (current) -> {
			if (calls.incrementAndGet() == 1) {
				// Another plugin instance increments between our read and our write.
				this.stored.put("counter", ByteString.copyFromUtf8("{\"name\":\"c\",\"count\":5}"));
			}
			return new Counter("c", current.count() + 1);
		});
		assertThat(result).isEqualTo(new Counter("c", 6));
		assertThat(calls).hasValue(2);
		assertThat(this.server.requests("KVCompareAndSet", KVCompareAndSetRequest.class)).hasSize(2);
	}

	@Test
	void updateDeletesWhenFunctionReturnsNull() {
		serveStore();
		this.stored.put("counter", ByteString.copyFromUtf8("{\"name\":\"c\",\"count\":1}"));
		assertThat(kv().update("counter", Counter.class, (current) -> null)).isNull();
		assertThat(this.stored).doesNotContainKey("counter");
	}

	@Test
	void updateSkipsWriteWhenValueUnchanged() {
		serveStore();
		this.stored.put("counter", ByteString.copyFromUtf8("{\"name\":\"c\",\"count\":1}"));
		kv().update("counter", Counter.class, (current) -> current);
		assertThat(this.server.calledMethods()).containsExactly("KVGet");
	}

	@Test
	void updateGivesUpWithConflictAfterConfiguredAttempts() {
		this.server.respond("KVGet",
				KVGetResponse.newBuilder().setValue(ByteString.copyFromUtf8("{\"count\":1}")).build());
		assertThatExceptionOfType(ConflictException.class)
			.isThrownBy(() -> kv().update("counter", Counter.class, (current) -> new Counter("c", 2)))
			.withMessageContaining("'counter'")
			.withMessageContaining("3 attempts");
		assertThat(this.server.requests("KVCompareAndSet", KVCompareAndSetRequest.class)).hasSize(3);
	}

	@Test
	void rejectsFewerThanOneAttempt() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new DefaultKvStore(this.server.caller(), JsonMapper.shared(), 0));
	}

	@Test
	void listReturnsKeysOfPage() {
		this.server.respond("KVList", KVListResponse.newBuilder().addAllKeys(List.of("a", "b")).build());
		assertThat(kv().list(2, 10)).containsExactly("a", "b");
		assertThat(this.server.request("KVList", KVListRequest.class))
			.isEqualTo(KVListRequest.newBuilder().setPage(2).setPerPage(10).build());
	}

}
