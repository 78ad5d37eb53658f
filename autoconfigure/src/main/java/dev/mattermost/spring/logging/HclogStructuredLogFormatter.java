package dev.mattermost.spring.logging;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxy;
import org.slf4j.event.KeyValuePair;

import org.springframework.boot.logging.structured.StructuredLogFormatter;

/**
 * Formats Logback events as hclog JSON lines, the form go-plugin parses from a plugin's stderr so that Mattermost
 * logs each line at its own level with its key/value pairs.
 */
public final class HclogStructuredLogFormatter implements StructuredLogFormatter<ILoggingEvent> {

	/** go-plugin parses {@code @timestamp} with Go's layout {@code 2006-01-02T15:04:05.000000Z07:00}. */
	static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSXXX", Locale.ROOT)
		.withZone(ZoneOffset.UTC);

	/**
	 * go-plugin reads stderr with a 64 KiB line buffer; a longer line would be split and lose its JSON form. The
	 * limit counts UTF-8 bytes of the escaped line, and leaves room for the line separator.
	 */
	static final int MAX_LINE_BYTES = 60 * 1024;

	private static final int MAX_STACKTRACE_CHARS = 16 * 1024;

	@Override
	public String format(ILoggingEvent event) {
		HclogLine line = new HclogLine();
		line.field("@level", level(event.getLevel()));
		line.field("@message", event.getFormattedMessage());
		line.field("@timestamp", TIMESTAMP.format(event.getInstant()));
		line.field("logger", event.getLoggerName());
		List<KeyValuePair> pairs = event.getKeyValuePairs();
		if (pairs != null) {
			for (KeyValuePair pair : pairs) {
				line.field(pair.key, String.valueOf(pair.value));
			}
		}
		Map<String, String> mdc = event.getMDCPropertyMap();
		if (mdc != null) {
			mdc.forEach(line::field);
		}
		IThrowableProxy throwable = event.getThrowableProxy();
		if (throwable != null) {
			line.field("error", (throwable.getMessage() != null)
					? throwable.getClassName() + ": " + throwable.getMessage() : throwable.getClassName());
			line.field("stacktrace", stackTrace(throwable));
		}
		return line.toJson(MAX_LINE_BYTES) + "\n";
	}

	static String level(Level level) {
		return switch (level.toInt()) {
			case Level.ERROR_INT -> "error";
			case Level.WARN_INT -> "warn";
			case Level.INFO_INT -> "info";
			case Level.DEBUG_INT -> "debug";
			default -> "trace";
		};
	}

	private static String stackTrace(IThrowableProxy proxy) {
		String trace;
		if (proxy instanceof ThrowableProxy throwableProxy) {
			StringWriter writer = new StringWriter();
			throwableProxy.getThrowable().printStackTrace(new PrintWriter(writer));
			trace = writer.toString();
		}
		else {
			trace = proxy.getClassName() + ": " + proxy.getMessage();
		}
		return (trace.length() > MAX_STACKTRACE_CHARS) ? trace.substring(0, MAX_STACKTRACE_CHARS) + "…" : trace;
	}

}
