package org.bridgework.model.repair;

/**
 * The stage a repair has reached, worked out from what is complete ({@link StepCompletion}) and never from the
 * step on screen: looking at an earlier step, or pressing Next on an empty one, does not move it.
 *
 * <p>The stage is the first step not complete yet; once all eight are complete it is the last step, Rebuild.
 * A step completed out of order does not move the stage past an earlier step that is still open, since that
 * step's work is still to do.
 */
public final class RepairStage {
    private RepairStage() {
    }

    public static RepairStep of(RepairCase repair) {
        return StepCompletion.firstIncomplete(repair).orElse(RepairStep.REBUILD);
    }
}
