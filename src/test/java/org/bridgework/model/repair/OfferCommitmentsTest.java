package org.bridgework.model.repair;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OfferCommitmentsTest {
    private static final LocalDate DUE = LocalDate.of(2026, 12, 7);

    @Test
    void theCommitmentMadeFromAnOfferIsFoundWhereverItIsInTheList() {
        RepairOffer offer = new RepairOffer("  Reprint the brochures\n at our cost ");
        Commitment made = offer.toCommitment("Priya", DUE);
        Commitment other = Commitment.planned("Quarterly review", "Owen", DUE);
        assertEquals(Optional.of(made), OfferCommitments.madeFrom(offer, List.of(other, made)));
        assertEquals(Optional.of(made), OfferCommitments.madeFrom(new RepairOffer("Reprint the brochures at our cost"),
                List.of(made)), "spacing does not break the link");
    }

    @Test
    void noLinkForAnotherPromiseABlankOfferOrADroppedCommitment() {
        RepairOffer offer = new RepairOffer("Reprint the brochures");
        Commitment reworded = Commitment.planned("Reprint the brochures by Friday", "Priya", DUE);
        assertEquals(Optional.empty(), OfferCommitments.madeFrom(offer, List.of(reworded)));
        assertEquals(Optional.empty(), OfferCommitments.madeFrom(new RepairOffer(" "),
                List.of(Commitment.planned(" ", "", DUE))));
        Commitment dropped = offer.toCommitment("Priya", DUE).withStatus(CommitmentStatus.DROPPED);
        assertEquals(Optional.empty(), OfferCommitments.madeFrom(offer, List.of(dropped)), "it can be made again");
        Commitment agreed = dropped.withStatus(CommitmentStatus.DROPPED_BY_AGREEMENT);
        assertEquals(Optional.empty(), OfferCommitments.madeFrom(offer, List.of(agreed)), "likewise when agreed");
    }

    @Test
    void anOfferFromTheApologyThatWeDroppedIsFlaggedAsABrokenOffer() {
        RepairOffer offer = new RepairOffer("Credit the October invoice");
        Commitment dropped = offer.toCommitment("Priya", DUE).withStatus(CommitmentStatus.DROPPED);
        LocalDate today = DUE.plusDays(3);
        assertEquals(DisplayStatus.OFFER_DROPPED, OfferCommitments.displayStatus(dropped, List.of(offer), today));
        assertEquals(DisplayStatus.DROPPED_BY_AGREEMENT, OfferCommitments.displayStatus(
                dropped.withStatus(CommitmentStatus.DROPPED_BY_AGREEMENT), List.of(offer), today), "they agreed");
        assertEquals(DisplayStatus.DROPPED, OfferCommitments.displayStatus(dropped, List.of(), today),
                "not an offer: an ordinary dropped commitment");
        assertEquals(DisplayStatus.OVERDUE, OfferCommitments.displayStatus(offer.toCommitment("Priya", DUE),
                List.of(offer), today), "still open: as CommitmentRules says");
    }
}
