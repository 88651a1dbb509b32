package org.bridgework.model.repair;

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

    private static String normalised(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }
}
