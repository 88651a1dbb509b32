package org.bridgework.model.timeline;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.bridgework.model.repair.Commitment;
import org.bridgework.model.repair.CommitmentRules;
import org.bridgework.model.repair.CountingEntries;
import org.bridgework.model.repair.TrustCheckIn;
import org.bridgework.model.repair.TrustRules;
import org.bridgework.model.repair.TrustTrend;

/**
 * What the portfolio shows of a repair at a glance.
 *
 * @param nextDue      the open commitment due soonest on or after today
 * @param overdueCount open commitments past their due date
 * @param trend        the trust trend from the last two check-ins
 */
public record PortfolioSummary(Optional<Commitment> nextDue, int overdueCount, Optional<TrustTrend> trend) {

    public static final PortfolioSummary NONE = new PortfolioSummary(Optional.empty(), 0, Optional.empty());

    public static PortfolioSummary of(Collection<Commitment> all, List<TrustCheckIn> checkIns, LocalDate today) {
        // A commitment still being written (no "what" or due date yet) is not next due or overdue.
        List<Commitment> commitments = CountingEntries.commitments(all);
        Optional<Commitment> next = commitments.stream()
                .filter(c -> c.status().isOpen() && c.due().filter(due -> !due.isBefore(today)).isPresent())
                .min(Comparator.comparing(c -> c.due().orElseThrow()));
        int overdue = (int) commitments.stream().filter(c -> CommitmentRules.isOverdue(c, today)).count();
        return new PortfolioSummary(next, overdue, TrustRules.trend(checkIns));
    }
}
