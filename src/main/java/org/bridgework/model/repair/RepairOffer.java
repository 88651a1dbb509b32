package org.bridgework.model.repair;

import java.time.LocalDate;

/**
 * One offer of repair made in the apology, listed by the manager so it can become a commitment.
 *
 * @param text what we offer
 */
public record RepairOffer(String text) {

    public RepairOffer {
        text = Texts.orEmpty(text);
    }

    /** A planned commitment to deliver this offer: the offer's text (stripped) becomes its "what". */
    public Commitment toCommitment(String owner, LocalDate due) {
        return Commitment.planned(text.strip(), owner, due);
    }
}
