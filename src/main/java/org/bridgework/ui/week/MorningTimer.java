package org.bridgework.ui.week;

import java.time.Clock;
import java.time.ZonedDateTime;
import javafx.animation.PauseTransition;
import javafx.util.Duration;
import org.bridgework.model.week.DailyDigest;

/** Runs something each morning ({@link DailyDigest#MORNING}) while the app stays open. */
public final class MorningTimer {
    private final Clock clock;
    private final PauseTransition wait = new PauseTransition();

    private MorningTimer(Clock clock, Runnable atMorning) {
        this.clock = clock;
        wait.setOnFinished(event -> {
            atMorning.run();
            schedule();
        });
    }

    /** Starts it; on the JavaFX thread. */
    public static MorningTimer start(Clock clock, Runnable atMorning) {
        MorningTimer timer = new MorningTimer(clock, atMorning);
        timer.schedule();
        return timer;
    }

    private void schedule() {
        long millis = DailyDigest.untilNextMorning(ZonedDateTime.now(clock)).toMillis();
        wait.setDuration(Duration.millis(Math.max(1_000, millis)));
        wait.playFromStart();
    }
}
