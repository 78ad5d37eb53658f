package dev.mattermost.spring.api;

import java.util.Objects;

import dev.mattermost.spring.convert.AuditConverter;
import dev.mattermost.spring.model.AuditRecord;
import dev.mattermost.spring.protocol.v1.LogAuditRecRequest;
import dev.mattermost.spring.protocol.v1.LogAuditRecWithLevelRequest;

/**
 * {@link AuditApi} over the PluginAPI gRPC service.
 */
public final class DefaultAuditApi implements AuditApi {

	private final PluginApiCaller caller;

	/**
	 * Creates the API.
	 * @param caller performs the calls
	 */
	public DefaultAuditApi(PluginApiCaller caller) {
		this.caller = Objects.requireNonNull(caller, "caller must not be null");
	}

	@Override
	public void log(AuditRecord record) {
		LogAuditRecRequest request = LogAuditRecRequest.newBuilder().setRecord(AuditConverter.toProto(record)).build();
		this.caller.call("LogAuditRec", (stub) -> stub.logAuditRec(request));
	}

	@Override
	public void log(AuditRecord record, String level) {
		LogAuditRecWithLevelRequest request = LogAuditRecWithLevelRequest.newBuilder()
			.setRecord(AuditConverter.toProto(record))
			.setLevel(level)
			.build();
		this.caller.call("LogAuditRecWithLevel", (stub) -> stub.logAuditRecWithLevel(request));
	}

}
