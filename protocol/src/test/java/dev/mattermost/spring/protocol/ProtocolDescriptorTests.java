package dev.mattermost.spring.protocol;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Descriptors.FieldDescriptor.Type;
import com.google.protobuf.Descriptors.MethodDescriptor;
import com.google.protobuf.Descriptors.ServiceDescriptor;
import org.junit.jupiter.api.Test;

import dev.mattermost.spring.protocol.goplugin.GRPCControllerGrpc;
import dev.mattermost.spring.protocol.v1.AppError;
import dev.mattermost.spring.protocol.v1.Channel;
import dev.mattermost.spring.protocol.v1.ChannelMember;
import dev.mattermost.spring.protocol.v1.CommandArgs;
import dev.mattermost.spring.protocol.v1.CommandResponse;
import dev.mattermost.spring.protocol.v1.PluginAPIGrpc;
import dev.mattermost.spring.protocol.v1.PluginContext;
import dev.mattermost.spring.protocol.v1.PluginHooksGrpc;
import dev.mattermost.spring.protocol.v1.Post;
import dev.mattermost.spring.protocol.v1.PostList;
import dev.mattermost.spring.protocol.v1.ServeHTTPRequest;
import dev.mattermost.spring.protocol.v1.ServeHTTPRequestInit;
import dev.mattermost.spring.protocol.v1.ServeHTTPResponse;
import dev.mattermost.spring.protocol.v1.User;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks the generated descriptors against the facts of the server's protocol (protocol-notes §2–§4), so that a
 * changed field number or a lost RPC fails the build.
 */
class ProtocolDescriptorTests {

	@Test
	void pluginHooksHas42RpcsWithServeHttpAsTheOnlyStream() {
		ServiceDescriptor hooks = serviceOf(PluginHooksGrpc.getServiceDescriptor());
		assertThat(hooks.getFullName()).isEqualTo("mattermost.pluginapi.v1.PluginHooks");
		assertThat(hooks.getMethods()).hasSize(42);
		assertEveryMethodHasRequestAndResponse(hooks);
		List<String> streaming = hooks.getMethods()
			.stream()
			.filter((m) -> m.isClientStreaming() || m.isServerStreaming())
			.map(MethodDescriptor::getName)
			.toList();
		assertThat(streaming).containsExactly("ServeHTTP");
		MethodDescriptor serveHttp = hooks.findMethodByName("ServeHTTP");
		assertThat(serveHttp.isClientStreaming()).isTrue();
		assertThat(serveHttp.isServerStreaming()).isTrue();
	}

	@Test
	void pluginApiHas236UnaryRpcsEachAnsweringWithAnAppErrorFirst() {
		ServiceDescriptor api = serviceOf(PluginAPIGrpc.getServiceDescriptor());
		assertThat(api.getFullName()).isEqualTo("mattermost.pluginapi.v1.PluginAPI");
		assertThat(api.getMethods()).hasSize(236);
		assertEveryMethodHasRequestAndResponse(api);
		for (MethodDescriptor method : api.getMethods()) {
			assertThat(method.isClientStreaming() || method.isServerStreaming()).as(method.getName()).isFalse();
			assertThat(method.getInputType().getName()).isEqualTo(method.getName() + "Request");
			assertThat(method.getOutputType().getName()).isEqualTo(method.getName() + "Response");
			FieldDescriptor error = method.getOutputType().findFieldByNumber(1);
			assertThat(error).as(method.getName() + " response field 1").isNotNull();
			assertThat(error.getMessageType().getFullName()).isEqualTo("mattermost.pluginapi.v1.AppError");
		}
	}

	@Test
	void goPluginControllerServesShutdown() {
		assertThat(GRPCControllerGrpc.getShutdownMethod().getFullMethodName()).isEqualTo("plugin.GRPCController/Shutdown");
	}

	@Test
	void everyHookRequestCarriesRequestContextAsFieldOne() {
		ServiceDescriptor hooks = serviceOf(PluginHooksGrpc.getServiceDescriptor());
		for (MethodDescriptor method : hooks.getMethods()) {
			if (method.getName().equals("ServeHTTP")) {
				continue;
			}
			FieldDescriptor context = method.getInputType().findFieldByNumber(1);
			assertThat(context.getName()).as(method.getName()).isEqualTo("context");
			assertThat(context.getMessageType().getName()).isEqualTo("RequestContext");
		}
	}

