package org.bridgework.logging;

import java.lang.reflect.Method;
import java.nio.file.FileSystemException;
import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * A throwable written without its message: the class, a detail known to be free of user text, the stack frames.
 * Messages are left out on purpose; an SQL error, a file name or a refused value can hold a client's name.
 */
final class ThrowableText {
    /** Enough frames to find the place; a deep JavaFX or JDBC stack below it adds nothing. */
    static final int MAX_FRAMES = 40;
    private static final String APP_PACKAGE = "org.bridgework.";

    private ThrowableText() {
    }

    /**
     * The class and the safe detail: SQL error code and state, the reason of a file system error (the system's
     * words, never the file), or the {@code problem()} word of the app's own exceptions.
     */
    static String headline(Throwable error) {
        String detail = safeDetail(error);
        return error.getClass().getName() + (detail.isEmpty() ? "" : " [" + detail + "]");
    }

    /** The headline of each throwable in the cause chain, joined by " <- " (outermost first). */
    static String chain(Throwable error) {
        StringBuilder text = new StringBuilder();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = error; t != null && seen.add(t); t = t.getCause()) {
            text.append(text.length() == 0 ? "" : " <- ").append(headline(t));
        }
        return text.toString();
    }

    /** The first frame of the app's own code in {@code error}'s stack: where it happened; empty if none. */
    static String appFrame(Throwable error) {
        for (StackTraceElement frame : error.getStackTrace()) {
            if (frame.getClassName().startsWith(APP_PACKAGE)) {
                return frame.toString();
            }
        }
        return "";
    }

    /** The whole cause chain with stack frames (and suppressed throwables), indented under a log line. */
    static void appendTrace(StringBuilder out, Throwable error) {
        append(out, error, "", "    ", Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    private static void append(StringBuilder out, Throwable error, String caption, String indent, Set<Throwable> seen) {
        if (!seen.add(error)) {
            out.append(indent).append(caption).append("(repeated) ").append(error.getClass().getName()).append('\n');
            return;
        }
        out.append(indent).append(caption).append(headline(error)).append('\n');
        StackTraceElement[] frames = error.getStackTrace();
        int shown = Math.min(frames.length, MAX_FRAMES);
        for (int i = 0; i < shown; i++) {
            out.append(indent).append("    at ").append(frames[i]).append('\n');
        }
        if (frames.length > shown) {
            out.append(indent).append("    ... ").append(frames.length - shown).append(" more\n");
        }
        for (Throwable suppressed : error.getSuppressed()) {
            append(out, suppressed, "Suppressed: ", indent + "    ", seen);
        }
        if (error.getCause() != null) {
            append(out, error.getCause(), "Caused by: ", indent, seen);
        }
    }

    private static String safeDetail(Throwable error) {
        if (error instanceof SQLException sql) {
            return "error code " + sql.getErrorCode() + (sql.getSQLState() == null ? "" : ", SQL state " + sql.getSQLState());
        }
        if (error instanceof FileSystemException files) {
            return files.getReason() == null ? "" : files.getReason();
        }
        return problemWord(error);
    }

    /** The app's exceptions name their problem with an enum constant ({@code problem()}): a word, never user text. */
    private static String problemWord(Throwable error) {
        if (!error.getClass().getName().startsWith(APP_PACKAGE)) {
            return "";
        }
        try {
            Method problem = error.getClass().getMethod("problem");
            if (!problem.getReturnType().isEnum()) {
                return "";
            }
            Object word = problem.invoke(error);
            return word == null ? "" : ((Enum<?>) word).name();
        } catch (ReflectiveOperationException | RuntimeException e) {
            return "";
        }
    }
}
