package org.bridgework.model.repair;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RepairStageTest {
    private static final LocalDate DAY = LocalDate.of(2025, 4, 1);

    /** Steps 1–7 complete, Rebuild open. */
    private static RepairCase throughAct() {
        return RepairCase.start(3)
                .withAssessment(Assessment.empty().withDecision(ManagerDecision.of(Verdict.REPAIR, "worth it")))
                .withUnderstanding(Understanding.empty().withRootCause("cause").withIncidents(List.of(
                        Incident.of(DAY, "late", IncidentKind.MISSED_DEADLINE))))
                .withOwnership(new Ownership("did", "change", ""))
                .withPreparation(Preparation.empty().withKeyMessages(List.of("m")).withApologyWarranted(ApologyWarranted.NO))
                .withDialogue(new Dialogue(List.of(Conversation.on(DAY, Channel.MEETING))))
                .withReconciliation(new Reconciliation(Apology.none().withResponseInstead("the facts"), null))
                .withActionPlan(new ActionPlan(List.of(Commitment.planned("a", "b", DAY))));
    }

    @Test
    void aNewRepairIsAtAssess() {
        assertEquals(RepairStep.ASSESS, RepairCase.start(1).stage());
    }

    @ParameterizedTest
    @EnumSource(RepairStep.class)
    void theStepOnScreenNeverMovesTheStage(RepairStep shown) {
        assertEquals(RepairStep.REBUILD, throughAct().withCurrentStep(shown).stage());
        assertEquals(RepairStep.ASSESS, RepairCase.start(1).withCurrentStep(shown).stage());
    }

    @Test
    void whenEveryStepIsCompleteTheStageIsTheLast() {
        RepairCase done = throughAct().withRebuilding(Rebuilding.empty().withOutcome(Outcome.RESTORED));
        assertEquals(RepairStep.REBUILD, RepairStage.of(done));
    }

    @Test
    void aRepairClosedWithAnOutcomeIsAtTheLastStageEvenWithAnEarlierStepOpen() {
        RepairCase letGo = RepairCase.start(1).withRebuilding(Rebuilding.empty().withOutcome(Outcome.LET_GO));
        assertEquals(RepairStep.REBUILD, letGo.stage());
    }

    @Test
    void anEarlierStepStillOpenHoldsTheStageBack() {
        RepairCase skipped = throughAct().withOwnership(new Ownership("did", " ", ""));
        assertEquals(RepairStep.OWN, skipped.stage());
    }

    @Test
    void anEmptyEntryAddedToALaterStepDoesNotMoveIt() {
        RepairCase talking = RepairCase.start(1)
                .withAssessment(Assessment.empty().withDecision(ManagerDecision.of(Verdict.REPAIR, "worth it")))
                .withActionPlan(new ActionPlan(List.of(Commitment.planned("", "", null))));
        assertEquals(RepairStep.UNDERSTAND, talking.stage());
        assertEquals(Optional.of(RepairStep.UNDERSTAND), StepCompletion.firstIncomplete(talking));
    }
}
