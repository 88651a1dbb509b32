package org.bridgework.testing;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.bridgework.ui.common.ImmediateTaskRunner;
import org.bridgework.ui.common.TaskRunner;

/**
 * A task runner that holds every piece of work until the test runs it with {@link #runNext()}, on the
 * test's thread and in the order asked for: for looking at what is on screen between two pieces of work.
 */
public final class QueuedTaskRunner implements TaskRunner {
    private final Deque<Runnable> queue = new ArrayDeque<>();
    private final ImmediateTaskRunner now = new ImmediateTaskRunner();

    @Override
    public <T> void runAfter(Duration delay, Callable<T> work, Consumer<? super T> onSuccess,
                             Consumer<? super Throwable> onFailure) {
        // When its turn comes, the work runs as ImmediateTaskRunner runs it: at once, on the caller's thread.
        queue.add(() -> now.run(work, onSuccess, onFailure));
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
