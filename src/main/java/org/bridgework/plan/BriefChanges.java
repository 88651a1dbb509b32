package org.bridgework.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.bridgework.model.repair.Commitment;
import org.bridgework.model.repair.CommitmentStatus;
import org.bridgework.model.repair.Incident;
import org.bridgework.model.repair.RepairCase;
import org.bridgework.model.repair.TrustCheckIn;
import org.bridgework.model.repair.TrustPerspective;
import org.bridgework.model.repair.TrustRules;
import org.bridgework.text.Texts;

/**
 * What happened after the last logged conversation, up to today, newest last: commitments done, missed or
 * now overdue, trust check-ins, the apology given, new incidents. Each is one dated line for the brief.
 */
final class BriefChanges {
    /** One change: when, and what in words (typed text not yet shortened). */
    record Change(LocalDate on, String key, String typed) {
    }

    private BriefChanges() {
    }

    /** The changes after {@code since} (exclusive) through {@code today}. */
    static List<Change> of(RepairCase repair, LocalDate since, LocalDate today) {
        List<Change> changes = new ArrayList<>();
        for (Commitment c : repair.actionPlan().commitments()) {
            if (c.status() == CommitmentStatus.DONE && c.completedOn().filter(d -> after(d, since, today)).isPresent()) {
                changes.add(new Change(c.completedOn().get(), "brief.change.done", c.what()));
            } else if (c.status() == CommitmentStatus.MISSED && c.due().filter(d -> after(d, since, today)).isPresent()) {
                changes.add(new Change(c.due().get(), "brief.change.missed", c.what()));
            } else if (c.status().isOpen() && c.due().filter(d -> d.isAfter(since) && d.isBefore(today)).isPresent()) {
                changes.add(new Change(c.due().get(), "brief.change.overdue", c.what()));
            }
        }
        for (TrustCheckIn checkIn : repair.rebuilding().checkIns()) {
            if (!checkIn.baseline() && after(checkIn.date(), since, today)) {
                String score = TrustRules.score(checkIn, TrustPerspective.THEIR_TRUST_IN_US).isPresent()
                        ? Texts.get("plan.trust.score",
                        TrustRules.score(checkIn, TrustPerspective.THEIR_TRUST_IN_US).getAsDouble())
                        : Texts.get("plan.trust.notRated");
                changes.add(new Change(checkIn.date(), "brief.change.checkIn", score));
            }
        }
        repair.reconciliation().apology().givenOn().filter(d -> after(d, since, today))
                .ifPresent(d -> changes.add(new Change(d, "brief.change.apology", "")));
        for (Incident incident : repair.understanding().incidents()) {
            incident.date().filter(d -> after(d, since, today))
                    .ifPresent(d -> changes.add(new Change(d, "brief.change.incident", incident.description())));
        }
        changes.sort(Comparator.comparing(Change::on));
        return changes;
    }

    private static boolean after(LocalDate date, LocalDate since, LocalDate today) {
        return date.isAfter(since) && !date.isAfter(today);
    }
}
