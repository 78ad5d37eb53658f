package dev.mattermost.spring.api;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.lang.reflect.Array;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Proxy;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.BaseStream;

import io.grpc.MethodDescriptor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.mattermost.spring.protocol.v1.PluginAPIGrpc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Proves that every RPC of the PluginAPI service can be reached through {@link PluginApi}: calls every public method
 * of every group with generated arguments against a recording fake server and compares the RPCs seen with the
 * service descriptor.
 */
class PluginApiCoverageTests {

	private static final int MAX_DEPTH = 4;

	@RegisterExtension
	final ApiTestServer server = new ApiTestServer();

	@Test
	void everyPluginApiRpcIsReachableThroughPluginApi() throws Exception {
		PluginApi api = new DefaultPluginApi(this.server.caller());
		List<String> invoked = new ArrayList<>();
		for (Method accessor : sorted(PluginApi.class.getMethods())) {
			Object group = accessor.invoke(api);
			for (Method method : sorted(accessor.getReturnType().getMethods())) {
				if (Modifier.isStatic(method.getModifiers()) || method.getDeclaringClass() == Object.class) {
					continue;
				}
				invoke(group, method);
				invoked.add(accessor.getName() + "()." + method.getName());
			}
		}
		Set<String> missing = new TreeSet<>(allRpcNames());
		missing.removeAll(this.server.calledMethods());
		assertThat(missing).as("PluginAPI RPCs not reached by any of the %d PluginApi methods", invoked.size())
			.isEmpty();
	}

	@Test
	void serviceHasTheRpcCountOfGoPluginApi() {
		assertThat(allRpcNames()).hasSize(236);
	}

	private static Set<String> allRpcNames() {
		Set<String> names = new TreeSet<>();
		for (MethodDescriptor<?, ?> method : PluginAPIGrpc.getServiceDescriptor().getMethods()) {
			names.add(method.getBareMethodName());
		}
		return names;
	}

	private static List<Method> sorted(Method[] methods) {
		return Arrays.stream(methods).sorted(Comparator.comparing(Method::toGenericString)).toList();
	}

	private static void invoke(Object target, Method method) throws IllegalAccessException {
		Type[] parameterTypes = method.getGenericParameterTypes();
		Object[] arguments = new Object[parameterTypes.length];
		for (int i = 0; i < parameterTypes.length; i++) {
			arguments[i] = dummy(parameterTypes[i], 0);
		}
		try {
			Object result = method.invoke(target, arguments);
			// Lazy streams call the server only when consumed.
			if (result instanceof BaseStream<?, ?> stream) {
				stream.iterator().hasNext();
				stream.close();
			}
		}
		catch (InvocationTargetException ex) {
			// Empty canned responses may not satisfy every method; the request was recorded all the same.
		}
	}

	private static Object dummy(Type type, int depth) {
		if (type instanceof ParameterizedType parameterized) {
			Class<?> raw = (Class<?>) parameterized.getRawType();
			Type[] arguments = parameterized.getActualTypeArguments();
			if (Collection.class.isAssignableFrom(raw)) {
				Object element = dummy(arguments[0], depth + 1);
				return Set.class.isAssignableFrom(raw) ? Set.of(element) : List.of(element);
			}
			if (Map.class.isAssignableFrom(raw)) {
				Map<Object, Object> map = new LinkedHashMap<>();
				map.put(dummy(arguments[0], depth + 1), dummy(arguments[1], depth + 1));
				return map;
			}
			if (raw == Optional.class) {
				return Optional.of(dummy(arguments[0], depth + 1));
			}
			if (raw == Class.class) {
				return Map.class;
			}
			return dummy(raw, depth);
		}
		if (type instanceof TypeVariable<?> || type instanceof WildcardType) {
			return "x";
		}
		return dummyOf((Class<?>) type, depth);
	}

	private static Object dummyOf(Class<?> type, int depth) {
		if (type == String.class || type == Object.class || type == CharSequence.class) {
			return "x";
		}
		if (type == int.class || type == Integer.class) {
			return 1;
		}
		if (type == long.class || type == Long.class) {
			return 1L;
		}
		if (type == boolean.class || type == Boolean.class) {
			return true;
		}
		if (type == double.class || type == Double.class) {
			return 1.0;
		}
		if (type == float.class || type == Float.class) {
			return 1.0f;
		}
		if (type == short.class || type == Short.class) {
			return (short) 1;
		}
		if (type == byte[].class) {
			return new byte[] { 1 };
		}
		if (type.isArray()) {
			Object array = Array.newInstance(type.getComponentType(), 1);
			Array.set(array, 0, dummyOf(type.getComponentType(), depth + 1));
			return array;
		}
		if (type == Duration.class) {
			return Duration.ofSeconds(1);
		}
		if (type == Instant.class) {
			return Instant.ofEpochSecond(1);
		}
		if (type == Class.class) {
			return Map.class;
		}
		if (type == InputStream.class) {
			return new ByteArrayInputStream(new byte[] { 1 });
		}
		if (JsonNode.class.isAssignableFrom(type)) {
			return JsonMapper.shared().createObjectNode().put("x", 1);
		}
		if (List.class.isAssignableFrom(type) || Collection.class.isAssignableFrom(type)) {
			return List.of();
		}
		if (Map.class.isAssignableFrom(type)) {
			return Map.of();
		}
		if (type.isEnum()) {
			return type.getEnumConstants()[0];
		}
		if (type.isRecord()) {
			return record(type, depth);
		}
		if (type.isInterface()) {
			return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type },
					(proxy, method, args) -> defaultValue(method.getReturnType()));
		}
		return null;
	}

	private static Object record(Class<?> type, int depth) {
		RecordComponent[] components = type.getRecordComponents();
		Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
		Object[] values = new Object[components.length];
		for (int i = 0; i < components.length; i++) {
			boolean primitive = types[i].isPrimitive();
			values[i] = (depth < MAX_DEPTH || primitive) ? dummy(components[i].getGenericType(), depth + 1)
					: defaultValue(types[i]);
		}
		try {
			return type.getDeclaredConstructor(types).newInstance(values);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException("Cannot create a " + type.getName(), ex);
		}
	}

	private static Object defaultValue(Class<?> type) {
		if (!type.isPrimitive()) {
			return null;
		}
		return Array.get(Array.newInstance(type, 1), 0);
	}

}
