package org.bridgework.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.bridgework.model.Relationship;
import org.bridgework.model.RelationshipKind;
import org.bridgework.model.repair.ApologyWarranted;
import org.bridgework.model.repair.BreachClassifier;
import org.bridgework.model.repair.BreachType;
import org.bridgework.model.repair.ClosingReadiness;
import org.bridgework.model.repair.Commitment;
import org.bridgework.model.repair.CommitmentKind;
import org.bridgework.model.repair.CommitmentRules;
import org.bridgework.model.repair.CommitmentStatus;
import org.bridgework.model.repair.DoorState;
import org.bridgework.model.repair.FaultFinding;
import org.bridgework.model.repair.FaultSide;
import org.bridgework.model.repair.FollowThrough;
import org.bridgework.model.repair.FollowThroughRate;
import org.bridgework.model.repair.Outcome;
import org.bridgework.model.repair.RepairAdvice;
import org.bridgework.model.repair.RepairAdvisor;
import org.bridgework.model.repair.RepairCase;
import org.bridgework.model.repair.RepairStep;
import org.bridgework.model.repair.SilenceClock;
import org.bridgework.model.repair.StepCompletion;
import org.bridgework.model.repair.TheirReading;
import org.bridgework.model.repair.TrustCheckIn;
import org.bridgework.model.repair.TrustPerspective;
import org.bridgework.model.repair.TrustRules;
import org.bridgework.model.repair.TrustTrend;
import org.bridgework.model.repair.Verdict;
import org.bridgework.model.repair.VerdictAdvice;
import org.bridgework.model.repair.VerdictAdvisor;
import org.bridgework.model.repair.VerdictReasonCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The second and third examples are complete, pure, and told the way the app advises: an accusation the facts
 * clear us of (denied plainly and early, with evidence), and a supplier at fault we let go well.
 */
class MoreExamplesTest {

    static Stream<LocalDate> todays() {
        return ExampleCaseTest.todays();
    }

    private static RepairCase surcharge(LocalDate today) {
        return SurchargeCase.build(today).repairCase();
    }

    private static RepairCase workshop(LocalDate today) {
        return WorkshopCase.build(today).repairCase();
    }

    @ParameterizedTest
    @MethodSource("todays")
    void theSameDayGivesAnEqualResult(LocalDate today) {
        assertEquals(SurchargeCase.build(today), SurchargeCase.build(today));
        assertEquals(WorkshopCase.build(today), WorkshopCase.build(today));
        assertNotEquals(SurchargeCase.build(today), SurchargeCase.build(today.plusDays(1)));
        assertNotEquals(WorkshopCase.build(today), WorkshopCase.build(today.plusDays(1)));
    }

    @ParameterizedTest
    @MethodSource("todays")
    void bothAreCompleteInAllEightStepsAndOnRebuild(LocalDate today) {
        for (RepairCase c : List.of(surcharge(today), workshop(today))) {
            assertEquals(EnumSet.allOf(RepairStep.class), StepCompletion.completed(c));
            assertEquals(RepairStep.REBUILD, c.currentStep());
            assertFalse(c.rebuilding().lessonsLearned().isBlank());
            assertTrue(c.understanding().incidents().size() >= 3);
            assertTrue(c.dialogue().conversations().size() >= 3);
            assertTrue(c.actionPlan().commitments().size() >= 8);
            assertTrue(c.rebuilding().checkIns().size() >= 4);
            assertEquals(1, c.rebuilding().checkIns().stream().filter(TrustCheckIn::baseline).count(),
                    "one baseline from before the incident");
            c.rebuilding().checkIns().forEach(t -> assertEquals(List.of(), TrustRules.problems(t)));
        }
    }