	@Test
	void coreModelFieldsHaveTheServersNumbersAndTypes() {
		assertFields(AppError.getDescriptor(), "id:1:STRING", "message:2:STRING", "detailed_error:3:STRING",
				"request_id:4:STRING", "status_code:5:INT32", "where:6:STRING", "params:7:MESSAGE");
		assertFields(PluginContext.getDescriptor(), "session_id:1:STRING", "request_id:2:STRING",
				"ip_address:3:STRING", "accept_language:4:STRING", "user_agent:5:STRING");
		assertFields(User.getDescriptor(), "id:1:STRING", "create_at:2:INT64", "auth_data:7:STRING",
				"email_verified:10:BOOL", "props:17:MESSAGE", "failed_attempts:21:INT32", "remote_id:26:STRING",
				"is_bot:28:BOOL", "last_login:34:INT64");
		assertThat(User.getDescriptor().getFields()).hasSize(34);
		assertThat(User.getDescriptor().findFieldByName("auth_data").hasPresence()).isTrue();
		assertFields(Post.getDescriptor(), "id:1:STRING", "edit_at:4:INT64", "is_pinned:6:BOOL", "channel_id:8:STRING",
				"message:11:STRING", "props:14:MESSAGE", "file_ids:16:STRING", "reply_count:20:INT64",
				"participants:22:MESSAGE", "is_following:23:BOOL", "metadata:24:MESSAGE");
		assertThat(Post.getDescriptor().findFieldByName("file_ids").isRepeated()).isTrue();
		assertFields(PostList.getDescriptor(), "order:1:STRING", "posts:2:MESSAGE", "first_inaccessible_post_time:5:BOOL",
				"has_next:6:BOOL");
		assertThat(PostList.getDescriptor().findFieldByName("posts").isMapField()).isTrue();
		assertFields(Channel.getDescriptor(), "team_id:5:STRING", "type:6:ENUM", "display_name:7:STRING",
				"creator_id:14:STRING", "banner_info:23:MESSAGE", "default_category_name:26:STRING");
		assertFields(ChannelMember.getDescriptor(), "channel_id:1:STRING", "notify_props:9:MESSAGE",
				"urgent_mention_count:14:INT64");
		assertFields(CommandArgs.getDescriptor(), "user_id:1:STRING", "command:7:STRING", "channel_mention:11:STRING");
		assertFields(CommandResponse.getDescriptor(), "response_type:1:STRING", "props:7:MESSAGE",
				"skip_slack_parsing:10:BOOL", "attachments:11:MESSAGE");
	}

	@Test
	void serveHttpMessagesMatchTheStreamingContract() {
		assertFields(ServeHTTPRequest.getDescriptor(), "init:1:MESSAGE", "body_chunk:2:BYTES", "body_complete:3:BOOL");
		assertFields(ServeHTTPRequestInit.getDescriptor(), "plugin_context:1:MESSAGE", "method:2:STRING",
				"url:3:STRING", "proto:4:STRING", "proto_major:5:INT32", "proto_minor:6:INT32", "headers:7:MESSAGE",
				"host:8:STRING", "remote_addr:9:STRING", "request_uri:10:STRING", "content_length:11:INT64");
		assertFields(ServeHTTPResponse.getDescriptor(), "init:1:MESSAGE", "body_chunk:2:BYTES", "body_complete:3:BOOL",
				"flush:4:BOOL");
	}

	private static ServiceDescriptor serviceOf(io.grpc.ServiceDescriptor service) {
		return ((io.grpc.protobuf.ProtoServiceDescriptorSupplier) service.getSchemaDescriptor()).getServiceDescriptor();
	}

	private static void assertEveryMethodHasRequestAndResponse(ServiceDescriptor service) {
		for (MethodDescriptor method : service.getMethods()) {
			assertThat(method.getInputType()).as(method.getName() + " request").isNotNull();
			assertThat(method.getOutputType()).as(method.getName() + " response").isNotNull();
			assertThat(method.getInputType().getFile().getPackage()).isEqualTo("mattermost.pluginapi.v1");
		}
		Map<String, Long> names = service.getMethods()
			.stream()
			.collect(Collectors.groupingBy(MethodDescriptor::getName, Collectors.counting()));
		assertThat(names.values()).allMatch((count) -> count == 1);
	}

	private static void assertFields(Descriptor message, String... expected) {
		for (String spec : expected) {
			String[] parts = spec.split(":");
			FieldDescriptor field = message.findFieldByNumber(Integer.parseInt(parts[1]));
			assertThat(field).as(message.getName() + "." + parts[0]).isNotNull();
			assertThat(field.getName()).as(message.getName() + " field " + parts[1]).isEqualTo(parts[0]);
			assertThat(field.getType()).as(message.getName() + "." + parts[0]).isEqualTo(Type.valueOf(parts[2]));
		}
	}

}
