package dev.mattermost.spring.api;

import java.io.PrintStream;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import com.google.protobuf.Value;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import dev.mattermost.spring.convert.StructConverter;
import dev.mattermost.spring.protocol.v1.KeyValuePair;
import dev.mattermost.spring.protocol.v1.LogDebugRequest;
import dev.mattermost.spring.protocol.v1.LogErrorRequest;
import dev.mattermost.spring.protocol.v1.LogInfoRequest;
import dev.mattermost.spring.protocol.v1.LogWarnRequest;

/**
 * {@link LogApi} over the PluginAPI gRPC service, falling back to standard error when a call fails.
 *
 * <p>The fallback writes one JSON object per line in the form go-plugin reads from a plugin's standard error
 * ({@code @level}, {@code @message}, {@code @timestamp} and the fields), so the entry still reaches the server log at
 * its level when only the API call failed.
 */
public final class DefaultLogApi implements LogApi {

	private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter
		.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSXXX", Locale.ROOT);

	private final PluginApiCaller caller;

	private final PrintStream fallback;

	/**
	 * Creates the API.
	 * @param caller performs the calls
	 */
	public DefaultLogApi(PluginApiCaller caller) {
		this(caller, System.err);
	}

	DefaultLogApi(PluginApiCaller caller, PrintStream fallback) {
		this.caller = Objects.requireNonNull(caller, "caller must not be null");
		this.fallback = Objects.requireNonNull(fallback, "fallback must not be null");
	}

	@Override
	public void log(Level level, String message, Map<String, ?> fields) {
		Objects.requireNonNull(level, "level must not be null");
		String text = (message != null) ? message : "";
		Map<String, ?> safeFields = (fields != null) ? fields : Map.of();
		try {
			send(level, text, keyValuePairs(safeFields));
		}
		catch (RuntimeException ex) {
			writeFallback(level, text, safeFields, ex);
		}
	}

	private void send(Level level, String message, List<KeyValuePair> pairs) {
		switch (level) {
			case DEBUG -> {
				LogDebugRequest request = LogDebugRequest.newBuilder()
					.setMsg(message)
					.addAllKeyValuePairs(pairs)
					.build();
				this.caller.call("LogDebug", (stub) -> stub.logDebug(request));
			}
			case INFO -> {
				LogInfoRequest request = LogInfoRequest.newBuilder().setMsg(message).addAllKeyValuePairs(pairs).build();
				this.caller.call("LogInfo", (stub) -> stub.logInfo(request));
			}
			case WARN -> {
				LogWarnRequest request = LogWarnRequest.newBuilder().setMsg(message).addAllKeyValuePairs(pairs).build();
				this.caller.call("LogWarn", (stub) -> stub.logWarn(request));
			}
			case ERROR -> {
				LogErrorRequest request = LogErrorRequest.newBuilder()
					.setMsg(message)
					.addAllKeyValuePairs(pairs)
					.build();
				this.caller.call("LogError", (stub) -> stub.logError(request));
			}
		}
	}

	private static List<KeyValuePair> keyValuePairs(Map<String, ?> fields) {
		List<KeyValuePair> pairs = new ArrayList<>(fields.size());
		fields.forEach((key, value) -> pairs
			.add(KeyValuePair.newBuilder().setKey(String.valueOf(key)).setValue(toValue(value)).build()));
		return pairs;
	}

	// A log call must not fail because of a field, so values without a JSON form are logged as text.
	private static Value toValue(@Nullable Object value) {
		try {
			return StructConverter.toValue(value);
		}
		catch (IllegalArgumentException ex) {
			return Value.newBuilder().setStringValue(String.valueOf(value)).build();
		}
	}

	private void writeFallback(Level level, String message, Map<String, ?> fields, RuntimeException failure) {
		try {
			JsonMapper mapper = JsonMapper.shared();
			ObjectNode entry = mapper.createObjectNode();
			entry.put("@level", level.name().toLowerCase(Locale.ROOT));
			entry.put("@message", message);
			entry.put("@timestamp", TIMESTAMP.format(OffsetDateTime.now(ZoneOffset.UTC)));
			fields.forEach((key, value) -> entry.put(String.valueOf(key), String.valueOf(value)));
			entry.put("log_api_error", String.valueOf(failure.getMessage()));
			this.fallback.println(mapper.writeValueAsString(entry));
		}
		catch (RuntimeException ex) {
			// Nothing is left to report to; logging must not break the caller.
		}
	}

}