    @ParameterizedTest
    @MethodSource("todays")
    void everyDateIsInTheStoryAndOnlyOpenCommitmentsLieAhead(LocalDate today) {
        for (ExampleCase.Content content : List.of(SurchargeCase.build(today), WorkshopCase.build(today))) {
            for (LocalDate date : pastDates(content)) {
                assertFalse(date.isAfter(today), date + " is after " + today);
                assertFalse(date.isBefore(today.minusDays(100)), date + " is more than 100 days back");
            }
            for (Commitment c : content.repairCase().actionPlan().commitments()) {
                assertEquals(List.of(), CommitmentRules.problems(c), c.what());
                assertFalse(CommitmentRules.isOverdue(c, today), c.what());
                if (c.status().isOpen()) {
                    assertTrue(c.due().orElseThrow().isAfter(today), c.what());
                }
            }
        }
    }

    @Test
    void theSurchargeVerdictIsRepairWithTheDoorOpenAndNoFaultNamed() {
        RepairCase c = surcharge(LocalDate.of(2026, 6, 15));
        VerdictAdvice advice = VerdictAdvisor.advise(c.assessment());
        assertEquals(Verdict.REPAIR, advice.verdict());
        assertEquals(Verdict.REPAIR, c.assessment().decision().orElseThrow().verdict());
        assertEquals(Optional.of(DoorState.STILL_TALKING), c.assessment().door());
        assertEquals(Optional.empty(), c.assessment().atFault(), "nobody did what they feared");
        assertTrue(advice.reasons().stream().noneMatch(r -> r.code() == VerdictReasonCode.OURS_TO_OWN));
    }

    @ParameterizedTest
    @MethodSource("todays")
    void theSurchargeAnswerCameWithinADay(LocalDate today) {
        RepairCase c = surcharge(today);
        SilenceClock clock = SilenceClock.of(c, today).orElseThrow();
        assertEquals(1, clock.days());
        assertFalse(clock.tooLong());
        assertEquals(clock.firstWord(), c.assessment().firstResponse().acknowledgedOn());
        assertTrue(c.assessment().firstResponse().regretExpressed());
        assertTrue(c.assessment().firstResponse().accountPromisedBy().orElseThrow().isAfter(clock.firstIncident()));
    }

    @Test
    void theyReadItAsDishonestySoTheFactsThatClearUsCallForAPlainDenial() {
        RepairCase c = surcharge(LocalDate.of(2026, 6, 15));
        assertEquals(Optional.of(TheirReading.NOT_STRAIGHT), c.understanding().theirReading());
        assertEquals(Optional.of(BreachType.INTEGRITY), BreachClassifier.effectiveBreachType(c.understanding()));
        assertEquals(Optional.of(FaultFinding.NOT_AT_FAULT), c.ownership().faultFinding());
        assertTrue(c.ownership().clearedByTheFacts());
        assertFalse(c.ownership().whatWeDid().isBlank(), "the small things we could have done better are owned");
        for (RepairStep step : List.of(RepairStep.PREPARE, RepairStep.APOLOGISE)) {
            List<RepairAdvice> advice = RepairAdvisor.advise(step, c);
            assertEquals(RepairAdvice.DENY_PLAINLY_WITH_EVIDENCE, advice.get(0), step + ": " + advice);
            assertFalse(advice.contains(RepairAdvice.CHECK_BEFORE_WRITTEN_ADMISSION), step + ": " + advice);
            assertFalse(advice.contains(RepairAdvice.FORGIVE_ON_CONDITIONS), step + ": " + advice);
        }
        assertEquals(ApologyWarranted.NO, c.preparation().apologyWarranted());
        assertTrue(c.reconciliation().apology().givenOn().isEmpty(), "no apology was given");
        assertFalse(c.reconciliation().apology().responseInstead().isBlank());
    }

    @ParameterizedTest
    @MethodSource("todays")
    void theyExpectedARepeatSoASafeguardIsInPlace(LocalDate today) {
        RepairCase c = surcharge(today);
        assertFalse(RepairAdvisor.advise(RepairStep.ACT, c).contains(RepairAdvice.OFFER_A_SAFEGUARD));
        List<Commitment> all = c.actionPlan().commitments();
        assertTrue(all.stream().filter(x -> x.kind().equals(Optional.of(CommitmentKind.SAFEGUARD))).count() >= 2);
        assertEquals(1, all.stream().filter(x -> x.status() == CommitmentStatus.DROPPED_BY_AGREEMENT).count());
        FollowThroughRate rate = FollowThrough.rate(all, today).orElseThrow();
        assertEquals(rate.due(), rate.kept(), rate.toString());
        assertEquals(new FollowThroughRate(5, 5), rate);
    }

