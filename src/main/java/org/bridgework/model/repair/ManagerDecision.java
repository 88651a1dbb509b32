package org.bridgework.model.repair;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The manager's own verdict on the relationship, which may differ from the suggested one.
 *
 * @param verdict   repair, let go or revisit
 * @param reason    why, in the manager's words
 * @param revisitOn when to look again; meant for {@link Verdict#REVISIT}
 */
public record ManagerDecision(Verdict verdict, String reason, Optional<LocalDate> revisitOn) {

    public ManagerDecision {
        Objects.requireNonNull(verdict, "verdict");
        reason = Texts.orEmpty(reason);
        revisitOn = Objects.requireNonNullElse(revisitOn, Optional.empty());
    }

    public static ManagerDecision of(Verdict verdict, String reason) {
        return new ManagerDecision(verdict, reason, Optional.empty());
    }

    public static ManagerDecision revisit(String reason, LocalDate on) {
        return new ManagerDecision(Verdict.REVISIT, reason, Optional.ofNullable(on));
    }
}
