package org.bridgework.testing;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.bridgework.ui.common.TaskRunner;

/**
 * A task runner that holds every piece of work until the test runs it with {@link #runNext()}, on the
 * test's thread and in the order asked for: for looking at what is on screen between two pieces of work.
 */
public final class QueuedTaskRunner implements TaskRunner {
    private final Deque<Runnable> queue = new ArrayDeque<>();

    @Override
    public <T> void runAfter(Duration delay, Callable<T> work, Consumer<? super T> onSuccess,
                             Consumer<? super Throwable> onFailure) {
        queue.add(() -> {
            T result;
            try {
                result = work.call();
            } catch (Exception | Error e) {
                onFailure.accept(e);
                return;
            }
            onSuccess.accept(result);
        });
    }

    /** Runs the oldest waiting piece of work and hands over its result. */
    public void runNext() {
        Runnable next = queue.poll();
        if (next == null) {
            throw new IllegalStateException("no work is waiting");
        }
        next.run();
    }

    public int waiting() {
        return queue.size();
    }

    @Override
    public boolean awaitIdle(Duration timeout) {
        return queue.isEmpty();
    }

    @Override
    public void shutdown() {
        queue.clear();
    }
}
