package org.bridgework.model.timeline;

import java.time.LocalDate;
import java.util.Objects;
import org.bridgework.model.repair.RepairStep;

/**
 * The day a repair step first counted as complete; kept so the timeline can show when each stage was reached.
 */
public record StepMilestone(RepairStep step, LocalDate reachedOn) {
    public StepMilestone {
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(reachedOn, "reachedOn");
    }
}