    @ParameterizedTest
    @MethodSource("todays")
    void theSurchargeTrustRecoversAndClosingWithSafeguardsIsWhatTheAppSuggests(LocalDate today) {
        RepairCase c = surcharge(today);
        List<TrustCheckIn> checkIns = c.rebuilding().checkIns();
        assertEquals(Optional.of(TrustTrend.UP), TrustRules.trend(checkIns, TrustPerspective.THEIR_TRUST_IN_US));
        TrustCheckIn baseline = checkIns.stream().filter(TrustCheckIn::baseline).findFirst().orElseThrow();
        TrustCheckIn last = checkIns.get(checkIns.size() - 1);
        assertEquals(baseline.theirTrust(), last.theirTrust(), "back to where it stood before");
        assertTrue(checkIns.get(1).theirTrust().integrity() < baseline.theirTrust().integrity(),
                "the accusation hit their trust in our honesty first");
        assertTrue(ClosingReadiness.of(c, today).suggested(), ClosingReadiness.of(c, today).gaps().toString());
        assertEquals(Optional.of(Outcome.CONTINUED_WITH_SAFEGUARDS), c.rebuilding().outcome());
    }

    @Test
    void theWorkshopVerdictIsLetGoAndTheManagerAgrees() {
        RepairCase c = workshop(LocalDate.of(2026, 6, 15));
        VerdictAdvice advice = VerdictAdvisor.advise(c.assessment());
        assertEquals(Verdict.LET_GO, advice.verdict(), advice.toString());
        assertEquals(Verdict.LET_GO, c.assessment().decision().orElseThrow().verdict());
        assertFalse(c.assessment().decision().orElseThrow().reason().isBlank());
        assertEquals(Optional.of(FaultSide.THEM), c.assessment().atFault());
        assertEquals(Optional.of(DoorState.STILL_TALKING), c.assessment().door());
        assertTrue(c.assessment().theirTrustworthiness().getAsInt() <= VerdictAdvisor.LOW);
        assertTrue(c.assessment().chanceOfRepeat().getAsInt() >= VerdictAdvisor.HIGH);
        assertTrue(advice.reasons().stream().anyMatch(r -> r.code() == VerdictReasonCode.FORGIVE_ON_CONDITIONS));
    }

    @Test
    void theWorkshopAdviceIsToLetGoWellAndForgiveOnConditions() {
        RepairCase c = workshop(LocalDate.of(2026, 6, 15));
        assertTrue(RepairAdvisor.advise(RepairStep.ASSESS, c).contains(RepairAdvice.LET_GO_WELL));
        assertTrue(RepairAdvisor.advise(RepairStep.REBUILD, c).contains(RepairAdvice.LET_GO_WELL));
        List<RepairAdvice> prepare = RepairAdvisor.advise(RepairStep.PREPARE, c);
        assertEquals(RepairAdvice.FORGIVE_ON_CONDITIONS, prepare.get(0), prepare.toString());
        assertTrue(prepare.contains(RepairAdvice.DENY_PLAINLY_WITH_EVIDENCE), "their blame on our drivers");
        assertFalse(RepairAdvisor.advise(RepairStep.ACT, c).contains(RepairAdvice.AMENDS_IN_PROPORTION),
                "nothing given as amends: only what was owed");
        assertEquals(Optional.of(BreachType.INTEGRITY), BreachClassifier.effectiveBreachType(c.understanding()));
        assertFalse(c.reconciliation().forgiveness().whatWeForgive().isBlank());
        assertFalse(c.reconciliation().forgiveness().howWeMoveOn().isBlank());
    }

