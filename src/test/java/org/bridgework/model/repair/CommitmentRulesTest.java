package org.bridgework.model.repair;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CommitmentRulesTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 5, 20);

    private static Commitment complete(LocalDate due) {
        return Commitment.planned("Weekly status call", "Jordan", due).withMeasureOfSuccess("They confirm each call");
    }

    @Test
    void aCompleteCommitmentHasNoProblems() {
        assertEquals(List.of(), CommitmentRules.problems(complete(TODAY)));
        assertTrue(CommitmentRules.isValid(complete(TODAY)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\u00A0", "\u200B"})
    void blankWhatIsAnError(String what) {
        Commitment c = new Commitment(what, "Jordan", Optional.of(TODAY), "measured", CommitmentStatus.PLANNED,
                Optional.empty(), "", false, Optional.empty());
        assertEquals(List.of(CommitmentProblem.MISSING_WHAT), CommitmentRules.problems(c));
        assertFalse(CommitmentRules.isValid(c));
    }

    @Test
    void missingOwnerOrDueDateIsAnError() {
        assertEquals(List.of(CommitmentProblem.MISSING_OWNER), CommitmentRules.problems(
                Commitment.planned("Audit", " ", TODAY).withMeasureOfSuccess("report sent")));
        Commitment noDate = Commitment.planned("Audit", "Jordan", null).withMeasureOfSuccess("report sent");
        assertEquals(List.of(CommitmentProblem.MISSING_DUE_DATE), CommitmentRules.problems(noDate));
        assertFalse(CommitmentRules.isValid(noDate));
    }

    @Test
    void missingMeasureIsOnlyAWarning() {
        Commitment c = Commitment.planned("Audit", "Jordan", TODAY);
        assertEquals(List.of(CommitmentProblem.MISSING_MEASURE), CommitmentRules.problems(c));
        assertEquals(Severity.WARNING, CommitmentProblem.MISSING_MEASURE.severity());
        assertTrue(CommitmentRules.isValid(c));
    }

    @Test
    void doneWithoutCompletionDateIsAWarning() {
        assertEquals(List.of(CommitmentProblem.MISSING_COMPLETION_DATE),
                CommitmentRules.problems(complete(TODAY).doneOn(null)));
        assertEquals(List.of(), CommitmentRules.problems(complete(TODAY).doneOn(TODAY)));
        assertTrue(CommitmentRules.isValid(complete(TODAY).doneOn(null)));
    }

    @Test
    void everythingMissingListsErrorsFirst() {
        Commitment empty = new Commitment(null, null, null, null, null, null, null, false, null);
        assertEquals(List.of(CommitmentProblem.MISSING_WHAT, CommitmentProblem.MISSING_OWNER,
                CommitmentProblem.MISSING_DUE_DATE, CommitmentProblem.MISSING_MEASURE), CommitmentRules.problems(empty));
        assertEquals(CommitmentStatus.PLANNED, empty.status());
    }

    @ParameterizedTest
    @CsvSource({
            "PLANNED, -1, true", "IN_PROGRESS, -1, true", "PLANNED, -30, true",
            "PLANNED, 0, false", "IN_PROGRESS, 0, false", "PLANNED, 1, false",
            "DONE, -1, false", "MISSED, -1, false", "DROPPED, -1, false", "DROPPED_BY_AGREEMENT, -1, false"})
    void overdueMeansOpenAndDueBeforeToday(CommitmentStatus status, int dueInDays, boolean overdue) {
        Commitment c = complete(TODAY.plusDays(dueInDays)).withStatus(status);
        assertEquals(overdue, CommitmentRules.isOverdue(c, TODAY));
    }

    @Test
    void withoutADueDateNothingIsOverdue() {
        assertFalse(CommitmentRules.isOverdue(Commitment.planned("x", "y", null), TODAY));
    }

    @ParameterizedTest
    @CsvSource({
            "PLANNED, 0, PLANNED", "IN_PROGRESS, 0, IN_PROGRESS", "DONE, 0, DONE", "MISSED, 0, MISSED",
            "DROPPED, 0, DROPPED", "PLANNED, -1, OVERDUE", "IN_PROGRESS, -1, OVERDUE", "DONE, -1, DONE",
            "MISSED, -1, MISSED", "DROPPED, -1, DROPPED", "DROPPED_BY_AGREEMENT, -1, DROPPED_BY_AGREEMENT"})
    void displayStatusDerivesOverdue(CommitmentStatus status, int dueInDays, DisplayStatus shown) {
        assertEquals(shown, CommitmentRules.displayStatus(complete(TODAY.plusDays(dueInDays)).withStatus(status), TODAY));
    }

    @Test
    void overdueIsNeverStoredOnlyDerived() {
        Commitment late = complete(TODAY.minusDays(3));
        assertEquals(DisplayStatus.OVERDUE, CommitmentRules.displayStatus(late, TODAY));
        assertEquals(CommitmentStatus.PLANNED, late.status());
        assertEquals(DisplayStatus.PLANNED, CommitmentRules.displayStatus(late, TODAY.minusDays(3)));
    }
}
