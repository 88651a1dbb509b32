package org.bridgework.model.repair;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RepairAdvisorTest {
    private static final Optional<BreachType> COMPETENCE = Optional.of(BreachType.COMPETENCE);
    private static final Optional<BreachType> INTEGRITY = Optional.of(BreachType.INTEGRITY);

    @ParameterizedTest
    @EnumSource(value = RepairStep.class, names = {"PREPARE", "APOLOGISE"})
    void competenceCallsForApologyAndOwningIt(RepairStep step) {
        List<RepairAdvice> advice = RepairAdvisor.advise(step, COMPETENCE);
        assertEquals(RepairAdvice.APOLOGISE_AND_OWN_IT, advice.get(0));
        assertTrue(advice.contains(RepairAdvice.SHOW_WHAT_WILL_CHANGE));
        assertFalse(advice.contains(RepairAdvice.APOLOGISE_ONLY_WHERE_AT_FAULT));
    }

    @Test
    void integrityCallsForFactsFirstAndApologyOnlyWhereAtFault() {
        assertEquals(List.of(RepairAdvice.GATHER_FACTS_FIRST, RepairAdvice.APOLOGISE_ONLY_WHERE_AT_FAULT,
                RepairAdvice.DO_NOT_STAY_SILENT), RepairAdvisor.advise(RepairStep.PREPARE, INTEGRITY));
        assertEquals(List.of(RepairAdvice.LEAD_WITH_FACTUAL_ACCOUNT, RepairAdvice.APOLOGISE_ONLY_WHERE_AT_FAULT,
                RepairAdvice.DO_NOT_STAY_SILENT), RepairAdvisor.advise(RepairStep.APOLOGISE, INTEGRITY));
    }

    @Test
    void unknownBreachTypeAsksToDecideItFirst() {
        assertEquals(List.of(RepairAdvice.DECIDE_BREACH_TYPE_FIRST, RepairAdvice.DO_NOT_STAY_SILENT),
                RepairAdvisor.advise(RepairStep.PREPARE, Optional.empty()));
    }

    @ParameterizedTest
    @EnumSource(value = RepairStep.class, names = {"PREPARE", "APOLOGISE"})
    void silenceIsAlwaysAdvisedAgainst(RepairStep step) {
        for (Optional<BreachType> type : List.of(COMPETENCE, INTEGRITY, Optional.<BreachType>empty())) {
            assertTrue(RepairAdvisor.advise(step, type).contains(RepairAdvice.DO_NOT_STAY_SILENT));
        }
    }

    @ParameterizedTest
    @EnumSource(value = RepairStep.class, names = {"PREPARE", "APOLOGISE"}, mode = EnumSource.Mode.EXCLUDE)
    void otherStepsGetNoAdvice(RepairStep step) {
        assertEquals(List.of(), RepairAdvisor.advise(step, COMPETENCE));
    }

    @Test
    void adviceFollowsTheEffectiveBreachTypeIncludingOverride() {
        Understanding u = Understanding.empty().withIncidents(List.of(
                Incident.of(LocalDate.of(2025, 1, 2), "late", IncidentKind.MISSED_DEADLINE)));
        assertEquals(RepairAdvice.APOLOGISE_AND_OWN_IT, RepairAdvisor.advise(RepairStep.APOLOGISE, u).get(0));
        assertEquals(RepairAdvice.LEAD_WITH_FACTUAL_ACCOUNT,
                RepairAdvisor.advise(RepairStep.APOLOGISE, u.withBreachOverride(BreachType.INTEGRITY)).get(0));
    }

    @Test
    void aDenialIsAdvisedOnlyOnceTheManagerSaysTheFactsClearUs() {
        for (RepairStep step : List.of(RepairStep.PREPARE, RepairStep.APOLOGISE)) {
            for (Optional<BreachType> type : List.of(Optional.<BreachType>empty(), COMPETENCE, INTEGRITY)) {
                boolean denies = RepairAdvisor.advise(step, type, Optional.empty())
                        .contains(RepairAdvice.DENY_PLAINLY_WITH_EVIDENCE);
                assertFalse(denies, "no denial before the facts are asked: " + step + " " + type);
                assertEquals(List.of(RepairAdvice.DENY_PLAINLY_WITH_EVIDENCE, RepairAdvice.DO_NOT_STAY_SILENT),
                        RepairAdvisor.advise(step, type, Optional.of(FaultFinding.NOT_AT_FAULT)));
                assertFalse(RepairAdvisor.advise(step, type, Optional.of(FaultFinding.NOT_YET_KNOWN))
                        .contains(RepairAdvice.DENY_PLAINLY_WITH_EVIDENCE), "never deny what is not checked");
                assertEquals(RepairAdvice.SAY_WHEN_THEY_WILL_HAVE_THE_FACTS,
                        RepairAdvisor.advise(step, type, Optional.of(FaultFinding.NOT_YET_KNOWN)).get(0));
            }
        }
    }

    @Test
    void atFaultAnIntegrityBreachGetsAnApologyAndACompetenceOneAsBefore() {
        assertEquals(List.of(RepairAdvice.APOLOGISE_FOR_WHAT_THE_FACTS_SHOW, RepairAdvice.DO_NOT_STAY_SILENT),
                RepairAdvisor.advise(RepairStep.APOLOGISE, INTEGRITY, Optional.of(FaultFinding.AT_FAULT)));
        assertEquals(RepairAdvisor.advise(RepairStep.APOLOGISE, COMPETENCE),
                RepairAdvisor.advise(RepairStep.APOLOGISE, COMPETENCE, Optional.of(FaultFinding.AT_FAULT)));
    }

    @Test
    void theCaseReadsWhatOwnOurPartSaysTheFactsShow() {
        RepairCase repair = RepairCase.start(1);
        RepairCase cleared = repair.withOwnership(Ownership.empty().withFacts(FaultFinding.NOT_AT_FAULT,
                "The invoice was sent on the 3rd; their portal log shows it.", null));
        assertEquals(RepairAdvice.DENY_PLAINLY_WITH_EVIDENCE, RepairAdvisor.advise(RepairStep.PREPARE, cleared).get(0));
        assertEquals(RepairAdvice.DECIDE_BREACH_TYPE_FIRST, RepairAdvisor.advise(RepairStep.PREPARE, repair).get(0));
    }

    // ---- Goodwill, their fault, safeguards, amends, written admissions, letting go (issue 14, points 4 and 7)

    private static RepairCase withCommitments(RepairCase repair, Commitment... commitments) {
        return repair.withActionPlan(new ActionPlan(List.of(commitments)));
    }

    private static Commitment commitment(CommitmentKind kind, CommitmentStatus status, boolean beyond) {
        return new Commitment("Weekly call", "Ruth", Optional.of(LocalDate.of(2026, 12, 1)), "Held", status,
                Optional.empty(), "", beyond, Optional.ofNullable(kind));
    }

    @Test
    void aGoodwillBreachAsksForDeedsAndAnApologyOnlyWhereAtFault() {
        Optional<BreachType> goodwill = Optional.of(BreachType.BENEVOLENCE);
        assertEquals(List.of(RepairAdvice.SHOW_THEIR_INTERESTS_COUNT, RepairAdvice.APOLOGISE_ONLY_WHERE_AT_FAULT,
                RepairAdvice.DO_NOT_STAY_SILENT), RepairAdvisor.advise(RepairStep.PREPARE, goodwill));
        assertEquals(List.of(RepairAdvice.APOLOGISE_FOR_WHAT_THE_FACTS_SHOW, RepairAdvice.SHOW_THEIR_INTERESTS_COUNT,
                RepairAdvice.DO_NOT_STAY_SILENT),
                RepairAdvisor.advise(RepairStep.PREPARE, goodwill, Optional.of(FaultFinding.AT_FAULT)));
    }

    @Test
    void aSafeguardIsNudgedOnlyWhereTheyExpectARepeatAndNoneIsLive() {
        RepairCase expectRepeat = RepairCase.start(1).withUnderstanding(
                Understanding.empty().withTheirReading(TheirReading.CANNOT_DO_IT, RepeatExpected.YES));
        assertTrue(RepairAdvisor.advise(RepairStep.ACT, expectRepeat).contains(RepairAdvice.OFFER_A_SAFEGUARD));
        RepairCase guarded = withCommitments(expectRepeat,
                commitment(CommitmentKind.SAFEGUARD, CommitmentStatus.PLANNED, false));
        assertFalse(RepairAdvisor.advise(RepairStep.ACT, guarded).contains(RepairAdvice.OFFER_A_SAFEGUARD));
        RepairCase droppedGuard = withCommitments(expectRepeat,
                commitment(CommitmentKind.SAFEGUARD, CommitmentStatus.DROPPED, false));
        assertTrue(RepairAdvisor.advise(RepairStep.ACT, droppedGuard).contains(RepairAdvice.OFFER_A_SAFEGUARD));
        RepairCase noRepeat = RepairCase.start(1).withUnderstanding(
                Understanding.empty().withTheirReading(TheirReading.CANNOT_DO_IT, RepeatExpected.NO));
        assertFalse(RepairAdvisor.advise(RepairStep.ACT, noRepeat).contains(RepairAdvice.OFFER_A_SAFEGUARD));
        assertFalse(RepairAdvisor.advise(RepairStep.PREPARE, expectRepeat).contains(RepairAdvice.OFFER_A_SAFEGUARD));
    }

    @Test
    void amendsOrExtrasBringTheProportionAdvice() {
        RepairCase plain = withCommitments(RepairCase.start(1),
                commitment(CommitmentKind.PROCESS_CHANGE, CommitmentStatus.PLANNED, false));
        assertFalse(RepairAdvisor.advise(RepairStep.ACT, plain).contains(RepairAdvice.AMENDS_IN_PROPORTION));
        RepairCase credit = withCommitments(RepairCase.start(1),
                commitment(CommitmentKind.COMPENSATION, CommitmentStatus.PLANNED, false));
        assertTrue(RepairAdvisor.advise(RepairStep.ACT, credit).contains(RepairAdvice.AMENDS_IN_PROPORTION));
        RepairCase extra = withCommitments(RepairCase.start(1),
                commitment(CommitmentKind.SUPPORT, CommitmentStatus.PLANNED, true));
        assertTrue(RepairAdvisor.advise(RepairStep.ACT, extra).contains(RepairAdvice.AMENDS_IN_PROPORTION));
    }

    @Test
    void theirFaultComesFirstWhenTheirsAloneAndLastWhenShared() {
        RepairCase theirs = RepairCase.start(1).withAssessment(Assessment.empty().withContext(null, FaultSide.THEM,
                java.util.OptionalInt.empty(), java.util.OptionalInt.empty()));
        assertEquals(RepairAdvice.FORGIVE_ON_CONDITIONS, RepairAdvisor.advise(RepairStep.PREPARE, theirs).get(0));
        RepairCase shared = RepairCase.start(1).withAssessment(Assessment.empty().withContext(null, FaultSide.BOTH,
                java.util.OptionalInt.empty(), java.util.OptionalInt.empty()));
        List<RepairAdvice> act = RepairAdvisor.advise(RepairStep.ACT, shared);
        assertEquals(RepairAdvice.FORGIVE_ON_CONDITIONS, act.get(act.size() - 1));
        assertFalse(RepairAdvisor.advise(RepairStep.PREPARE, RepairCase.start(1))
                .contains(RepairAdvice.FORGIVE_ON_CONDITIONS));
    }

    @Test
    void aWrittenAdmissionIsCheckedUnlessTheFactsClearUs() {
        assertTrue(RepairAdvisor.advise(RepairStep.APOLOGISE, RepairCase.start(1))
                .contains(RepairAdvice.CHECK_BEFORE_WRITTEN_ADMISSION));
        RepairCase cleared = RepairCase.start(1).withOwnership(Ownership.empty().withFacts(FaultFinding.NOT_AT_FAULT,
                "Their own log shows the delivery.", null));
        assertFalse(RepairAdvisor.advise(RepairStep.APOLOGISE, cleared)
                .contains(RepairAdvice.CHECK_BEFORE_WRITTEN_ADMISSION));
        assertFalse(RepairAdvisor.advise(RepairStep.PREPARE, RepairCase.start(1))
                .contains(RepairAdvice.CHECK_BEFORE_WRITTEN_ADMISSION));
    }

    @Test
    void lettingGoWellIsAdvisedInAssessAndRebuildOnceTheDecisionIsToLetGo() {
        RepairCase lettingGo = RepairCase.start(1).withAssessment(Assessment.empty()
                .withDecision(new ManagerDecision(Verdict.LET_GO, "Signed elsewhere", Optional.empty())));
        assertEquals(List.of(RepairAdvice.LET_GO_WELL), RepairAdvisor.advise(RepairStep.ASSESS, lettingGo));
        assertEquals(List.of(RepairAdvice.LET_GO_WELL), RepairAdvisor.advise(RepairStep.REBUILD, lettingGo));
        assertEquals(List.of(), RepairAdvisor.advise(RepairStep.ASSESS, RepairCase.start(1)));
    }
}
