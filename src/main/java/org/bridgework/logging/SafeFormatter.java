package org.bridgework.logging;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.LogRecord;

/**
 * One log line per record (time, level, logger, the app's own message), then the throwable without its message
 * ({@link ThrowableText}). Each file, and each session in it, starts with a header naming the version and process.
 */
final class SafeFormatter extends Formatter {
    private final String session;

    /** @param session who writes, for the header: the app's name, version and process */
    SafeFormatter(String session) {
        this.session = session;
    }

    @Override
    public String format(LogRecord record) {
        StringBuilder line = new StringBuilder(160);
        line.append(Times.ISO.format(OffsetDateTime.ofInstant(record.getInstant(), ZoneId.systemDefault())))
                .append(' ').append(record.getLevel().getName())
                .append(' ').append(record.getLoggerName())
                .append(": ").append(formatMessage(record)).append('\n');
        if (record.getThrown() != null) {
            ThrowableText.appendTrace(line, record.getThrown());
        }
        return line.toString();
    }

    @Override
    public String getHead(Handler handler) {
        return "---- " + session + ", started " + Times.ISO.format(OffsetDateTime.now()) + "\n";
    }

    /** Loaded with the first record, not at start: java.time's formatters take a moment to set up. */
    static final class Times {
        static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
        static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

        private Times() {
        }
    }
}
