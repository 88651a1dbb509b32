package org.bridgework.ui.common;

import java.time.Duration;

/**
 * Steps the window waits for without freezing: saving before leaving a workbook, closing it, opening another,
 * restoring a backup. While a step runs the window takes no commands, so none starts in the middle of it; if it
 * takes longer than {@link #SHOW_AFTER}, a small dialog says what is going on and, while stopping is safe, offers
 * Cancel. {@link SlowStepDialog} is the real one; {@link #UNSEEN} is the twin for tests whose work runs at once.
 */
public interface SlowSteps {
    /** Quick steps (nearly all of them) show nothing: a dialog flashing by would only distract. */
    Duration SHOW_AFTER = Duration.ofMillis(300);

    /**
     * Begins a step; the caller {@link SlowStep#finish() finishes} it when its work is done, unless it was
     * {@link SlowStep#cancelled()} meanwhile. Call on the JavaFX thread.
     *
     * @param what        what is going on, in words ("Saving your changes…")
     * @param cancellable whether the user may stop waiting for it (Cancel, or Esc)
     */
    SlowStep begin(String what, boolean cancellable);

    /** Shows nothing, is never cancelled and never waits too long: for tests whose work finishes at once. */
    SlowSteps UNSEEN = (what, cancellable) -> new SlowStep() {
        @Override
        public void update(String now, boolean canCancel) {
        }

        @Override
        public void afterWaiting(Duration limit, Runnable tooLong) {
        }

        @Override
        public boolean cancelled() {
            return false;
        }

        @Override
        public void finish() {
        }
    };
}
