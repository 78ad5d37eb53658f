package dev.mattermost.spring.test.mattermost;

import java.util.Map;

import com.google.protobuf.ByteString;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;

/**
 * Shrinks a recorded request so that remembering calls never means remembering every uploaded file: large
 * {@code bytes} fields are cut to their first KiB.
 */
final class RecordedRequests {

	static final int KEPT_BYTES = 1024;

	private RecordedRequests() {
	}

	static Message abbreviate(Message request) {
		if (request.getSerializedSize() <= KEPT_BYTES) {
			return request;
		}
		Message.Builder builder = request.toBuilder();
		for (Map.Entry<FieldDescriptor, Object> field : request.getAllFields().entrySet()) {
			FieldDescriptor descriptor = field.getKey();
			if (descriptor.isRepeated() || descriptor.isMapField()) {
				continue;
			}
			if (field.getValue() instanceof ByteString bytes && bytes.size() > KEPT_BYTES) {
				builder.setField(descriptor, bytes.substring(0, KEPT_BYTES));
			}
			else if (field.getValue() instanceof Message nested) {
				builder.setField(descriptor, abbreviate(nested));
			}
		}
		return builder.build();
	}

}
