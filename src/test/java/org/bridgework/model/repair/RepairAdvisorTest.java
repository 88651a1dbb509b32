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
}
