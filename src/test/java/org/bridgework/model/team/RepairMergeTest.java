package org.bridgework.model.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.bridgework.model.repair.Incident;
import org.bridgework.model.repair.IncidentKind;
import org.bridgework.model.repair.RepairCase;
import org.bridgework.model.repair.RepairStep;
import org.junit.jupiter.api.Test;

/** The three-way merge of a repair, without a server: which side each kind of change takes. */
class RepairMergeTest {
    private static final RepairCase BASE = RecordPath.withText(RepairCase.start(7).withUnderstanding(
            RepairCase.start(7).understanding().withIncidents(List.of(incident("Late"), incident("Rude")))),
            "understanding.rootCause", "", "Start");

    @Test
    void aValueOnlyOneSideChangedTakesThatSide() {
        RepairCase mine = RecordPath.withText(BASE, "understanding.theirAccount", "", "Mine");
        RepairCase theirs = RecordPath.withText(BASE, "understanding.rootCause", "", "Theirs");

        RepairMerge.Result merged = RepairMerge.of(BASE, mine, theirs, Optional.empty());

        assertEquals(List.of(), merged.conflicts());
        assertEquals(RecordPath.withText(theirs, "understanding.theirAccount", "", "Mine"), merged.merged());
    }

    @Test
    void aTextBothChangedKeepsTheirsAndIsReportedWithAllThree() {
        RepairCase mine = RecordPath.withText(BASE, "understanding.incidents.description", "1", "Rude, mine");
        RepairCase theirs = RecordPath.withText(BASE, "understanding.incidents.description", "1", "Rude, theirs");

        RepairMerge.Result merged = RepairMerge.of(BASE, mine, theirs, Optional.empty());

        assertEquals(theirs, merged.merged());
        assertEquals(List.of(new TextConflict("understanding.incidents.description", "1", "Rude", "Rude, theirs",
                "Rude, mine", Optional.empty())), merged.conflicts());
    }

    @Test
    void aNonTextValueBothChangedTakesMineAndTheSameTextBothWroteIsNoConflict() {
        RepairCase mine = RecordPath.withText(BASE.withCurrentStep(RepairStep.ACT), "understanding.rootCause", "", "Same");
        RepairCase theirs = RecordPath.withText(BASE.withCurrentStep(RepairStep.TALK), "understanding.rootCause", "", "Same");

        RepairMerge.Result merged = RepairMerge.of(BASE, mine, theirs, Optional.empty());

        assertEquals(List.of(), merged.conflicts());
        assertEquals(mine, merged.merged());
    }

    @Test
    void entriesBothAddedAreAllKeptAndAListBothReshapedDifferentlyTakesMine() {
        RepairCase mineAdded = withIncidents(incident("Late"), incident("Rude"), incident("Mine"));
        RepairCase theirsAdded = withIncidents(incident("Late"), incident("Rude"), incident("Theirs"));
        assertEquals(withIncidents(incident("Late"), incident("Rude"), incident("Theirs"), incident("Mine")),
                RepairMerge.of(BASE, mineAdded, theirsAdded, Optional.empty()).merged());

        RepairCase mineRemoved = withIncidents(incident("Rude"));
        assertEquals(mineRemoved, RepairMerge.of(BASE, mineRemoved, theirsAdded, Optional.empty()).merged());
    }

    @Test
    void aPathThatNamesNoTextIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> RecordPath.withText(BASE, "understanding.nothing", "", "x"));
        assertEquals(false, RecordPath.names(BASE, "understanding.incidents.description", "5"));
        assertEquals("Rude", RecordPath.text(BASE, "understanding.incidents.description", "1"));
    }

    private static RepairCase withIncidents(Incident... incidents) {
        return BASE.withUnderstanding(BASE.understanding().withIncidents(List.of(incidents)));
    }

    private static Incident incident(String description) {
        return Incident.of(LocalDate.of(2026, 3, 1), description, IncidentKind.OTHER);
    }
}
