package dev.mattermost.spring.convert;

import com.google.protobuf.ByteString;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;

/**
 * Builds protobuf messages with every field set to a value of its own, derived from the field's name and number, so
 * that a lossless round trip proves each field is converted and no two fields are swapped.
 */
final class FilledMessages {

	private FilledMessages() {
	}

	/**
	 * Fills every field of the given message type, nested messages included; repeated and map fields get two
	 * entries.
	 * @param <M> the message type
	 * @param prototype the message type's default instance
	 * @return the filled message
	 */
	@SuppressWarnings("unchecked")
	static <M extends Message> M filled(M prototype) {
		return (M) fill(prototype.newBuilderForType(), 0).build();
	}

	private static Message.Builder fill(Message.Builder builder, int depth) {
		Descriptor type = builder.getDescriptorForType();
		if (type.equals(Struct.getDescriptor())) {
			return ((Struct.Builder) builder).putFields("key" + depth,
					Value.newBuilder().setStringValue("value" + depth).build());
		}
		for (FieldDescriptor field : type.getFields()) {
			if (field.isMapField()) {
				for (int i = 0; i < 2; i++) {
					Message.Builder entry = builder.newBuilderForField(field);
					fill(entry, depth + 1);
					Descriptor entryType = entry.getDescriptorForType();
					entry.setField(entryType.findFieldByName("key"), field.getName() + "-key" + i);
					builder.addRepeatedField(field, entry.build());
				}
			}
			else if (field.isRepeated()) {
				for (int i = 0; i < 2; i++) {
					builder.addRepeatedField(field, value(builder, field, depth, i));
				}
			}
			else {
				builder.setField(field, value(builder, field, depth, 0));
			}
		}
		return builder;
	}

	private static Object value(Message.Builder builder, FieldDescriptor field, int depth, int index) {
		String text = field.getName() + "-" + depth + "-" + index;
		long number = 1000L * (depth + 1) + 10L * field.getNumber() + index + 1;
		return switch (field.getJavaType()) {
			case STRING -> text;
			case INT -> (int) number;
			case LONG -> number;
			case FLOAT -> (float) number;
			case DOUBLE -> (double) number;
			case BOOLEAN -> true;
			case BYTE_STRING -> ByteString.copyFromUtf8(text);
			case ENUM -> field.getEnumType().getValues().get(field.getEnumType().getValues().size() - 1);
			case MESSAGE -> fill(builder.newBuilderForField(field), depth + 1).build();
		};
	}

}
