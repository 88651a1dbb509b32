package org.bridgework.ui.common;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The same-thread twin of {@link StoreThread}, for tests: work without a delay runs at once on the
 * calling thread; delayed work waits until the test calls {@link #runDelayed()}, as if time passed.
 */
public final class ImmediateTaskRunner implements TaskRunner {
    private final Deque<Runnable> delayed = new ArrayDeque<>();
    private final Deque<Duration> delays = new ArrayDeque<>();

    @Override
    public <T> void runAfter(Duration delay, Callable<T> work, Consumer<? super T> onSuccess,
                             Consumer<? super Throwable> onFailure) {
        Runnable task = () -> {
            T result;
            try {
                result = work.call();
            } catch (Exception | Error e) {
                onFailure.accept(e);
                return;
            }
            onSuccess.accept(result);
        };
        if (delay.isZero()) {
            task.run();
        } else {
            delayed.add(task);
            delays.add(delay);
        }
    }

    /** Runs the delayed work queued so far (not what that work queues in turn). */
    public int runDelayed() {
        int count = delayed.size();
        for (int i = 0; i < count; i++) {
            delays.poll();
            delayed.poll().run();
        }
        return count;
    }

    /** The delays of the work waiting to run, in the order asked for. */
    public java.util.List<Duration> waitingDelays() {
        return java.util.List.copyOf(delays);
    }

    @Override
    public boolean awaitIdle(Duration timeout) {
        return true;
    }

    @Override
    public void shutdown() {
        delayed.clear();
        delays.clear();
    }
}
