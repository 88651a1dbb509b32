package org.bridgework.model.timeline;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.bridgework.model.repair.ActionPlan;
import org.bridgework.model.repair.Commitment;
import org.bridgework.model.repair.CommitmentStatus;
import org.bridgework.model.repair.Dialogue;
import org.bridgework.model.repair.Rebuilding;
import org.bridgework.model.repair.RepairCase;

/**
 * The start of a repair's timeline, read before the whole repair so that a long timeline is on screen at
 * once: the repair with its dated lists cut after {@code through} (see {@link #of}), and its milestones.
 * Its items dated on or before {@code through} are exactly the whole timeline's first items, in the same
 * order; only their list positions ({@link TimelineItem#index()}) are those of the cut lists, so an opening
 * is for showing, not for acting on.
 *
 * @param repair     the repair with its dated lists cut
 * @param milestones the days the steps were first complete
 * @param through    the last day the opening is certain of
 */
public record TimelineOpening(RepairCase repair, List<StepMilestone> milestones, LocalDate through) {
    /** How many list entries an opening is read for: more rows than the tallest screen shows at once. */
    public static final int ENTRIES = 100;
    /**
     * From how many dated entries a timeline is read in two parts. Below that the whole repair is read in a
     * few milliseconds, and an opening would only add a second layout of the list (see docs/benchmarks.md).
     */
    public static final int LONG_TIMELINE = 2_000;

    public TimelineOpening {
        Objects.requireNonNull(repair, "repair");
        milestones = List.copyOf(milestones);
        Objects.requireNonNull(through, "through");
    }

    /**
     * Cuts {@code whole} as the workbook reads an opening: incidents, conversations and check-ins dated on
     * or before {@code through}, and commitments due then or done then (a commitment done early but due later
     * is kept, and shows nothing in the opening: it appears once, on its due day); every other part whole. Undated
     * entries are left out: they have no place on the timeline.
     */
    public static TimelineOpening of(RepairCase whole, List<StepMilestone> milestones, LocalDate through) {
        var understanding = whole.understanding();
        RepairCase cut = whole
                .withUnderstanding(understanding.withIncidents(understanding.incidents().stream()
                        .filter(i -> i.date().filter(d -> !d.isAfter(through)).isPresent()).toList()))
                .withDialogue(new Dialogue(whole.dialogue().conversations().stream()
                        .filter(c -> !c.date().isAfter(through)).toList()))
                .withActionPlan(new ActionPlan(whole.actionPlan().commitments().stream()
                        .filter(c -> dueOrDoneBy(c, through)).toList()))
                .withRebuilding(new Rebuilding(whole.rebuilding().checkIns().stream()
                        .filter(c -> !c.date().isAfter(through)).toList(), whole.rebuilding().outcome(),
                        whole.rebuilding().lessonsLearned()));
        return new TimelineOpening(cut, milestones, through);
    }

    /** The items it is certain of, in timeline order: those dated on or before {@code through}. */
    public List<TimelineItem> items(LocalDate today) {
        return TimelineAssembler.assemble(repair, milestones, today).stream()
                .filter(item -> !item.date().isAfter(through)).toList();
    }

    private static boolean dueOrDoneBy(Commitment c, LocalDate through) {
        boolean due = c.due().filter(d -> !d.isAfter(through)).isPresent();
        boolean done = c.status() == CommitmentStatus.DONE
                && c.completedOn().filter(d -> !d.isAfter(through)).isPresent();
        return due || done;
    }
}
