package org.bridgework.model.repair;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StepCompletionTest {
    private static final LocalDate DAY = LocalDate.of(2025, 4, 1);
    private static final RepairCase BLANK = RepairCase.start(7);

    private static boolean complete(RepairCase c, RepairStep step) {
        return StepCompletion.isComplete(c, step);
    }

    private static RepairCase assess(ManagerDecision decision) {
        return BLANK.withAssessment(Assessment.empty().withDecision(decision));
    }

    @Test
    void aNewCaseHasNoStepComplete() {
        assertEquals(Set.of(), StepCompletion.completed(BLANK));
        assertEquals(Optional.of(RepairStep.ASSESS), StepCompletion.firstIncomplete(BLANK));
    }

    @Test
    void assessNeedsADecisionWithAReason() {
        assertTrue(complete(assess(ManagerDecision.of(Verdict.REPAIR, "Our largest client")), RepairStep.ASSESS));
        assertTrue(complete(assess(ManagerDecision.of(Verdict.LET_GO, "Nicht profitabel")), RepairStep.ASSESS));
        assertFalse(complete(assess(ManagerDecision.of(Verdict.REPAIR, " \u00A0")), RepairStep.ASSESS));
        assertFalse(complete(BLANK.withAssessment(Assessment.empty().withCostOfRepair(2)), RepairStep.ASSESS));
    }

    @Test
    void revisitAlsoNeedsItsDate() {
        assertFalse(complete(assess(ManagerDecision.of(Verdict.REVISIT, "after the audit")), RepairStep.ASSESS));
        assertTrue(complete(assess(ManagerDecision.revisit("after the audit", DAY)), RepairStep.ASSESS));
    }

    @Test
    void understandNeedsADescribedIncidentAndARootCause() {
        Understanding u = Understanding.empty().withRootCause("Understaffed support desk");
        Incident described = Incident.of(null, "Outage not reported for 3 days", IncidentKind.BREACH_OF_TRUST);
        assertFalse(complete(BLANK.withUnderstanding(u), RepairStep.UNDERSTAND));
        assertFalse(complete(BLANK.withUnderstanding(u.withIncidents(List.of(Incident.of(DAY, "  ", IncidentKind.OTHER)))),
                RepairStep.UNDERSTAND));
        assertTrue(complete(BLANK.withUnderstanding(u.withIncidents(List.of(described))), RepairStep.UNDERSTAND));
        assertFalse(complete(BLANK.withUnderstanding(u.withIncidents(List.of(described)).withRootCause("\u200B")),
                RepairStep.UNDERSTAND));
    }

    @Test
    void ownNeedsWhatWeDidAndWhatWeWillChange() {
        assertTrue(complete(BLANK.withOwnership(new Ownership("Missed two deadlines", "Weekly review", "")),
                RepairStep.OWN));
        assertFalse(complete(BLANK.withOwnership(new Ownership("Missed two deadlines", "", "CEO")), RepairStep.OWN));
        assertFalse(complete(BLANK.withOwnership(new Ownership(" ", "Weekly review", "CEO")), RepairStep.OWN));
    }

    @Test
    void ownIsAlsoCompleteWhenWeCheckedAndTheFactsClearUs() {
        Ownership cleared = Ownership.empty().withFacts(FaultFinding.NOT_AT_FAULT,
                "Their order was confirmed for the 9th in writing; the email is attached.", null);
        assertTrue(complete(BLANK.withOwnership(cleared), RepairStep.OWN));
        assertFalse(complete(BLANK.withOwnership(cleared.withFacts(FaultFinding.NOT_AT_FAULT, " ", null)),
                RepairStep.OWN), "cleared, but with no facts to show them");
        assertFalse(complete(BLANK.withOwnership(cleared.withFacts(FaultFinding.NOT_YET_KNOWN, "Checking the log",
                DAY)), RepairStep.OWN), "not yet known is not owned");
    }

    @Test
    void prepareNeedsAKeyMessageAndAnApologyDecision() {
        Preparation messages = Preparation.empty().withKeyMessages(List.of("We value working with you"));
        assertFalse(complete(BLANK.withPreparation(messages), RepairStep.PREPARE));
        assertTrue(complete(BLANK.withPreparation(messages.withApologyWarranted(ApologyWarranted.YES)),
                RepairStep.PREPARE));
        assertTrue(complete(BLANK.withPreparation(messages.withApologyWarranted(ApologyWarranted.NO)),
                RepairStep.PREPARE));
        Preparation blankMessages = Preparation.empty().withKeyMessages(List.of(" ", ""))
                .withApologyWarranted(ApologyWarranted.YES);
        assertFalse(complete(BLANK.withPreparation(blankMessages), RepairStep.PREPARE));
    }

    @Test
    void talkNeedsALoggedConversation() {
        assertFalse(complete(BLANK, RepairStep.TALK));
        assertTrue(complete(BLANK.withDialogue(new Dialogue(List.of(Conversation.on(DAY, Channel.PHONE)))),
                RepairStep.TALK));
    }

    @Test
    void apologiseNeedsTheApologyGivenUnlessNotWarranted() {
        Reconciliation drafted = new Reconciliation(Apology.draft("We are sorry", Set.of()), null);
        assertFalse(complete(BLANK.withReconciliation(drafted), RepairStep.APOLOGISE));
        Reconciliation given = new Reconciliation(drafted.apology().givenOn(DAY, Channel.MEETING), null);
        assertTrue(complete(BLANK.withReconciliation(given), RepairStep.APOLOGISE));

        RepairCase warranted = BLANK.withPreparation(Preparation.empty().withApologyWarranted(ApologyWarranted.YES));
        assertFalse(complete(warranted, RepairStep.APOLOGISE));
        RepairCase notWarranted = BLANK.withPreparation(Preparation.empty().withApologyWarranted(ApologyWarranted.NO));
        assertFalse(complete(notWarranted, RepairStep.APOLOGISE), "no apology, and no response recorded instead");
        RepairCase answered = notWarranted.withReconciliation(new Reconciliation(Apology.none().withResponseInstead(
                "We showed them the signed delivery note and the courier's photo."), null));
        assertTrue(complete(answered, RepairStep.APOLOGISE));
    }

    @Test
    void actNeedsAValidCommitmentThatIsNotDropped() {
        Commitment valid = Commitment.planned("Named back-up engineer", "Priya", DAY); // warning only
        assertTrue(complete(BLANK.withActionPlan(new ActionPlan(List.of(valid))), RepairStep.ACT));
        assertFalse(complete(BLANK.withActionPlan(new ActionPlan(List.of(Commitment.planned("x", "", DAY)))),
                RepairStep.ACT));
        assertFalse(complete(BLANK.withActionPlan(new ActionPlan(List.of(valid.withStatus(CommitmentStatus.DROPPED)))),
                RepairStep.ACT));
        assertFalse(complete(BLANK.withActionPlan(new ActionPlan(List.of(
                valid.withStatus(CommitmentStatus.DROPPED_BY_AGREEMENT)))), RepairStep.ACT));
        assertTrue(complete(BLANK.withActionPlan(new ActionPlan(List.of(
                valid.withStatus(CommitmentStatus.DROPPED), valid.withStatus(CommitmentStatus.MISSED)))), RepairStep.ACT));
    }

    @Test
    void rebuildNeedsAnOutcome() {
        Rebuilding checkedIn = new Rebuilding(List.of(new TrustCheckIn(DAY, new TrustRatings(4, 4, 4),
                new TrustRatings(3, 3, 3), "")), Optional.empty(), "Keep a back-up");
        assertFalse(complete(BLANK.withRebuilding(checkedIn), RepairStep.REBUILD));
        assertTrue(complete(BLANK.withRebuilding(checkedIn.withOutcome(Outcome.STRONGER_THAN_BEFORE)),
                RepairStep.REBUILD));
    }

    @Test
    void completedAndFirstIncompleteFollowStepOrder() {
        RepairCase c = assess(ManagerDecision.of(Verdict.REPAIR, "worth it"))
                .withDialogue(new Dialogue(List.of(Conversation.on(DAY, Channel.EMAIL))))
                .withCurrentStep(RepairStep.TALK);
        assertEquals(EnumSet.of(RepairStep.ASSESS, RepairStep.TALK), StepCompletion.completed(c));
        assertEquals(Optional.of(RepairStep.UNDERSTAND), StepCompletion.firstIncomplete(c));
    }

    @Test
    void whenEveryStepIsCompleteThereIsNoFirstIncomplete() {
        RepairCase c = assess(ManagerDecision.of(Verdict.REPAIR, "worth it"))
                .withUnderstanding(Understanding.empty().withRootCause("cause").withIncidents(List.of(
                        Incident.of(DAY, "late", IncidentKind.MISSED_DEADLINE))))
                .withOwnership(new Ownership("did", "change", ""))
                .withPreparation(Preparation.empty().withKeyMessages(List.of("m")).withApologyWarranted(ApologyWarranted.NO))
                .withDialogue(new Dialogue(List.of(Conversation.on(DAY, Channel.MEETING))))
                .withReconciliation(new Reconciliation(Apology.none().withResponseInstead("the facts"), null))
                .withActionPlan(new ActionPlan(List.of(Commitment.planned("a", "b", DAY))))
                .withRebuilding(Rebuilding.empty().withOutcome(Outcome.RESTORED));
        assertEquals(EnumSet.allOf(RepairStep.class), StepCompletion.completed(c));
        assertEquals(Optional.empty(), StepCompletion.firstIncomplete(c));
    }
}
