package org.bridgework.model;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.bridgework.model.repair.RepairCase;
import org.bridgework.model.timeline.StepMilestone;

/**
 * A relationship with everything that belongs to it: its repair and the days its steps were reached. What an
 * export file holds per relationship, and what an import adds to a workbook in one piece.
 *
 * @param relationship the relationship (its id means nothing outside its own workbook)
 * @param repair       its repair (a blank one at the first step if it was never started)
 * @param milestones   the step milestones, in step order, at most one per step
 */
public record WholeRelationship(Relationship relationship, RepairCase repair, List<StepMilestone> milestones) {

    public WholeRelationship {
        Objects.requireNonNull(relationship, "relationship");
        Objects.requireNonNull(repair, "repair");
        milestones = milestones == null ? List.of()
                : milestones.stream().sorted(Comparator.comparing(StepMilestone::step)).toList();
    }
}
