package org.bridgework.model.repair;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class VerdictAdvisorTest {

    /** Value to us from the given dimension ratings (REVENUE, STRATEGIC_VALUE, ... in order). */
    private static ValueRatings ratings(int... values) {
        ValueRatings r = ValueRatings.none();
        for (int i = 0; i < values.length; i++) {
            r = r.with(ValueDimension.values()[i], values[i]);
        }
        return r;
    }

    private static Assessment rated(ValueRatings value, int cost, int alternatives, int risk) {
        return Assessment.empty().withTheyBringUs(value).withCostOfRepair(cost).withAlternatives(alternatives)
                .withRiskOfInaction(risk);
    }

    private static VerdictReasonCode code(VerdictAdvice advice, AssessmentFactor factor) {
        return advice.reasons().stream().filter(r -> r.factor() == factor).findFirst().orElseThrow().code();
    }

    @Test
    void emptyWorksheetIsRevisitForLackOfInformationOnEachRequiredFactor() {
        VerdictAdvice advice = VerdictAdvisor.advise(Assessment.empty());
        assertEquals(Verdict.REVISIT, advice.verdict());
        assertTrue(advice.insufficientData());
        assertEquals(List.of(AssessmentFactor.VALUE_TO_US, AssessmentFactor.COST_OF_REPAIR,
                AssessmentFactor.ALTERNATIVES, AssessmentFactor.RISK_OF_INACTION),
                advice.reasons().stream().map(VerdictReason::factor).toList());
        assertTrue(advice.reasons().stream().allMatch(r -> r.code() == VerdictReasonCode.NOT_ENOUGH_INFORMATION));
    }

    @Test
    void oneMissingInputIsEnoughToWithholdTheScore() {
        Assessment noRisk = Assessment.empty().withTheyBringUs(ratings(5, 5)).withCostOfRepair(0).withAlternatives(0);
        VerdictAdvice advice = VerdictAdvisor.advise(noRisk);
        assertEquals(Verdict.REVISIT, advice.verdict());
        assertTrue(advice.insufficientData());
        assertTrue(advice.hasReason(AssessmentFactor.RISK_OF_INACTION, VerdictReasonCode.NOT_ENOUGH_INFORMATION));
        assertTrue(advice.hasReason(AssessmentFactor.VALUE_TO_US, VerdictReasonCode.FAVOURS_REPAIR));
    }

    @Test
    void valuableCheapIrreplaceableRelationshipIsRepaired() {
        VerdictAdvice advice = VerdictAdvisor.advise(rated(ratings(5, 4, 4, 5), 1, 1, 4));
        assertEquals(Verdict.REPAIR, advice.verdict());
        assertEquals(OptionalDouble.of(2 * 4.5 + 4 - 1 - 1), advice.score());
        assertEquals(VerdictReasonCode.FAVOURS_REPAIR, code(advice, AssessmentFactor.COST_OF_REPAIR));
        assertEquals(VerdictReasonCode.FAVOURS_REPAIR, code(advice, AssessmentFactor.ALTERNATIVES));
        assertEquals(VerdictReasonCode.FAVOURS_REPAIR, code(advice, AssessmentFactor.RISK_OF_INACTION));
    }

    @Test
    void lowValueCostlyReplaceableRelationshipIsLetGo() {
        VerdictAdvice advice = VerdictAdvisor.advise(rated(ratings(1), 4, 5, 1));
        assertEquals(Verdict.LET_GO, advice.verdict());
        assertEquals(OptionalDouble.of(2 + 1 - 4 - 5), advice.score());
        assertEquals(VerdictReasonCode.FAVOURS_LETTING_GO, code(advice, AssessmentFactor.VALUE_TO_US));
        assertEquals(VerdictReasonCode.FAVOURS_LETTING_GO, code(advice, AssessmentFactor.COST_OF_REPAIR));
        assertEquals(VerdictReasonCode.FAVOURS_LETTING_GO, code(advice, AssessmentFactor.ALTERNATIVES));
        assertEquals(VerdictReasonCode.FAVOURS_LETTING_GO, code(advice, AssessmentFactor.RISK_OF_INACTION));
    }

    @Test
    void everythingMiddlingIsRevisitWithNeutralReasons() {
        VerdictAdvice advice = VerdictAdvisor.advise(rated(ratings(3, 3), 3, 3, 3));
        assertEquals(Verdict.REVISIT, advice.verdict());
        assertFalse(advice.insufficientData());
        assertEquals(OptionalDouble.of(3), advice.score());
        assertTrue(advice.reasons().stream().allMatch(r -> r.code() == VerdictReasonCode.NEUTRAL));
    }

    @Test
    void scoreOfExactlyFourIsRepairAndJustBelowIsRevisit() {
        assertEquals(Verdict.REPAIR, VerdictAdvisor.advise(rated(ratings(3), 2, 2, 2)).verdict()); // 6+2-2-2 = 4
        VerdictAdvice below = VerdictAdvisor.advise(rated(ratings(3, 3, 3, 2), 2, 2, 2)); // 5.5+2-4 = 3.5
        assertEquals(OptionalDouble.of(3.5), below.score());
        assertEquals(Verdict.REVISIT, below.verdict());
    }

    @Test
    void scoreOfExactlyZeroIsLetGoAndJustAboveIsRevisit() {
        assertEquals(Verdict.LET_GO, VerdictAdvisor.advise(rated(ratings(2), 2, 2, 0)).verdict()); // 4+0-2-2 = 0
        VerdictAdvice above = VerdictAdvisor.advise(rated(ratings(2, 2, 2, 3), 2, 2, 0)); // 4.5-4 = 0.5
        assertEquals(OptionalDouble.of(0.5), above.score());
        assertEquals(Verdict.REVISIT, above.verdict());
    }

    @Test
    void unratedDimensionsDoNotDragTheValueDown() {
        VerdictAdvice advice = VerdictAdvisor.advise(rated(ValueRatings.none().with(ValueDimension.REFERRALS, 5),
                3, 3, 3));
        assertEquals(OptionalDouble.of(10 + 3 - 3 - 3), advice.score());
        assertEquals(OptionalDouble.of(5), advice.reasons().get(0).value());
    }

    @Test
    void valueBandsAreInclusiveAtThreeAndAHalfAndOneAndAHalf() {
        assertEquals(VerdictReasonCode.FAVOURS_REPAIR,
                code(VerdictAdvisor.advise(rated(ratings(4, 3), 3, 3, 3)), AssessmentFactor.VALUE_TO_US));
        assertEquals(VerdictReasonCode.FAVOURS_LETTING_GO,
                code(VerdictAdvisor.advise(rated(ratings(1, 2), 3, 3, 3)), AssessmentFactor.VALUE_TO_US));
        assertEquals(VerdictReasonCode.NEUTRAL,
                code(VerdictAdvisor.advise(rated(ratings(2), 3, 3, 3)), AssessmentFactor.VALUE_TO_US));
    }

    @Test
    void littleValueForThemWarnsButNoLongerHoldsBackARepair() {
        Assessment oneSided = rated(ratings(5, 5), 1, 1, 4).withWeBringThem(ratings(1, 0));
        VerdictAdvice advice = VerdictAdvisor.advise(oneSided);
        assertEquals(Verdict.REPAIR, advice.verdict());
        assertTrue(advice.hasReason(AssessmentFactor.VALUE_TO_THEM, VerdictReasonCode.ONE_SIDED));
        assertTrue(VerdictAdvisor.advise(oneSided.withWeBringThem(ratings(2, 1))) // 1.5: still a warning
                .hasReason(AssessmentFactor.VALUE_TO_THEM, VerdictReasonCode.ONE_SIDED));
        assertFalse(VerdictAdvisor.advise(oneSided.withWeBringThem(ratings(2, 2)))
                .hasReason(AssessmentFactor.VALUE_TO_THEM, VerdictReasonCode.ONE_SIDED));
    }

    // ---- The inputs beyond the score (issue 14, point 6)

    private static final Assessment WORTH_REPAIRING = rated(ratings(5, 5), 1, 1, 4); // score 12

    @Test
    void aDoorClosedTurnsRepairIntoRevisitAndAnOpenOneChangesNothing() {
        VerdictAdvice closed = VerdictAdvisor.advise(WORTH_REPAIRING.withContext(DoorState.SIGNED_ELSEWHERE, null,
                OptionalInt.empty(), OptionalInt.empty()));
        assertEquals(Verdict.REVISIT, closed.verdict());
        assertTrue(closed.hasReason(AssessmentFactor.DOOR, VerdictReasonCode.DOOR_CLOSED));
        VerdictAdvice open = VerdictAdvisor.advise(WORTH_REPAIRING.withContext(DoorState.STILL_TALKING, null,
                OptionalInt.empty(), OptionalInt.empty()));
        assertEquals(Verdict.REPAIR, open.verdict());
        assertTrue(open.hasReason(AssessmentFactor.DOOR, VerdictReasonCode.DOOR_OPEN));
        assertEquals(Verdict.REPAIR, VerdictAdvisor.advise(WORTH_REPAIRING.withContext(DoorState.GONE_QUIET, null,
                OptionalInt.empty(), OptionalInt.empty())).verdict());
    }

    @Test
    void theirFaultWithLowTrustworthinessAndALikelyRepeatHoldsBackRepair() {
        Assessment risky = WORTH_REPAIRING.withContext(null, FaultSide.THEM, OptionalInt.of(1), OptionalInt.of(4));
        VerdictAdvice advice = VerdictAdvisor.advise(risky);
        assertEquals(Verdict.REVISIT, advice.verdict());
        assertTrue(advice.hasReason(AssessmentFactor.THEIR_TRUSTWORTHINESS, VerdictReasonCode.REPEAT_LIKELY_FROM_THEM));
        assertTrue(advice.hasReason(AssessmentFactor.FAULT, VerdictReasonCode.FORGIVE_ON_CONDITIONS));
        assertTrue(advice.hasReason(AssessmentFactor.CHANCE_OF_REPEAT, VerdictReasonCode.FAVOURS_LETTING_GO));
        // Each condition alone is not enough.
        assertEquals(Verdict.REPAIR, VerdictAdvisor.advise(WORTH_REPAIRING.withContext(null, FaultSide.THEM,
                OptionalInt.of(2), OptionalInt.of(4))).verdict());
        assertEquals(Verdict.REPAIR, VerdictAdvisor.advise(WORTH_REPAIRING.withContext(null, FaultSide.THEM,
                OptionalInt.of(1), OptionalInt.of(3))).verdict());
        assertEquals(Verdict.REPAIR, VerdictAdvisor.advise(WORTH_REPAIRING.withContext(null, FaultSide.US,
                OptionalInt.of(1), OptionalInt.of(4))).verdict());
    }

    @Test
    void aLikelyRepeatOnOurSideCallsForASafeguardNotLettingGo() {
        VerdictAdvice advice = VerdictAdvisor.advise(WORTH_REPAIRING.withContext(null, FaultSide.US,
                OptionalInt.empty(), OptionalInt.of(5)));
        assertEquals(Verdict.REPAIR, advice.verdict());
        assertTrue(advice.hasReason(AssessmentFactor.CHANCE_OF_REPEAT, VerdictReasonCode.SAFEGUARD_NEEDED));
        assertTrue(advice.hasReason(AssessmentFactor.FAULT, VerdictReasonCode.OURS_TO_OWN));
    }

    @Test
    void blankMeansDoesNotApplyAndIsNeverReadAsZero() {
        VerdictAdvice blank = VerdictAdvisor.advise(WORTH_REPAIRING.withContext(null, FaultSide.THEM,
                OptionalInt.empty(), OptionalInt.empty()));
        assertEquals(Verdict.REPAIR, blank.verdict());
        assertTrue(blank.reasons().stream().noneMatch(r -> r.factor() == AssessmentFactor.THEIR_TRUSTWORTHINESS
                || r.factor() == AssessmentFactor.CHANCE_OF_REPEAT));
        VerdictAdvice zero = VerdictAdvisor.advise(WORTH_REPAIRING.withContext(null, FaultSide.THEM,
                OptionalInt.of(0), OptionalInt.empty()));
        assertTrue(zero.hasReason(AssessmentFactor.THEIR_TRUSTWORTHINESS, VerdictReasonCode.FAVOURS_LETTING_GO));
        VerdictAdvice outOfRange = VerdictAdvisor.advise(WORTH_REPAIRING.withContext(null, null,
                OptionalInt.of(9), OptionalInt.empty()));
        assertTrue(outOfRange.insufficientData());
        assertTrue(outOfRange.hasReason(AssessmentFactor.THEIR_TRUSTWORTHINESS, VerdictReasonCode.RATING_OUT_OF_RANGE));
    }

    @Test
    void anInternalTeamIsNeverLetGoButEscalated() {
        Assessment poor = rated(ratings(1), 4, 5, 1);
        assertEquals(Verdict.LET_GO, VerdictAdvisor.advise(poor, false).verdict());
        VerdictAdvice internal = VerdictAdvisor.advise(poor, true);
        assertEquals(Verdict.REVISIT, internal.verdict());
        assertTrue(internal.hasReason(AssessmentFactor.RELATIONSHIP_KIND, VerdictReasonCode.ESCALATE_INSTEAD));
        assertFalse(VerdictAdvisor.advise(WORTH_REPAIRING, true)
                .hasReason(AssessmentFactor.RELATIONSHIP_KIND, VerdictReasonCode.ESCALATE_INSTEAD));
    }

    @Test
    void oneSidedDoesNotTurnALetGoIntoRevisit() {
        Assessment poor = rated(ratings(1), 4, 5, 1).withWeBringThem(ratings(0));
        assertEquals(Verdict.LET_GO, VerdictAdvisor.advise(poor).verdict());
    }

    @Test
    void valueToThemIsReportedOnlyWhenRatedAndInFactorOrder() {
        VerdictAdvice unrated = VerdictAdvisor.advise(rated(ratings(4), 2, 2, 2));
        assertFalse(unrated.reasons().stream().anyMatch(r -> r.factor() == AssessmentFactor.VALUE_TO_THEM));
        VerdictAdvice high = VerdictAdvisor.advise(rated(ratings(4), 2, 2, 2).withWeBringThem(ratings(4)));
        assertEquals(List.of(AssessmentFactor.VALUE_TO_US, AssessmentFactor.VALUE_TO_THEM,
                AssessmentFactor.COST_OF_REPAIR, AssessmentFactor.ALTERNATIVES, AssessmentFactor.RISK_OF_INACTION),
                high.reasons().stream().map(VerdictReason::factor).toList());
        VerdictAdvice all = VerdictAdvisor.advise(rated(ratings(4), 2, 2, 2).withWeBringThem(ratings(4))
                .withContext(DoorState.STILL_TALKING, FaultSide.BOTH, OptionalInt.of(3), OptionalInt.of(2)));
        assertEquals(List.of(AssessmentFactor.values()).subList(0, AssessmentFactor.values().length - 1),
                all.reasons().stream().map(VerdictReason::factor).toList());
        assertEquals(VerdictReasonCode.FAVOURS_REPAIR, code(high, AssessmentFactor.VALUE_TO_THEM));
        assertEquals(Verdict.REPAIR, high.verdict());
    }

    @Test
    void outOfRangeRatingsAreReportedAndWithholdTheScore() {
        VerdictAdvice cost = VerdictAdvisor.advise(rated(ratings(5), 6, 0, 5));
        assertEquals(Verdict.REVISIT, cost.verdict());
        assertTrue(cost.insufficientData());
        assertEquals(new VerdictReason(AssessmentFactor.COST_OF_REPAIR, VerdictReasonCode.RATING_OUT_OF_RANGE,
                OptionalDouble.of(6)), cost.reasons().get(1));

        VerdictAdvice value = VerdictAdvisor.advise(rated(ratings(5, -1), 0, 0, 5));
        assertTrue(value.hasReason(AssessmentFactor.VALUE_TO_US, VerdictReasonCode.RATING_OUT_OF_RANGE));
        assertEquals(OptionalDouble.of(-1), value.reasons().get(0).value());

        VerdictAdvice them = VerdictAdvisor.advise(rated(ratings(5), 0, 0, 5).withWeBringThem(ratings(9)));
        assertTrue(them.insufficientData());
        assertTrue(them.hasReason(AssessmentFactor.VALUE_TO_THEM, VerdictReasonCode.RATING_OUT_OF_RANGE));
    }

    @Test
    void scaleEndsAreInRange() {
        assertFalse(VerdictAdvisor.advise(rated(ratings(0, 5), 0, 5, 0)).insufficientData());
    }
}
