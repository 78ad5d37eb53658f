package dev.mattermost.spring.api;

import dev.mattermost.spring.model.AuditRecord;

/**
 * Writes records to Mattermost's audit log.
 */
public interface AuditApi {

	/**
	 * Writes an audit record at the record's own level ({@code LogAuditRec}).
	 * @param record the record, for example from {@link AuditRecord#of}
	 */
	void log(AuditRecord record);

	/**
	 * Writes an audit record at the given level ({@code LogAuditRecWithLevel}).
	 * @param record the record
	 * @param level the audit level, for example {@code audit-api}
	 */
	void log(AuditRecord record, String level);

}
