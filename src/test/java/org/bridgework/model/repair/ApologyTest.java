package org.bridgework.model.repair;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApologyTest {
    private static final LocalDate DUE = LocalDate.of(2025, 6, 30);

    @Test
    void anOfferBecomesAPlannedCommitmentInOneCall() {
        Commitment c = new RepairOffer("  Free audit of the Q3 deliveries ").toCommitment("Åsa Öberg", DUE);
        assertEquals("Free audit of the Q3 deliveries", c.what());
        assertEquals("Åsa Öberg", c.owner());
        assertEquals(Optional.of(DUE), c.due());
        assertEquals(CommitmentStatus.PLANNED, c.status());
        assertEquals(List.of(CommitmentProblem.MISSING_MEASURE), CommitmentRules.problems(c));
    }

    @Test
    void anOfferWithoutOwnerOrDateIsADraftThatTheRulesFlag() {
        Commitment c = new RepairOffer("Credit note").toCommitment("", null);
        assertEquals(List.of(CommitmentProblem.MISSING_OWNER, CommitmentProblem.MISSING_DUE_DATE,
                CommitmentProblem.MISSING_MEASURE), CommitmentRules.problems(c));
    }

    @Test
    void offersAsCommitmentsKeepsOrderAndSkipsBlankLines() {
        Apology apology = Apology.none().withOffers(List.of(new RepairOffer("Refund"), new RepairOffer(" \u00A0"),
                new RepairOffer("Weekly check-in call")));
        assertEquals(List.of("Refund", "Weekly check-in call"),
                apology.offersAsCommitments("Kim", DUE).stream().map(Commitment::what).toList());
    }

    @Test
    void tickedComponentsAreAnImmutableCopy() {
        Set<ApologyComponent> ticked = EnumSet.of(ApologyComponent.REGRET);
        Apology apology = Apology.draft("Sorry", ticked);
        ticked.add(ApologyComponent.EXPLANATION);
        assertEquals(Set.of(ApologyComponent.REGRET), apology.ticked());
        assertThrows(UnsupportedOperationException.class, () -> apology.ticked().add(ApologyComponent.EXPLANATION));
        assertTrue(Apology.draft("x", null).ticked().isEmpty());
    }

    @Test
    void givingAnApologyRecordsDateAndChannel() {
        Apology given = Apology.draft("Sorry", Set.of()).givenOn(DUE, Channel.MEETING);
        assertEquals(Optional.of(DUE), given.givenOn());
        assertEquals(Optional.of(Channel.MEETING), given.channel());
        assertEquals("Sorry", given.draft());
    }

    @Test
    void componentImportanceFollowsLewicki() {
        assertEquals(Importance.IMPORTANT, ApologyComponent.ACKNOWLEDGEMENT_OF_RESPONSIBILITY.importanceWhenMissing());
        assertEquals(Importance.IMPORTANT, ApologyComponent.OFFER_OF_REPAIR.importanceWhenMissing());
        assertEquals(Importance.MINOR, ApologyComponent.REGRET.importanceWhenMissing());
        assertEquals(Importance.NONE, ApologyComponent.REQUEST_FOR_FORGIVENESS.importanceWhenMissing());
    }
}
