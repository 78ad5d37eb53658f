package dev.mattermost.spring.test.mattermost;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.google.protobuf.ListValue;
import com.google.protobuf.NullValue;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;

/**
 * Converts between {@code google.protobuf.Struct}, plain Java maps and the JSON Go's {@code encoding/json} would
 * write for the same {@code map[string]any} (whole numbers without a fraction, keys in insertion order).
 */
final class Structs {

	private Structs() {
	}

	static Map<String, Object> toMap(Struct struct) {
		Map<String, Object> map = new LinkedHashMap<>();
		struct.getFieldsMap().forEach((key, value) -> map.put(key, toJava(value)));
		return map;
	}

	static Object toJava(Value value) {
		return switch (value.getKindCase()) {
			case NULL_VALUE, KIND_NOT_SET -> null;
			case BOOL_VALUE -> value.getBoolValue();
			case NUMBER_VALUE -> {
				double d = value.getNumberValue();
				yield (d == Math.rint(d) && !Double.isInfinite(d) && Math.abs(d) < 1e15) ? (Object) (long) d : d;
			}
			case STRING_VALUE -> value.getStringValue();
			case LIST_VALUE -> {
				List<Object> list = new ArrayList<>();
				value.getListValue().getValuesList().forEach(v -> list.add(toJava(v)));
				yield list;
			}
			case STRUCT_VALUE -> toMap(value.getStructValue());
		};
	}

	static Struct toStruct(Map<String, ?> map) {
		Struct.Builder struct = Struct.newBuilder();
		map.forEach((key, value) -> struct.putFields(key, toValue(value)));
		return struct.build();
	}

	@SuppressWarnings("unchecked")
	static Value toValue(Object value) {
		if (value == null) {
			return Value.newBuilder().setNullValue(NullValue.NULL_VALUE).build();
		}
		if (value instanceof Value v) {
			return v;
		}
		if (value instanceof Boolean b) {
			return Value.newBuilder().setBoolValue(b).build();
		}
		if (value instanceof Number n) {
			return Value.newBuilder().setNumberValue(n.doubleValue()).build();
		}
		if (value instanceof Map<?, ?> m) {
			return Value.newBuilder().setStructValue(toStruct((Map<String, ?>) m)).build();
		}
		if (value instanceof Iterable<?> items) {
			ListValue.Builder list = ListValue.newBuilder();
			items.forEach(item -> list.addValues(toValue(item)));
			return Value.newBuilder().setListValue(list).build();
		}
		return Value.newBuilder().setStringValue(value.toString()).build();
	}

	static String toJson(Object value) {
		StringBuilder json = new StringBuilder();
		write(json, value);
		return json.toString();
	}

	@SuppressWarnings("unchecked")
	private static void write(StringBuilder json, Object value) {
		if (value == null) {
			json.append("null");
		}
		else if (value instanceof Struct s) {
			write(json, toMap(s));
		}
		else if (value instanceof Value v) {
			write(json, toJava(v));
		}
		else if (value instanceof Map<?, ?> map) {
			json.append('{');
			boolean first = true;
			// encoding/json writes map keys sorted.
			Map<String, Object> sorted = new TreeMap<>();
			((Map<Object, Object>) map).forEach((k, v) -> sorted.put(String.valueOf(k), v));
			for (Map.Entry<String, Object> e : sorted.entrySet()) {
				if (!first) {
					json.append(',');
				}
				first = false;
				writeString(json, String.valueOf(e.getKey()));
				json.append(':');
				write(json, e.getValue());
			}
			json.append('}');
		}
		else if (value instanceof Iterable<?> items) {
			json.append('[');
			boolean first = true;
			for (Object item : items) {
				if (!first) {
					json.append(',');
				}
				first = false;
				write(json, item);
			}
			json.append(']');
		}
		else if (value instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15) {
			json.append(d.longValue());
		}
		else if (value instanceof Number || value instanceof Boolean) {
			json.append(value);
		}
		else {
			writeString(json, value.toString());
		}
	}

	private static void writeString(StringBuilder json, String text) {
		json.append('"');
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '"' -> json.append("\\\"");
				case '\\' -> json.append("\\\\");
				case '\n' -> json.append("\\n");
				case '\r' -> json.append("\\r");
				case '\t' -> json.append("\\t");
				// Go escapes these three so JSON can be embedded in HTML.
				case '<', '>', '&' -> json.append(String.format("\\u%04x", (int) c));
				default -> {
					if (c < 0x20) {
						json.append(String.format("\\u%04x", (int) c));
					}
					else {
						json.append(c);
					}
				}
			}
		}
		json.append('"');
	}

}
