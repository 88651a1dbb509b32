package org.bridgework.model.repair;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The apology: its draft, the components the manager says it contains, the offers of repair it makes, and how
 * it was received.
 *
 * @param draft         the text
 * @param ticked        the components the manager ticked as present in the draft
 * @param offers        the offers of repair, one per line item
 * @param givenOn       when it was given; empty while still a draft
 * @param channel       how it was given
 * @param theirResponse how they took it
 * @param responseInstead when no apology was warranted, the response we gave instead (a denial with the facts)
 */
public record Apology(String draft, Set<ApologyComponent> ticked, List<RepairOffer> offers,
                      Optional<LocalDate> givenOn, Optional<Channel> channel, String theirResponse,
                      String responseInstead) {

    public Apology {
        draft = Texts.orEmpty(draft);
        ticked = ticked == null ? Set.of() : Set.copyOf(ticked);
        offers = Texts.copy(offers);
        givenOn = Objects.requireNonNullElse(givenOn, Optional.empty());
        channel = Objects.requireNonNullElse(channel, Optional.empty());
        theirResponse = Texts.orEmpty(theirResponse);
        responseInstead = Texts.orEmpty(responseInstead);
    }

    /** An apology with no response recorded instead of it. */
    public Apology(String draft, Set<ApologyComponent> ticked, List<RepairOffer> offers, Optional<LocalDate> givenOn,
                   Optional<Channel> channel, String theirResponse) {
        this(draft, ticked, offers, givenOn, channel, theirResponse, "");
    }

    /** Nothing drafted yet. */
    public static Apology none() {
        return new Apology("", Set.of(), List.of(), Optional.empty(), Optional.empty(), "");
    }

    /** A draft not yet given. */
    public static Apology draft(String text, Set<ApologyComponent> ticked) {
        return new Apology(text, ticked, List.of(), Optional.empty(), Optional.empty(), "");
    }

    public Apology withOffers(List<RepairOffer> newOffers) {
        return new Apology(draft, ticked, newOffers, givenOn, channel, theirResponse, responseInstead);
    }

    public Apology givenOn(LocalDate date, Channel how) {
        return new Apology(draft, ticked, offers, Optional.ofNullable(date), Optional.ofNullable(how), theirResponse,
                responseInstead);
    }

    /** The same, with the response we gave instead of an apology (when none was warranted). */
    public Apology withResponseInstead(String response) {
        return new Apology(draft, ticked, offers, givenOn, channel, theirResponse, response);
    }

    /** Each offer with text as a planned commitment for one owner and due date, in listed order. */
    public List<Commitment> offersAsCommitments(String owner, LocalDate due) {
        return offers.stream().filter(o -> Texts.hasText(o.text())).map(o -> o.toCommitment(owner, due)).toList();
    }
}
