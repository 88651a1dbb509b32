package org.bridgework.ui.portfolio;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.bridgework.ui.common.TaskRunner;

/** Holds the work until told to run it, as a busy store thread would. */
final class HeldRunner implements TaskRunner {
    final Queue<Runnable> held = new ArrayDeque<>();
    int searched;

    @Override
    public <T> void runAfter(Duration delay, Callable<T> work, Consumer<? super T> onSuccess,
                             Consumer<? super Throwable> onFailure) {
        held.add(() -> {
            try {
                T result = work.call();
                if (result != null) {
                    searched++;
                }
                onSuccess.accept(result);
            } catch (Exception e) {
                onFailure.accept(e);
            }
        });
    }

    void runAll() {
        while (!held.isEmpty()) {
            held.remove().run();
        }
    }

    @Override
    public boolean awaitIdle(Duration timeout) {
        return true;
    }

    @Override
    public void shutdown() {
    }
}
