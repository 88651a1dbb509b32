package org.bridgework.ui.common;

import java.time.Duration;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/** Writing the pending edits of several parts of the window at once, without waiting on the JavaFX thread. */
public final class Flushes {
    /**
     * How long a step waits for pending edits to be written before it stops waiting: long enough for a lock held by
     * another program to pass (SQLite waits 5 s), short enough to be bearable.
     */
    public static final Duration LIMIT = Duration.ofSeconds(10);

    private Flushes() {
    }

    /**
     * Flushes every one of {@code parts} with {@code flush}, which answers on the JavaFX thread whether that part
     * wrote everything; {@code done} hears once, after the last answer, whether all of them did. Call on the
     * JavaFX thread.
     */
    public static <T> void all(List<T> parts, BiConsumer<T, Consumer<Boolean>> flush, Consumer<Boolean> done) {
        if (parts.isEmpty()) {
            done.accept(true);
            return;
        }
        int[] left = {parts.size()};
        boolean[] allWritten = {true};
        for (T part : parts) {
            flush.accept(part, written -> {
                allWritten[0] &= written;
                if (--left[0] == 0) {
                    done.accept(allWritten[0]);
                }
            });
        }
    }
}
