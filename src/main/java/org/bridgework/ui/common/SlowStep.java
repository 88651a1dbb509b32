package org.bridgework.ui.common;

import java.time.Duration;
import java.util.function.Consumer;

/** One step under way, begun by {@link SlowSteps#begin}; all of its methods are called on the JavaFX thread. */
public interface SlowStep {
    /**
     * Says {@code what} from now on, and whether Cancel is still offered: a step that has gone past the point
     * where it can safely stop (the workbook is being closed) no longer offers it.
     */
    void update(String what, boolean cancellable);

    /**
     * Runs {@code tooLong} if the step is still running {@code limit} from now, unless another limit was set
     * meanwhile (it replaces this one). The step goes on; {@code tooLong} decides what becomes of it.
     */
    void afterWaiting(Duration limit, Runnable tooLong);

    /**
     * True once the user cancelled the step: what it was waiting for is no longer wanted, and is ignored or undone.
     * Unlike the other methods, it may be asked from any thread, so work under way can stop between its parts.
     */
    boolean cancelled();

    /** Ends the step: the dialog goes and the window takes commands again. Ending it twice does nothing more. */
    void finish();

    /**
     * Starts {@code work}, which answers through the consumer it is given (on the JavaFX thread), and hands the
     * answer to {@code then} — or {@code ifTooLong} once {@code limit} has passed without one, for waiting on a disk
     * that may never answer. {@code then} runs once at most, and not at all once the user has cancelled the step.
     */
    default <T> void await(Consumer<Consumer<T>> work, Duration limit, T ifTooLong, Consumer<T> then) {
        boolean[] answered = {false};
        Consumer<T> once = answer -> {
            if (!answered[0] && !cancelled()) {
                answered[0] = true;
                then.accept(answer);
            }
        };
        afterWaiting(limit, () -> once.accept(ifTooLong));
        work.accept(once);
    }
}
