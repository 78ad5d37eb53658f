package dev.mattermost.spring.convert;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.protobuf.ListValue;
import com.google.protobuf.NullValue;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import org.jspecify.annotations.Nullable;

/**
 * Converts {@code google.protobuf.Struct} and {@code Value} to and from plain Java maps, lists, strings, numbers,
 * booleans and {@code null}, the shape Mattermost's free-form props have in JSON.
 * <p>
 * A {@code Struct} only carries doubles, so a whole number that fits in a {@code long} reads back as a {@link Long}:
 * {@code {"count": 3}} round-trips as {@code 3}, not {@code 3.0}. Longs beyond 2<sup>53</sup> lose precision on the
 * way in, as they do in Mattermost's own JSON handling.
 */
public final class StructConverter {

	// Doubles at or beyond 2^63 do not fit in a long; below it every whole double does.
	private static final double LONG_LIMIT = 0x1p63;

	private StructConverter() {
	}

	/**
	 * Converts a struct to an unmodifiable map that keeps the struct's key order.
	 * @param struct the struct
	 * @return the map, empty for an empty struct
	 */
	public static Map<String, @Nullable Object> toModel(Struct struct) {
		Map<String, Value> fields = struct.getFieldsMap();
		if (fields.isEmpty()) {
			return Map.of();
		}
		Map<String, @Nullable Object> map = new LinkedHashMap<>(fields.size() * 2);
		fields.forEach((key, value) -> map.put(key, toModel(value)));
		return Collections.unmodifiableMap(map);
	}

	/**
	 * Converts a value to the matching Java object.
	 * @param value the value
	 * @return a {@code Map}, {@code List}, {@code String}, {@code Long} (whole numbers), {@code Double},
	 * {@code Boolean}, or {@code null} for a null or unset value
	 */
	public static @Nullable Object toModel(Value value) {
		return switch (value.getKindCase()) {
			case STRING_VALUE -> value.getStringValue();
			case NUMBER_VALUE -> toNumber(value.getNumberValue());
			case BOOL_VALUE -> value.getBoolValue();
			case STRUCT_VALUE -> toModel(value.getStructValue());
			case LIST_VALUE -> toModel(value.getListValue());
			case NULL_VALUE, KIND_NOT_SET -> null;
		};
	}

	private static List<@Nullable Object> toModel(ListValue listValue) {
		List<@Nullable Object> list = new ArrayList<>(listValue.getValuesCount());
		for (Value value : listValue.getValuesList()) {
			list.add(toModel(value));
		}
		return Collections.unmodifiableList(list);
	}

	private static Number toNumber(double number) {
		if (number == Math.rint(number) && Math.abs(number) < LONG_LIMIT) {
			return (long) number;
		}
		return number;
	}

	/**
	 * Converts a map to a struct.
	 * @param map the map, may be {@code null}
	 * @return the struct, empty for a {@code null} or empty map
	 * @throws IllegalArgumentException if a value, however deeply nested, has no JSON form; the message names its
	 * key path
	 * @see #toValue(Object)
	 */
	public static Struct toProto(@Nullable Map<String, ?> map) {
		if (map == null || map.isEmpty()) {
			return Struct.getDefaultInstance();
		}
		return toStruct(map, "");
	}

	/**
	 * Converts a Java object to a value: {@code null}, {@link CharSequence}, {@link Character}, {@link Boolean},
	 * {@link Number} (as a double), {@link Enum} (by name), {@link Map} (keys as strings), {@link Iterable} and
	 * object arrays.
	 * @param object the object, may be {@code null}
	 * @return the value
	 * @throws IllegalArgumentException if the object, or anything nested in it, is of another type
	 */
	public static Value toValue(@Nullable Object object) {
		return toValue(object, "");
	}

	private static Struct toStruct(Map<?, ?> map, String path) {
		Struct.Builder struct = Struct.newBuilder();
		map.forEach((key, value) -> {
			String name = String.valueOf(key);
			struct.putFields(name, toValue(value, path.isEmpty() ? name : path + "." + name));
		});
		return struct.build();
	}

	private static Value toValue(@Nullable Object object, String path) {
		if (object == null) {
			return Value.newBuilder().setNullValue(NullValue.NULL_VALUE).build();
		}
		if (object instanceof CharSequence || object instanceof Character) {
			return Value.newBuilder().setStringValue(object.toString()).build();
		}
		if (object instanceof Boolean bool) {
			return Value.newBuilder().setBoolValue(bool).build();
		}
		if (object instanceof Number number) {
			return Value.newBuilder().setNumberValue(number.doubleValue()).build();
		}
		if (object instanceof Enum<?> constant) {
			return Value.newBuilder().setStringValue(constant.name()).build();
		}
		if (object instanceof Map<?, ?> map) {
			return Value.newBuilder().setStructValue(toStruct(map, path)).build();
		}
		if (object instanceof Iterable<?> iterable) {
			ListValue.Builder list = ListValue.newBuilder();
			for (Object element : iterable) {
				list.addValues(toValue(element, path + "[" + list.getValuesCount() + "]"));
			}
			return Value.newBuilder().setListValue(list).build();
		}
		if (object instanceof Object[] array) {
			return toValue(Arrays.asList(array), path);
		}
		String where = path.isEmpty() ? "" : " at '" + path + "'";
		throw new IllegalArgumentException("The value" + where + " is a " + object.getClass().getName()
				+ ", which a protobuf Struct cannot carry; use maps, lists, strings, numbers, booleans or null");
	}

}
