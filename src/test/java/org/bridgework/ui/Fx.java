package org.bridgework.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Window;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Waiting for the JavaFX thread without guessing. TestFX's {@code waitForFxEvents()} makes five round trips with
 * a 10 ms sleep after each, and its robot calls it after every key press, key release and mouse move: over a
 * test run that was more than four minutes of sleeping. {@link #settle()} waits for exactly what a test needs
 * before it looks: the events already queued, one pulse (styles and layout) after them, and what that pulse
 * queued in turn.
 */
public final class Fx {
    private static final long LONGEST_WAIT_SECONDS = 30;

    private Fx() {
    }

    /**
     * Returns once the JavaFX thread has handled everything queued so far, a pulse has styled and laid out every
     * showing window after that, and the work queued during that pulse has run.
     */
    public static void settle() {
        roundTrip();
        CountDownLatch pulsed = new CountDownLatch(1);
        call(() -> {
            afterNextLayout(pulsed);
            return null;
        });
        try {
            if (!pulsed.await(LONGEST_WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw new AssertionError("no JavaFX pulse within " + LONGEST_WAIT_SECONDS + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for the JavaFX thread", e);
        }
        roundTrip();
    }

    /** Runs {@code work} on the JavaFX thread, then {@link #settle()}s: what TestFX's {@code interact} is for. */
    public static void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
        settle();
    }

    /**
     * The value {@code work} gives on the JavaFX thread (nothing is waited for after it). What it throws is thrown
     * here, as it is; a checked exception is wrapped in an {@link AssertionError}.
     */
    public static <T> T call(Callable<T> work) {
        try {
            return WaitForAsyncUtils.asyncFx(work).get(LONGEST_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new AssertionError(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for the JavaFX thread", e);
        } catch (TimeoutException e) {
            throw new AssertionError("the JavaFX thread did not answer within " + LONGEST_WAIT_SECONDS + " s", e);
        }
    }

    private static void roundTrip() {
        call(() -> null);
    }

    /**
     * Counts {@code pulsed} down after the layout of the next pulse. A pulse styles and lays out every scene in one
     * turn of the JavaFX thread, so the round trip after it sees all of them done. With no window showing there is
     * nothing to lay out.
     */
    private static void afterNextLayout(CountDownLatch pulsed) {
        Scene scene = Window.getWindows().stream().filter(Window::isShowing).map(Window::getScene)
                .filter(s -> s != null).findFirst().orElse(null);
        if (scene == null) {
            pulsed.countDown();
            return;
        }
        scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                // Not while the scene goes through its listeners: it would fail on the changed list.
                Platform.runLater(() -> scene.removePostLayoutPulseListener(this));
                pulsed.countDown();
            }
        });
        Platform.requestNextPulse();
    }
}
