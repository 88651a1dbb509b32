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
}
