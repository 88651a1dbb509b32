package org.bridgework.model.repair;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The one place that says when a step of the wizard counts as complete. Text counts as filled in when it has
 * something visible (only spaces, no-break spaces or zero-width characters count as empty). A complete step
 * can still be edited.
 *
 * <ol>
 *   <li><b>Assess</b>: the manager's decision is recorded with a reason; a REVISIT decision also needs its
 *       revisit date (otherwise nothing brings the question back).</li>
 *   <li><b>Understand</b>: at least one incident with a description, and a root cause.</li>
 *   <li><b>Own</b>: what we did (or failed to do) and what we will change are both filled in; or we checked,
 *       and on the facts we can show them we were not at fault ({@link Ownership#clearedByTheFacts}).</li>
 *   <li><b>Prepare</b>: at least one key message, and whether an apology is warranted is decided (yes or no).</li>
 *   <li><b>Talk</b>: at least one conversation is logged.</li>
 *   <li><b>Apologise</b>: the apology was given (has a date), or Prepare decided an apology is not warranted and
 *       the response given instead is recorded.</li>
 *   <li><b>Act</b>: at least one commitment that is valid ({@link CommitmentRules#isValid}: what, owner, due
 *       date) and not dropped.</li>
 *   <li><b>Rebuild</b>: an outcome is recorded.</li>
 * </ol>
 */
public final class StepCompletion {
    private StepCompletion() {
    }

    public static boolean isComplete(RepairCase repair, RepairStep step) {
        return switch (step) {
            case ASSESS -> repair.assessment().decision()
                    .filter(d -> Texts.hasText(d.reason()))
                    .filter(d -> d.verdict() != Verdict.REVISIT || d.revisitOn().isPresent())
                    .isPresent();
            case UNDERSTAND -> repair.understanding().incidents().stream().anyMatch(i -> Texts.hasText(i.description()))
                    && Texts.hasText(repair.understanding().rootCause());
            case OWN -> Texts.hasText(repair.ownership().whatWeDid())
                    && Texts.hasText(repair.ownership().whatWeWillChange())
                    || repair.ownership().clearedByTheFacts();
            case PREPARE -> repair.preparation().keyMessages().stream().anyMatch(Texts::hasText)
                    && repair.preparation().apologyWarranted() != ApologyWarranted.UNDECIDED;
            case TALK -> !repair.dialogue().conversations().isEmpty();
            case APOLOGISE -> repair.reconciliation().apology().givenOn().isPresent()
                    || repair.preparation().apologyWarranted() == ApologyWarranted.NO
                    && Texts.hasText(repair.reconciliation().apology().responseInstead());
            case ACT -> repair.actionPlan().commitments().stream()
                    .anyMatch(c -> !c.status().isDropped() && CommitmentRules.isValid(c));
            case REBUILD -> repair.rebuilding().outcome().isPresent();
        };
    }

    /** The complete steps, in step order. */
    public static Set<RepairStep> completed(RepairCase repair) {
        Set<RepairStep> done = EnumSet.noneOf(RepairStep.class);
        for (RepairStep step : RepairStep.values()) {
            if (isComplete(repair, step)) {
                done.add(step);
            }
        }
        return done;
    }

    /** The first step not complete yet; empty when all eight are. */
    public static Optional<RepairStep> firstIncomplete(RepairCase repair) {
        return Arrays.stream(RepairStep.values()).filter(s -> !isComplete(repair, s)).findFirst();
    }
}
