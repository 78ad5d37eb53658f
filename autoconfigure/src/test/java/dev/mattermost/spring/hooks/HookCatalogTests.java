package dev.mattermost.spring.hooks;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import com.google.protobuf.Descriptors.MethodDescriptor;
import io.grpc.protobuf.ProtoMethodDescriptorSupplier;
import org.junit.jupiter.api.Test;

import org.springframework.core.annotation.AnnotatedElementUtils;

import dev.mattermost.spring.hooks.annotation.PluginHook;
import dev.mattermost.spring.protocol.v1.PluginHooksGrpc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks {@link Hook} and the hook annotations against the {@code PluginHooks} service Mattermost calls.
 */
class HookCatalogTests {

	private static final Set<String> NOT_ANNOTATION_HOOKS = Set.of("Implemented", "ServeHTTP");

	@Test
	void everyRpcButImplementedAndServeHttpIsAHook() {
		Set<String> rpcs = PluginHooksGrpc.getServiceDescriptor()
			.getMethods()
			.stream()
			.map((method) -> method.getBareMethodName())
			.filter((name) -> !NOT_ANNOTATION_HOOKS.contains(name))
			.collect(Collectors.toSet());
		Set<String> hooks = Arrays.stream(Hook.values()).map(Hook::hookName).collect(Collectors.toSet());
		assertThat(hooks).isEqualTo(rpcs);
	}

	@Test
	void everyHookHasAnAnnotationNamedAfterItThatIsAPluginHook() throws ClassNotFoundException {
		for (Hook hook : Hook.values()) {
			Class<?> annotation = Class.forName(PluginHook.class.getPackageName() + "." + hook.hookName());
			assertThat(annotation.isAnnotation()).as(hook.hookName()).isTrue();
			PluginHook pluginHook = AnnotatedElementUtils.findMergedAnnotation(annotation, PluginHook.class);
			assertThat(pluginHook).as(hook.hookName()).isNotNull();
			assertThat(pluginHook.value()).isEqualTo(hook);
		}
	}

	@Test
	void hooksThatCarryAPluginContextAreTheOnesWhoseRequestHasOne() {
		for (var method : PluginHooksGrpc.getServiceDescriptor().getMethods()) {
			String name = method.getBareMethodName();
			if (NOT_ANNOTATION_HOOKS.contains(name)) {
				continue;
			}
			MethodDescriptor protoMethod = ((ProtoMethodDescriptorSupplier) method.getSchemaDescriptor())
				.getMethodDescriptor();
			boolean hasContext = protoMethod.getInputType().findFieldByName("plugin_context") != null;
			assertThat(Hook.forHookName(name).hasPluginContext()).as(name).isEqualTo(hasContext);
		}
	}

	@Test
	void errorIdsAreSnakeCaseHookNames() {
		assertThat(HookErrors.snakeCase("OnActivate")).isEqualTo("on_activate");
		assertThat(HookErrors.snakeCase("OnSAMLLogin")).isEqualTo("on_saml_login");
		assertThat(HookErrors.snakeCase("OnWebSocketConnect")).isEqualTo("on_web_socket_connect");
		assertThat(HookErrors.snakeCase("ConfigurationWillBeSaved")).isEqualTo("configuration_will_be_saved");
	}

}
