package org.bridgework.ui.common;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * One background thread, in order: the app has one that talks to the workbook, and one that computes
 * (timelines), so long computations never hold up a save.
 */
public final class StoreThread implements TaskRunner {
    private static final System.Logger LOG = System.getLogger(StoreThread.class.getName());
    private final ScheduledThreadPoolExecutor executor;

    public StoreThread() {
        this("bridgework-store");
    }

    public StoreThread(String name) {
        executor = new ScheduledThreadPoolExecutor(1, work -> {
            Thread thread = new Thread(work, name);
            thread.setDaemon(true);
            return thread;
        });
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    }

    @Override
    public <T> void runAfter(Duration delay, Callable<T> work, Consumer<? super T> onSuccess,
                             Consumer<? super Throwable> onFailure) {
        Runnable task = () -> {
            try {
                T result = work.call();
                Platform.runLater(() -> onSuccess.accept(result));
            } catch (Exception | Error e) {
                // Logged here, once for every task: a handler that shows it, or one that can only shrug, alike.
                LOG.log(System.Logger.Level.WARNING, "A task on " + Thread.currentThread().getName() + " failed", e);
                Platform.runLater(() -> onFailure.accept(e));
            }
        };
        try {
            executor.schedule(task, delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            LOG.log(System.Logger.Level.WARNING, "A task was refused: the thread has stopped", e);
            onFailure.accept(e);
        }
    }

    @Override
    public boolean awaitIdle(Duration timeout) {
        try {
            executor.submit(() -> { }).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException | TimeoutException | RejectedExecutionException e) {
            return false;
        }
    }

    @Override
    public void shutdown() {
        executor.shutdown();
    }
}
