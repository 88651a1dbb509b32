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
import java.util.OptionalDouble;
import java.util.stream.Stream;
import org.bridgework.model.Relationship;
import org.bridgework.model.RelationshipNames;
import org.bridgework.model.repair.ApologyCheck;
import org.bridgework.model.repair.ApologyChecker;
import org.bridgework.model.repair.ApologyComponent;
import org.bridgework.model.repair.BreachClassifier;
import org.bridgework.model.repair.BreachType;
import org.bridgework.model.repair.Commitment;
import org.bridgework.model.repair.CommitmentRules;
import org.bridgework.model.repair.CommitmentStatus;
import org.bridgework.model.repair.Conversation;
import org.bridgework.model.repair.FollowThrough;
import org.bridgework.model.repair.FollowThroughRate;
import org.bridgework.model.repair.Incident;
import org.bridgework.model.repair.RepairAdvice;
import org.bridgework.model.repair.RepairAdvisor;
import org.bridgework.model.repair.RepairCase;
import org.bridgework.model.repair.RepairStep;
import org.bridgework.model.repair.StepCompletion;
import org.bridgework.model.repair.TrustCheckIn;
import org.bridgework.model.repair.TrustPerspective;
import org.bridgework.model.repair.TrustRules;
import org.bridgework.model.repair.TrustTrend;
import org.bridgework.model.repair.Verdict;
import org.bridgework.model.repair.VerdictAdvisor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The example case is complete, believable by the app's own rules, and current for any day it is opened. */
class ExampleCaseTest {

    /** Ordinary days, a leap day, both ends of a year and the day after a leap day. */
    static Stream<LocalDate> todays() {
        return Stream.of(LocalDate.of(2026, 6, 15), LocalDate.of(2024, 2, 29), LocalDate.of(2027, 1, 1),
                LocalDate.of(2025, 12, 31), LocalDate.of(2028, 3, 1));
    }

    private static RepairCase repair(LocalDate today) {
        return ExampleCase.build(today).repairCase();
    }

    @ParameterizedTest
    @MethodSource("todays")
    void hasTheRequiredNumberOfEntries(LocalDate today) {
        RepairCase c = repair(today);
        assertEquals(2, c.understanding().incidents().size());
        assertEquals(3, c.dialogue().conversations().size());
        assertTrue(c.actionPlan().commitments().size() >= 6);
        assertEquals(4, c.rebuilding().checkIns().size());
    }

    @ParameterizedTest
    @MethodSource("todays")
    void sevenStepsAreCompleteAndRebuildIsLeftOpenOnPurpose(LocalDate today) {
        RepairCase c = repair(today);
        assertEquals(EnumSet.complementOf(EnumSet.of(RepairStep.REBUILD)), StepCompletion.completed(c));
        assertEquals(Optional.of(RepairStep.REBUILD), StepCompletion.firstIncomplete(c));
        assertEquals(RepairStep.REBUILD, c.currentStep());
        assertTrue(c.rebuilding().outcome().isEmpty(), "no outcome while commitments are still ahead");
        assertFalse(c.rebuilding().lessonsLearned().isBlank());
    }

    @Test
    void theAssessmentSuggestsRepairAndTheManagerAgrees() {
        RepairCase c = repair(LocalDate.of(2026, 6, 15));
        assertEquals(Verdict.REPAIR, VerdictAdvisor.advise(c.assessment()).verdict());
        assertEquals(Verdict.REPAIR, c.assessment().decision().orElseThrow().verdict());
    }

    @Test
    void theIncidentsAreAFailureOfCompetenceSoTheAdviceIsToApologiseAndOwnIt() {
        RepairCase c = repair(LocalDate.of(2026, 6, 15));
        assertEquals(Optional.of(BreachType.COMPETENCE), BreachClassifier.effectiveBreachType(c.understanding()));
        assertTrue(RepairAdvisor.advise(RepairStep.APOLOGISE, c.understanding())
                .contains(RepairAdvice.APOLOGISE_AND_OWN_IT));
        assertEquals(2, c.understanding().incidents().stream().map(Incident::kind).distinct().count());
    }

    @Test
    void theConversationsUseDifferentChannelsAndTheMoodImproves() {
        List<Conversation> talks = repair(LocalDate.of(2026, 6, 15)).dialogue().chronological();
        assertEquals(3, talks.stream().map(Conversation::channel).distinct().count());
        for (int i = 1; i < talks.size(); i++) {
            assertTrue(talks.get(i).sentiment().orElseThrow().score()
                    > talks.get(i - 1).sentiment().orElseThrow().score());
            assertNotEquals(talks.get(i).participants(), talks.get(i - 1).participants());
        }
    }

    @ParameterizedTest
    @MethodSource("todays")
    void theApologyHasAllSixComponentsAndWasGiven(LocalDate today) {
        RepairCase c = repair(today);
        ApologyCheck check = ApologyChecker.check(c.reconciliation().apology());
        for (ApologyComponent component : ApologyComponent.values()) {
            assertTrue(check.get(component).detected(), component + " is in the text, not only ticked");
        }
        assertEquals(List.of(), check.missing());
        assertTrue(c.reconciliation().apology().givenOn().isPresent());
        assertTrue(c.reconciliation().apology().channel().isPresent());
        assertFalse(c.reconciliation().apology().theirResponse().isBlank());
        assertFalse(c.reconciliation().forgiveness().whatWeForgive().isBlank());
        assertFalse(c.reconciliation().forgiveness().howWeMoveOn().isBlank());
    }

