package org.bridgework.model.repair;

/**
 * The stage a repair has reached, worked out from what is complete ({@link StepCompletion}) and never from the
 * step on screen: looking at an earlier step, or pressing Next on an empty one, does not move it.
 *
 * <p>The stage is the first step not complete yet; once all eight are complete it is the last step, Rebuild.
 * A step completed out of order does not move the stage past an earlier step that is still open, since that
 * step's work is still to do. A repair closed with an outcome (Step 8's Finish, a deliberate act of the manager,
 * which may also let a relationship go early) is at the last step.
 */
public final class RepairStage {
    private RepairStage() {
    }

    public static RepairStep of(RepairCase repair) {
        if (repair.rebuilding().outcome().isPresent()) {
            return RepairStep.REBUILD;
        }
        return StepCompletion.firstIncomplete(repair).orElse(RepairStep.REBUILD);
    }
}
