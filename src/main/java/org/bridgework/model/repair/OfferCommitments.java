package org.bridgework.model.repair;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Which commitment an offer of repair was made into. Not stored as a reference: list entries are identified
 * by their position, which moves when an entry above is removed, so a stored position could silently point at
 * another commitment. The link is found instead by what {@link RepairOffer#toCommitment} copies: a commitment
 * that is not dropped whose "what" is the offer's text (spaces at either end and runs of spaces ignored).
 * Rewording either side ends the link, and "Make it a commitment" is offered again for what is then a
 * different promise.
 */
public final class OfferCommitments {
    private OfferCommitments() {
    }

    /** The commitment made from {@code offer}, if any; empty for an offer with no text. */
    public static Optional<Commitment> madeFrom(RepairOffer offer, List<Commitment> commitments) {
        String key = normalised(offer.text());
        if (key.isEmpty()) {
            return Optional.empty();
        }
        return commitments.stream()
                .filter(c -> !c.status().isDropped())
                .filter(c -> normalised(c.what()).equals(key))
                .findFirst();
    }

    /**
     * How a commitment shows in the timeline and the plan: as {@link CommitmentRules#displayStatus}, except that
     * one we dropped on our own whose "what" is an offer of repair from the apology shows as
     * {@link DisplayStatus#OFFER_DROPPED}, because they were promised it in the apology itself.
     */
    public static DisplayStatus displayStatus(Commitment c, List<RepairOffer> offers, LocalDate today) {
        if (c.status() == CommitmentStatus.DROPPED) {
            String what = normalised(c.what());
            if (!what.isEmpty() && offers.stream().anyMatch(o -> normalised(o.text()).equals(what))) {
                return DisplayStatus.OFFER_DROPPED;
            }
        }
        return CommitmentRules.displayStatus(c, today);
    }

    private static String normalised(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }
}
