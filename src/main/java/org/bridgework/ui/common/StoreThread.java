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
    /** How long, after {@link #shutdown()}, what was queued before (the last writes, closing) may keep the app alive. */
    private static final Duration FINISH_WITHIN = Duration.ofSeconds(10);

    private final ScheduledThreadPoolExecutor executor;
    private final String name;

    public StoreThread() {
        this("bridgework-store");
    }

    public StoreThread(String name) {
        this.name = name;
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

    /**
     * Stops accepting work; what is queued still runs. The thread is a daemon, so that a runner nobody shut down
     * never keeps the app alive; so a thread that does keep it alive waits (a while) for the queued work here, and
     * the window's last writes and the closing of the workbook finish even as the app exits.
     */
    @Override
    public void shutdown() {
        executor.shutdown();
        Thread finishing = new Thread(() -> {
            try {
                executor.awaitTermination(FINISH_WITHIN.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, name + "-finishing");
        finishing.setDaemon(false);
        finishing.start();
    }

    /** Waits until the thread has stopped after {@link #shutdown()}, its queued work done; false if it has not yet. */
    public boolean awaitStopped(Duration timeout) {
        try {
            return executor.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
