package dev.mattermost.spring.convert;

import dev.mattermost.spring.model.AuditRecord;

/**
 * Converts audit records to their protocol message.
 */
public final class AuditConverter {

	private AuditConverter() {
	}

	/**
	 * Converts an audit record.
	 * @param record the record
	 * @return the message
	 * @throws IllegalArgumentException if a meta value has no JSON form
	 */
	public static dev.mattermost.spring.protocol.v1.AuditRecord toProto(AuditRecord record) {
		return dev.mattermost.spring.protocol.v1.AuditRecord.newBuilder()
			.setId(record.id())
			.setCreateAt(record.createAt())
			.setLevel(record.level())
			.setApiPath(record.apiPath())
			.setEvent(record.event())
			.setStatus(record.status())
			.setUserId(record.userId())
			.setSessionId(record.sessionId())
			.setClient(record.client())
			.setIpAddress(record.ipAddress())
			.setMeta(StructConverter.toProto(record.meta()))
			.build();
	}

}
