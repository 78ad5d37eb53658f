package dev.mattermost.spring.hooks;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;

import dev.mattermost.spring.convert.UserConverter;
import dev.mattermost.spring.hooks.support.DecisionReturnValueHandler;
import dev.mattermost.spring.hooks.support.HookPayloadArgumentResolver;
import dev.mattermost.spring.hooks.support.HookValueReturnValueHandler;
import dev.mattermost.spring.hooks.support.PluginContextArgumentResolver;
import dev.mattermost.spring.hooks.support.VoidReturnValueHandler;
import dev.mattermost.spring.model.Post;
import dev.mattermost.spring.model.User;

/**
 * Builds handler methods the way the auto-configuration does, for tests without Spring.
 */
final class HookFixtures {

	private HookFixtures() {
	}

	static HookHandlerMethodFactory factory() {
		return new HookHandlerMethodFactory(
				List.of(new PluginContextArgumentResolver(), new HookPayloadArgumentResolver()),
				List.of(new VoidReturnValueHandler(), new DecisionReturnValueHandler(),
						new HookValueReturnValueHandler()));
	}

	static HookHandlerMethod handler(Hook hook, String beanName, Object bean, String methodName, int order) {
		return factory().create(hook, beanName, bean, method(bean.getClass(), methodName), order);
	}

	static HookHandlerMethod handler(Hook hook, Object bean, String methodName) {
		return handler(hook, "bean", bean, methodName, 0);
	}

	static Method method(Class<?> type, String name) {
		return Arrays.stream(type.getDeclaredMethods())
			.filter((method) -> method.getName().equals(name))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No method " + name + " on " + type));
	}

	static Post post(String message) {
		return Post.of("channel-1", message);
	}

	static User user(String id) {
		return UserConverter.toModel(dev.mattermost.spring.protocol.v1.User.newBuilder()
			.setId(id)
			.setUsername("user-" + id)
			.build());
	}

}