    @ParameterizedTest
    @MethodSource("todays")
    void commitmentsAreWellFormedWithOneMissedAndNoneOverdue(LocalDate today) {
        List<Commitment> all = repair(today).actionPlan().commitments();
        for (Commitment c : all) {
            assertEquals(List.of(), CommitmentRules.problems(c), c.what());
            assertTrue(c.kind().isPresent(), c.what());
            assertFalse(CommitmentRules.isOverdue(c, today), c.what());
        }
        assertEquals(1, count(all, CommitmentStatus.MISSED));
        assertEquals(1, count(all, CommitmentStatus.IN_PROGRESS));
        assertTrue(count(all, CommitmentStatus.DONE) >= 3);
        assertTrue(count(all, CommitmentStatus.PLANNED) >= 2);
        assertEquals(0, count(all, CommitmentStatus.DROPPED));
        List<Commitment> done = all.stream().filter(c -> c.status() == CommitmentStatus.DONE).toList();
        assertTrue(done.stream().allMatch(c -> c.completedOn().isPresent() && !c.evidence().isBlank()));
        assertTrue(done.stream().anyMatch(Commitment::beyondWhatWasAsked));
        assertTrue(all.stream().filter(c -> c.status() == CommitmentStatus.PLANNED)
                .allMatch(c -> c.due().orElseThrow().isAfter(today)));
        assertTrue(all.stream().map(Commitment::kind).distinct().count() >= 4, "varied kinds");
    }

    @ParameterizedTest
    @MethodSource("todays")
    void theFollowThroughRateIsDefinedAndBelowPerfect(LocalDate today) {
        FollowThroughRate rate = FollowThrough.rate(repair(today).actionPlan().commitments(), today).orElseThrow();
        assertTrue(rate.ratio() > 0 && rate.ratio() < 1, () -> rate.toString());
        assertEquals(new FollowThroughRate(5, 6), rate);
    }

    @ParameterizedTest
    @MethodSource("todays")
    void trustRisesAtEveryCheckInAndTheTrendIsUp(LocalDate today) {
        List<TrustCheckIn> checkIns = repair(today).rebuilding().checkIns();
        assertEquals(Optional.of(TrustTrend.UP), TrustRules.trend(checkIns, TrustPerspective.THEIR_TRUST_IN_US));
        assertEquals(Optional.of(TrustTrend.UP), TrustRules.trend(checkIns, TrustPerspective.OUR_TRUST_IN_THEM));
        double previous = 0;
        for (TrustCheckIn checkIn : checkIns) {
            assertEquals(List.of(), TrustRules.problems(checkIn));
            OptionalDouble theirs = TrustRules.score(checkIn, TrustPerspective.THEIR_TRUST_IN_US);
            assertTrue(theirs.getAsDouble() > previous, "their trust in us rises at " + checkIn.date());
            previous = theirs.getAsDouble();
        }
    }

    @ParameterizedTest
    @MethodSource("todays")
    void everyDateIsOnOrBeforeTodayExceptTheDueDatesOfOpenCommitments(LocalDate today) {
        ExampleCase.Content content = ExampleCase.build(today);
        List<LocalDate> past = pastDates(content);
        assertTrue(past.size() > 20);
        for (LocalDate date : past) {
            assertFalse(date.isAfter(today), date + " is after " + today);
            assertFalse(date.isBefore(today.minusDays(100)), date + " is more than 100 days back");
        }
        LocalDate lastCheckIn = content.repairCase().rebuilding().checkIns().stream().map(TrustCheckIn::date)
                .max(LocalDate::compareTo).orElseThrow();
        assertTrue(lastCheckIn.isAfter(today.minusDays(10)), "the last check-in is recent");
        assertTrue(content.repairCase().actionPlan().commitments().stream().filter(c -> c.status().isOpen())
                .allMatch(c -> !c.due().orElseThrow().isAfter(today.plusDays(31))));
    }

    @ParameterizedTest
    @MethodSource("todays")
    void theSameDayGivesAnEqualResult(LocalDate today) {
        assertEquals(ExampleCase.build(today), ExampleCase.build(today));
        assertNotEquals(ExampleCase.build(today), ExampleCase.build(today.plusDays(1)));
    }

    @Test
    void theRelationshipIsANewFictionalClientNotStoredYet() {
        ExampleCase.Content content = ExampleCase.build(LocalDate.of(2026, 6, 15));
        Relationship r = content.relationship();
        assertEquals(0, r.id());
        assertEquals(0, content.repairCase().relationshipId());
        assertEquals(ExampleCase.CLIENT, r.name());
        assertEquals(Optional.empty(), RelationshipNames.check(r.name(), List.of()));
        assertFalse(r.archived());
        assertTrue(r.notes().contains("fictional"));
        for (String field : List.of(r.organisation(), r.contactPerson(), r.owner())) {
            assertFalse(field.isBlank());
        }
    }

    private static long count(List<Commitment> commitments, CommitmentStatus status) {
        return commitments.stream().filter(c -> c.status() == status).count();
    }

    /** Every date in the example except the due dates of open commitments. */
    private static List<LocalDate> pastDates(ExampleCase.Content content) {
        RepairCase c = content.repairCase();
        List<LocalDate> dates = new ArrayList<>();
        dates.add(LocalDate.ofInstant(content.relationship().createdAt(), ZoneOffset.UTC));
        dates.add(LocalDate.ofInstant(content.relationship().updatedAt(), ZoneOffset.UTC));
        c.understanding().incidents().forEach(i -> dates.add(i.date().orElseThrow()));
        c.assessment().decision().orElseThrow().revisitOn().ifPresent(dates::add);
        c.preparation().meeting().when().ifPresent(dates::add);
        c.dialogue().conversations().forEach(t -> dates.add(t.date()));
        dates.add(c.reconciliation().apology().givenOn().orElseThrow());
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
