package org.bridgework.model.repair;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A dated reading of trust in both directions.
 *
 * @param date          when it was taken
 * @param ourTrust      our trust in them
 * @param theirTrust    our reading of their trust in us
 * @param note          what lies behind the ratings
 * @param baseline      a reading of how things stood before the incident, recorded afterwards as the mark that
 *                      repair is measured against
 */
public record TrustCheckIn(LocalDate date, TrustRatings ourTrust, TrustRatings theirTrust, String note,
                           boolean baseline) {

    public TrustCheckIn {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(ourTrust, "ourTrust");
        Objects.requireNonNull(theirTrust, "theirTrust");
        note = Texts.orEmpty(note);
    }

    /** A check-in taken during the repair (not a baseline). */
    public TrustCheckIn(LocalDate date, TrustRatings ourTrust, TrustRatings theirTrust, String note) {
        this(date, ourTrust, theirTrust, note, false);
    }

    public TrustRatings ratings(TrustPerspective perspective) {
        return perspective == TrustPerspective.OUR_TRUST_IN_THEM ? ourTrust : theirTrust;
    }
}
