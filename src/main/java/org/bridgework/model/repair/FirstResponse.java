package org.bridgework.model.repair;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The first response, before any analysis: organisational repair starts with an immediate reply that
 * acknowledges what happened, expresses regret and promises action (Gillespie &amp; Dietz, 2009, a framework).
 * The full apology can come later, once they have been heard (Frantz &amp; Bennigson, 2005).
 *
 * @param acknowledgedOn     when we first told them we know what happened; a word to them for the silence clock
 * @param regretExpressed    whether that first word said we regret what it cost them
 * @param accountPromisedBy  the date by which we promised them a full account
 * @param harmContained      what we did to stop further harm meanwhile
 * @param whoCalls           who on our side speaks to them
 */
public record FirstResponse(Optional<LocalDate> acknowledgedOn, boolean regretExpressed,
                            Optional<LocalDate> accountPromisedBy, String harmContained, String whoCalls) {

    public static final FirstResponse NONE = new FirstResponse(Optional.empty(), false, Optional.empty(), "", "");

    public FirstResponse {
        acknowledgedOn = Objects.requireNonNullElse(acknowledgedOn, Optional.empty());
        accountPromisedBy = Objects.requireNonNullElse(accountPromisedBy, Optional.empty());
        harmContained = Texts.orEmpty(harmContained);
        whoCalls = Texts.orEmpty(whoCalls);
    }
}