    @ParameterizedTest
    @MethodSource("todays")
    void theWorkshopIsLetGoWithWhatIsOwedHonoured(LocalDate today) {
        RepairCase c = workshop(today);
        assertEquals(Optional.of(Outcome.LET_GO), c.rebuilding().outcome());
        List<Commitment> all = c.actionPlan().commitments();
        assertTrue(all.stream().filter(x -> x.status() == CommitmentStatus.DONE).count() >= 6);
        assertEquals(1, all.stream().filter(x -> x.status() == CommitmentStatus.DROPPED_BY_AGREEMENT).count());
        assertTrue(all.stream().anyMatch(x -> x.what().contains("reference")), "a fair reference");
        assertTrue(all.stream().anyMatch(x -> x.what().contains("records")), "records handed over");
        assertTrue(all.stream().anyMatch(x -> x.what().startsWith("Pay every")), "what is owed is paid");
        assertEquals(new FollowThroughRate(8, 8), FollowThrough.rate(all, today).orElseThrow());
        List<TrustCheckIn> checkIns = c.rebuilding().checkIns();
        TrustCheckIn baseline = checkIns.get(0);
        TrustCheckIn last = checkIns.get(checkIns.size() - 1);
        assertTrue(baseline.baseline());
        double before = TrustRules.score(baseline, TrustPerspective.OUR_TRUST_IN_THEM).getAsDouble();
        double after = TrustRules.score(last, TrustPerspective.OUR_TRUST_IN_THEM).getAsDouble();
        assertTrue(after <= before - 2, "we let go because our trust in them fell, and it stayed low: " + after);
        assertTrue(last.ourTrust().integrity() == 1, "a false record is an integrity failure");
        assertTrue(TrustRules.score(last, TrustPerspective.THEIR_TRUST_IN_US).getAsDouble()
                > TrustRules.score(checkIns.get(2), TrustPerspective.THEIR_TRUST_IN_US).getAsDouble(),
                "a clean ending won back some of their trust in us");
    }

    @Test
    void theRelationshipsAreNewFictionalAndOfTheRightKind() {
        LocalDate today = LocalDate.of(2026, 6, 15);
        Relationship client = SurchargeCase.build(today).relationship();
        Relationship supplier = WorkshopCase.build(today).relationship();
        assertEquals(SurchargeCase.CLIENT, client.name());
        assertEquals(RelationshipKind.CLIENT, client.kind());
        assertEquals(WorkshopCase.SUPPLIER, supplier.name());
        assertEquals(RelationshipKind.SUPPLIER, supplier.kind());
        for (Relationship r : List.of(client, supplier)) {
            assertEquals(0, r.id());
            assertTrue(r.notes().contains("fictional"));
            assertFalse(r.contactPerson().isBlank() || r.owner().isBlank() || r.organisation().isBlank());
        }
    }

    /** Every date in an example except the due dates of open commitments. */
    private static List<LocalDate> pastDates(ExampleCase.Content content) {
        RepairCase c = content.repairCase();
        List<LocalDate> dates = new ArrayList<>();
        dates.add(LocalDate.ofInstant(content.relationship().createdAt(), ZoneOffset.UTC));
        dates.add(LocalDate.ofInstant(content.relationship().updatedAt(), ZoneOffset.UTC));
        c.understanding().incidents().forEach(i -> dates.add(i.date().orElseThrow()));
        c.assessment().firstResponse().acknowledgedOn().ifPresent(dates::add);
        c.assessment().firstResponse().accountPromisedBy().ifPresent(dates::add);
        c.preparation().meeting().when().ifPresent(dates::add);
        c.dialogue().conversations().forEach(t -> dates.add(t.date()));
        for (Commitment commitment : c.actionPlan().commitments()) {
            commitment.completedOn().ifPresent(dates::add);
            if (!commitment.status().isOpen()) {
                dates.add(commitment.due().orElseThrow());
            }
        }
        c.rebuilding().checkIns().forEach(t -> dates.add(t.date()));
        return dates;
    }
}
