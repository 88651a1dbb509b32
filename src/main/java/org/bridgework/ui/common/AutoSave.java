package org.bridgework.ui.common;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.bridgework.store.SaveProblem;
import org.bridgework.problems.SaveProblemTexts;

/**
 * Saves edits as they are typed: each change records an immutable snapshot, and after a short pause
 * the latest snapshot of every changed thing is written on the store thread. A failed write keeps
 * its snapshot and is retried, less often the longer it keeps failing, so nothing typed is dropped;
 * {@link #retryNow()} tries at once. While failed, it says why and which things are not saved.
 *
 * @param <K> what identifies a saved thing (its id)
 * @param <V> the snapshot that is written
 */
public final class AutoSave<K, V> {
    /** Short enough that text typed a second before a crash is saved; long enough to batch keystrokes. */
    public static final Duration DEFAULT_DELAY = Duration.ofMillis(300);
    /** The first retry after a failure; each further failure doubles the wait, up to {@link #LAST_RETRY}. */
    static final Duration FIRST_RETRY = Duration.ofSeconds(3);
    static final Duration LAST_RETRY = Duration.ofSeconds(30);
    /** What a retry timer that {@link #retryNow()} overtook returns: it wrote nothing and must not report. */
    private static final int OVERTAKEN = -1;

    private final TaskRunner runner;
    private final Duration delay;
    private final Consumer<V> writer;
    private final Function<V, String> describe;
    private final Map<K, V> pending = new ConcurrentHashMap<>();
    /** What each pending snapshot is, in the words of {@code describe}; JavaFX thread only. */
    private final Map<K, String> descriptions = new LinkedHashMap<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    /** Bumped by {@link #retryNow()}, so a retry timer still waiting does nothing when it fires. */
    private final AtomicLong generation = new AtomicLong();
    private Duration nextRetry = FIRST_RETRY;
    private final ReadOnlyObjectWrapper<SaveState> state = new ReadOnlyObjectWrapper<>(SaveState.SAVED);
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<SaveProblem> problem = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<List<String>> unsaved = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyBooleanWrapper trying = new ReadOnlyBooleanWrapper(false);
    private final javafx.beans.property.BooleanProperty readOnly =
            new javafx.beans.property.SimpleBooleanProperty(this, "readOnly");

    /**
     * @param writer writes one snapshot; runs on the store thread; throws if it could not
     */
    public AutoSave(TaskRunner runner, Duration delay, Consumer<V> writer) {
        this(runner, delay, writer, snapshot -> "");
    }

    /**
     * @param describe names what a snapshot belongs to (a relationship's name), for telling the user what is
     *                 not saved; called on the JavaFX thread when the snapshot is recorded
     */
    public AutoSave(TaskRunner runner, Duration delay, Consumer<V> writer, Function<V, String> describe) {
        this.runner = runner;
        this.delay = delay;
        this.writer = writer;
        this.describe = describe;
    }

    /**
     * Records the latest state of {@code key}; it is written after the pause. While saving is failing it waits
     * for the next retry instead, so the state stays FAILED (no flicker) and typing does not hammer the disk.
     * Call on the JavaFX thread.
     */
    public void changed(K key, V snapshot) {
        if (readOnly.get()) {
            return;
        }
        pending.put(key, snapshot);
        descriptions.put(key, describe.apply(snapshot));
        publishUnsaved();
        if (state.get() != SaveState.FAILED) {
            state.set(SaveState.PENDING);
            schedule(delay);
        }
    }

    /** Drops any unsaved snapshot of {@code key}, for a thing deleted for good. */
    public void forget(K key) {
        pending.remove(key);
        descriptions.remove(key);
        publishUnsaved();
    }

    /**
     * Drops every snapshot not yet written, and any retry: the workbook they belong to is being left and the
     * user chose to lose them. Without this they would be written into the next workbook, whose ids mean other
     * things. Call on the JavaFX thread.
     */
    public void discardAll() {
        generation.incrementAndGet();
        scheduled.set(false);
        pending.clear();
        nextRetry = FIRST_RETRY;
        trying.set(false);
        failure.set("");
        problem.set(null);
        publishUnsaved();
        state.set(SaveState.SAVED);
    }

