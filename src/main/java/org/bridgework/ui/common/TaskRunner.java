package org.bridgework.ui.common;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs work away from the JavaFX thread, one piece at a time and in order (the workbook has one
 * connection), and hands results back on the JavaFX thread. {@link ImmediateTaskRunner} is the
 * same-thread twin for tests.
 */
public interface TaskRunner {

    /** Runs {@code work} soon; then {@code onSuccess} or {@code onFailure} on the JavaFX thread. */
    default <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        runAfter(Duration.ZERO, work, onSuccess, onFailure);
    }

    /** Runs {@code work} after {@code delay}; then {@code onSuccess} or {@code onFailure} on the JavaFX thread. */
    <T> void runAfter(Duration delay, Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure);

    /**
     * Waits until everything submitted before this call has run; false if {@code timeout} passed first. Never on the
     * JavaFX thread (the window would freeze): for tests and the command line.
     */
    boolean awaitIdle(Duration timeout);

    /** Stops accepting work once what is queued has run. */
    void shutdown();
}
