package dev.mattermost.spring.benchmarks.api;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import com.google.protobuf.ByteString;
import io.grpc.stub.StreamObserver;

import dev.mattermost.spring.protocol.v1.CreatePostRequest;
import dev.mattermost.spring.protocol.v1.CreatePostResponse;
import dev.mattermost.spring.protocol.v1.GetServerVersionRequest;
import dev.mattermost.spring.protocol.v1.GetServerVersionResponse;
import dev.mattermost.spring.protocol.v1.GetUserRequest;
import dev.mattermost.spring.protocol.v1.GetUserResponse;
import dev.mattermost.spring.protocol.v1.KVGetRequest;
import dev.mattermost.spring.protocol.v1.KVGetResponse;
import dev.mattermost.spring.protocol.v1.KVSetRequest;
import dev.mattermost.spring.protocol.v1.KVSetResponse;
import dev.mattermost.spring.protocol.v1.PluginAPIGrpc;
import dev.mattermost.spring.protocol.v1.User;

/**
 * Answers the benchmarked PluginAPI RPCs the way Mattermost shapes its responses, with as little work as possible so
 * that the measurement is the client and the transport.
 */
final class FakePluginApiServer extends PluginAPIGrpc.PluginAPIImplBase {

	private static final GetServerVersionResponse VERSION = GetServerVersionResponse.newBuilder()
		.setVersion("10.11.0")
		.build();

	private final Map<String, ByteString> store = new ConcurrentHashMap<>();

	private final AtomicLong postIds = new AtomicLong();

	private final GetUserResponse user = GetUserResponse.newBuilder()
		.setUser(User.newBuilder()
			.setId("8d3f5a0c1b2e4f6a9c7d0e1f2a")
			.setCreateAt(1_700_000_000_000L)
			.setUpdateAt(1_700_000_100_000L)
			.setUsername("alice")
			.setEmail("alice@example.com")
			.setEmailVerified(true)
			.setNickname("Al")
			.setFirstName("Alice")
			.setLastName("Liddell")
			.setPosition("Engineer")
			.setRoles("system_user")
			.setLocale("en")
			.putNotifyProps("desktop", "mention")
			.putNotifyProps("email", "true")
			.putNotifyProps("push", "mention")
			.putTimezone("useAutomaticTimezone", "true")
			.putTimezone("automaticTimezone", "Europe/Berlin")
			.setLastActivityAt(1_700_000_200_000L))
		.build();

	@Override
	public void getServerVersion(GetServerVersionRequest request, StreamObserver<GetServerVersionResponse> responses) {
		responses.onNext(VERSION);
		responses.onCompleted();
	}

	@Override
	public void getUser(GetUserRequest request, StreamObserver<GetUserResponse> responses) {
		responses.onNext(this.user);
		responses.onCompleted();
	}

	@Override
	public void kVSet(KVSetRequest request, StreamObserver<KVSetResponse> responses) {
		this.store.put(request.getKey(), request.getValue());
		responses.onNext(KVSetResponse.getDefaultInstance());
		responses.onCompleted();
	}

	@Override
	public void kVGet(KVGetRequest request, StreamObserver<KVGetResponse> responses) {
		responses.onNext(KVGetResponse.newBuilder()
			.setValue(this.store.getOrDefault(request.getKey(), ByteString.EMPTY))
			.build());
		responses.onCompleted();
	}

	@Override
	public void createPost(CreatePostRequest request, StreamObserver<CreatePostResponse> responses) {
		long now = System.currentTimeMillis();
		responses.onNext(CreatePostResponse.newBuilder()
			.setPost(request.getPost()
				.toBuilder()
				.setId("post" + this.postIds.incrementAndGet())
				.setCreateAt(now)
				.setUpdateAt(now))
			.build());
		responses.onCompleted();
	}

}