    /** Tries to write what is pending at once, without waiting for the next retry. Call on the JavaFX thread. */
    public void retryNow() {
        if (pending.isEmpty() || trying.get()) {
            return;
        }
        generation.incrementAndGet();
        scheduled.set(false);
        trying.set(true);
        runner.run(this::writePending, this::afterWrite, this::afterFailure);
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

    /**
     * Writes everything pending now, without waiting for the pause, and then tells {@code done}, on the JavaFX
     * thread, whether everything is written; the state and the reason are up to date by then. The write is queued
     * at once, so work queued on the store thread after this call runs after it. Call on the JavaFX thread.
     */
    public void flush(Consumer<Boolean> done) {
        if (pending.isEmpty()) {
            done.accept(true);
            return;
        }
        runner.run(this::writePending, written -> {
            afterWrite(written);
            done.accept(pending.isEmpty());
        }, error -> {
            afterFailure(error);
            done.accept(false);
        });
    }

    /** While true (a read-only workbook), changes are not recorded, so nothing is ever written. */
    public javafx.beans.property.BooleanProperty readOnlyProperty() {
        return readOnly;
    }

    public ReadOnlyObjectProperty<SaveState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** Why the last write failed, in plain words; empty when it did not. */
    public ReadOnlyStringProperty failureProperty() {
        return failure.getReadOnlyProperty();
    }

    /** The kind of the last failure; null when the last write did not fail. */
    public ReadOnlyObjectProperty<SaveProblem> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** What the snapshots not yet written belong to, as described, in the order first changed. */
    public ReadOnlyObjectProperty<List<String>> unsavedProperty() {
        return unsaved.getReadOnlyProperty();
    }

    /** True while a {@link #retryNow()} attempt is under way. */
    public ReadOnlyBooleanProperty tryingProperty() {
        return trying.getReadOnlyProperty();
    }

    /** True if some snapshot is not written yet. */
    public boolean hasUnsaved() {
        return !pending.isEmpty();
    }

    /** True if a snapshot of {@code key} is not written yet. */
    public boolean hasUnsaved(K key) {
        return pending.containsKey(key);
    }

    private void schedule(Duration after) {
        if (scheduled.compareAndSet(false, true)) {
            long ticket = generation.get();
            runner.runAfter(after, () -> ticket == generation.get() ? writeScheduled() : OVERTAKEN,
                    this::afterWrite, this::afterFailure);
        }
    }

    private Integer writeScheduled() {
        scheduled.set(false);
        return writePending();
    }

    /** Runs on the store thread. A snapshot is removed only if no newer one arrived while writing. */
    private Integer writePending() {
        int written = 0;
        for (Map.Entry<K, V> entry : Map.copyOf(pending).entrySet()) {
            writer.accept(entry.getValue());
            pending.remove(entry.getKey(), entry.getValue());
            written++;
        }
        return written;
    }

    private void afterWrite(Integer written) {
        if (written == OVERTAKEN) {
            return;
        }
        trying.set(false);
        nextRetry = FIRST_RETRY;
        failure.set("");
        problem.set(null);
        publishUnsaved();
        if (pending.isEmpty()) {
            state.set(SaveState.SAVED);
        } else {
            // Typed while the write ran (or while failing, when typing waits for the retry): write it soon.
            state.set(SaveState.PENDING);
            schedule(delay);
        }
    }

    private void afterFailure(Throwable error) {
        trying.set(false);
        failure.set(SaveProblemTexts.reason(error));
        problem.set(SaveProblemTexts.problem(error));
        publishUnsaved();
        state.set(SaveState.FAILED);
        schedule(nextRetry);
        nextRetry = nextRetry.multipliedBy(2).compareTo(LAST_RETRY) > 0 ? LAST_RETRY : nextRetry.multipliedBy(2);
    }

    private void publishUnsaved() {
        descriptions.keySet().retainAll(pending.keySet());
        List<String> now = List.copyOf(descriptions.values());
        if (!now.equals(unsaved.get())) {
            unsaved.set(now);
        }
    }
}
