package org.bridgework.ui.portfolio;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.bridgework.model.Relationship;
import org.bridgework.model.repair.Outcome;
import org.bridgework.model.repair.RepairStep;
import org.bridgework.model.timeline.PortfolioSummary;
import org.bridgework.store.PortfolioSummaryQuery;
import org.bridgework.store.RelationshipRepository;
import org.bridgework.store.RepairCaseRepository;

/** What a workbook's portfolio shows, read in one go off the JavaFX thread. */
record Contents(List<Relationship> relationships, Map<Long, RepairStep> stages, Map<Long, PortfolioSummary> summaries,
                Map<Long, Outcome> outcomes) {

    /** Reads it; on the store thread. */
    static Contents read(RelationshipRepository relationships, RepairCaseRepository repairs,
                         PortfolioSummaryQuery summaries, LocalDate today) {
        return new Contents(relationships.findAll(), repairs.stages(), summaries.summaries(today), repairs.outcomes());
    }

    /** An item for {@code stored}, described from what was read. */
    RelationshipItem itemOf(Relationship stored) {
        RelationshipItem item = new RelationshipItem(stored);
        describe(item);
        return item;
    }

    /** Sets the stage, outcome and summary of the item's repair, as read. */
    void describe(RelationshipItem item) {
        item.stageProperty().set(stages.getOrDefault(item.id(), RepairStep.ASSESS));
        item.outcomeProperty().set(outcomes.get(item.id()));
        item.summaryProperty().set(summaries.getOrDefault(item.id(), PortfolioSummary.NONE));
    }

    /**
     * Brings {@code items} up to date with what was read, in place: new relationships added (through
     * {@code watch}), changed ones shown, gone ones (to the Trash elsewhere) removed. A relationship with edits
     * not yet saved ({@code unsaved}) keeps what is typed and stays; the {@code selected} one's repair is the
     * wizard's to describe, as it may hold edits not yet saved.
     */
    void mergeInto(List<RelationshipItem> items, RelationshipItem selected, Predicate<Long> unsaved,
                   UnaryOperator<RelationshipItem> watch) {
        Map<Long, RelationshipItem> shownById = new HashMap<>();
        items.forEach(item -> shownById.put(item.id(), item));
        Set<Long> stored = new HashSet<>();
        List<RelationshipItem> added = new ArrayList<>();
        for (Relationship relationship : relationships) {
            stored.add(relationship.id());
            RelationshipItem item = shownById.get(relationship.id());
            if (item == null) {
                added.add(watch.apply(itemOf(relationship)));
                continue;
            }
            if (!unsaved.test(item.id())) {
                item.showStored(relationship);
            }
            if (item != selected) {
                describe(item);
            }
        }
        items.addAll(added);
        items.removeIf(item -> !stored.contains(item.id()) && !unsaved.test(item.id()));
    }
}
