package org.bridgework.ui.common;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Saves edits as they are typed: each change records an immutable snapshot, and after a short pause
 * the latest snapshot of every changed thing is written on the store thread. A failed write keeps
 * its snapshot and is retried, so nothing typed is dropped.
 *
 * @param <K> what identifies a saved thing (its id)
 * @param <V> the snapshot that is written
 */
public final class AutoSave<K, V> {
    /** Short enough that text typed a second before a crash is saved; long enough to batch keystrokes. */
    public static final Duration DEFAULT_DELAY = Duration.ofMillis(300);
    private static final Duration RETRY_DELAY = Duration.ofSeconds(3);

    private final TaskRunner runner;
    private final Duration delay;
    private final Consumer<V> writer;
    private final Map<K, V> pending = new ConcurrentHashMap<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final ReadOnlyObjectWrapper<SaveState> state = new ReadOnlyObjectWrapper<>(SaveState.SAVED);
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper("");

    /**
     * @param writer writes one snapshot; runs on the store thread; throws if it could not
     */
    public AutoSave(TaskRunner runner, Duration delay, Consumer<V> writer) {
        this.runner = runner;
        this.delay = delay;
        this.writer = writer;
    }

    /** Records the latest state of {@code key}; it is written after the pause. Call on the JavaFX thread. */
    public void changed(K key, V snapshot) {
        pending.put(key, snapshot);
        state.set(SaveState.PENDING);
        schedule(delay);
    }

    /** Drops any unsaved snapshot of {@code key}, for a thing deleted for good. */
    public void forget(K key) {
        pending.remove(key);
    }

    /**
     * Writes the unsaved snapshot of {@code key}, if there is one, at once: for a thing about to be moved
     * away (to the Trash), so that bringing it back brings back everything typed. Call on the store thread,
     * inside a task; throws if the write fails, and then the snapshot stays pending and is retried as usual.
     */
    public void writeNow(K key) {
        V snapshot = pending.get(key);
        if (snapshot != null) {
            writer.accept(snapshot);
            pending.remove(key, snapshot);
        }
    }

    /** Writes everything pending now and waits for it (for closing the workbook). */
    public boolean flushNow(Duration timeout) {
        runner.run(this::writePending, ignored -> afterWrite(), this::afterFailure);
        return runner.awaitIdle(timeout) && pending.isEmpty();
    }

    public ReadOnlyObjectProperty<SaveState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** Why the last write failed; empty when it did not. */
    public ReadOnlyStringProperty failureProperty() {
        return failure.getReadOnlyProperty();
    }

    private void schedule(Duration after) {
        if (scheduled.compareAndSet(false, true)) {
            runner.runAfter(after, this::writePending, ignored -> afterWrite(), this::afterFailure);
        }
    }

    /** Runs on the store thread. A snapshot is removed only if no newer one arrived while writing. */
    private Integer writePending() {
        scheduled.set(false);
        int written = 0;
        for (Map.Entry<K, V> entry : Map.copyOf(pending).entrySet()) {
            writer.accept(entry.getValue());
            pending.remove(entry.getKey(), entry.getValue());
            written++;
        }
        return written;
    }

    private void afterWrite() {
        if (pending.isEmpty()) {
            state.set(SaveState.SAVED);
            failure.set("");
        }
    }

    private void afterFailure(Throwable error) {
        state.set(SaveState.FAILED);
        failure.set(error.getMessage() == null ? error.toString() : error.getMessage());
        if (!pending.isEmpty()) {
            schedule(RETRY_DELAY);
        }
    }
}
