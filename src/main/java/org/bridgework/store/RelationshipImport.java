package org.bridgework.store;

import java.util.ArrayList;
import java.util.List;
import org.bridgework.model.Relationship;
import org.bridgework.model.TakenNames;
import org.bridgework.model.WholeRelationship;
import org.bridgework.model.repair.RepairCase;
import org.bridgework.model.timeline.StepMilestone;

/**
 * Adds whole relationships that come from elsewhere (an import) in one transaction: each relationship as it
 * is, times included, with its repair and milestones. Any failure rolls all of it back.
 */
final class RelationshipImport {
    private final WorkbookWrites writes;
    private final RelationshipRepository relationships;
    private final RepairCaseRepository repairCases;
    private final MilestoneRepository milestones;

    RelationshipImport(WorkbookWrites writes, RelationshipRepository relationships, RepairCaseRepository repairCases,
                       MilestoneRepository milestones) {
        this.writes = writes;
        this.relationships = relationships;
        this.repairCases = repairCases;
        this.milestones = milestones;
    }

    List<Relationship> addAll(List<WholeRelationship> incoming, TakenNames.Variants variants) {
        return addAll(incoming, variants, done -> { });
    }

    /**
     * The same, telling {@code afterEach} how many are written so far, inside the transaction: if it throws (the
     * user cancelled), everything is rolled back.
     */
    List<Relationship> addAll(List<WholeRelationship> incoming, TakenNames.Variants variants,
                              java.util.function.IntConsumer afterEach) {
        return addAll(incoming, variants, afterEach, false);
    }

    /** The same, each relationship keeping its id (into an empty workbook: a copy of another). */
    List<Relationship> addAllKeepingIds(List<WholeRelationship> incoming) {
        return addAll(incoming, (name, n) -> name + " (" + n + ")", done -> { }, true);
    }

    private List<Relationship> addAll(List<WholeRelationship> incoming, TakenNames.Variants variants,
                                      java.util.function.IntConsumer afterEach, boolean keepIds) {
        return writes.write("Could not import the relationships", () -> {
            // Read inside the transaction: the names as they are when the rows go in.
            TakenNames taken = new TakenNames(relationships.allNames());
            List<Relationship> stored = new ArrayList<>(incoming.size());
            for (WholeRelationship whole : incoming) {
                Relationship named = whole.relationship().withName(taken.claim(whole.relationship().name(), variants));
                Relationship added = keepIds ? relationships.insertKeepingId(named) : relationships.insertAsGiven(named);
                // A repair never started reads the same as a blank one: no rows for it, as in the workbook it came from.
                if (!whole.repair().withRelationshipId(0).equals(RepairCase.start(0))) {
                    repairCases.write(whole.repair().withRelationshipId(added.id()));
                }
                for (StepMilestone milestone : whole.milestones()) {
                    milestones.insert(added.id(), milestone.step(), milestone.reachedOn());
                }
                stored.add(added);
                afterEach.accept(stored.size());
            }
            return stored;
        });
    }
}
