package org.bridgework.ui.portfolio;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
}
