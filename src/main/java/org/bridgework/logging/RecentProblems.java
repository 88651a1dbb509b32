package org.bridgework.logging;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;

/**
 * The last warnings and errors of this session, one short line each, for the diagnostic report: the file holds
 * the whole story, the report only what a helper needs to ask the right question.
 */
final class RecentProblems extends Handler {
    private final int capacity;
    private final Deque<String> lines = new ArrayDeque<>();

    RecentProblems(int capacity) {
        this.capacity = capacity;
        setLevel(Level.WARNING);
        setFormatter(new SafeFormatter(""));
    }

    @Override
    public void publish(LogRecord record) {
        if (!isLoggable(record)) {
            return;
        }
        String line = SafeFormatter.Times.SHORT.format(LocalDateTime.ofInstant(record.getInstant(), ZoneId.systemDefault())) + " "
                + record.getLevel().getName() + " " + shortName(record.getLoggerName()) + ": "
                + getFormatter().formatMessage(record) + thrown(record);
        synchronized (lines) {
            lines.addLast(line);
            while (lines.size() > capacity) {
                lines.removeFirst();
            }
        }
    }

    /** Oldest first. */
    List<String> lines() {
        synchronized (lines) {
            return List.copyOf(lines);
        }
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }

    private static String thrown(LogRecord record) {
        Throwable error = record.getThrown();
        if (error == null) {
            return "";
        }
        String where = ThrowableText.appFrame(error);
        return " — " + ThrowableText.chain(error) + (where.isEmpty() ? "" : " at " + where);
    }

    private static String shortName(String logger) {
        return logger == null ? "" : logger.substring(logger.lastIndexOf('.') + 1);
    }
}
