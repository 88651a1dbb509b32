package org.bridgework.model.timeline;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.bridgework.model.repair.Commitment;
import org.bridgework.model.repair.CommitmentRules;
import org.bridgework.model.repair.CountingEntries;
import org.bridgework.model.repair.RepairCase;
import org.bridgework.model.repair.SilenceClock;
import org.bridgework.model.repair.TrustCheckIn;
import org.bridgework.model.repair.TrustMovement;
import org.bridgework.model.repair.TrustRules;
import org.bridgework.model.repair.TrustTrend;

/**
 * What the portfolio shows of a repair at a glance.
 *
 * @param nextDue      the open commitment due soonest on or after today
 * @param overdueCount open commitments past their due date
 * @param trend        the trend of the leading direction of trust ({@link TrustRules#LEADS}: their trust in us,
 *                     as we read it) over its last two check-ins; never a blend of both directions
 * @param fallen       the items of that direction that fell by a point or more since the check-in before
 * @param silence      the silence clock, once an incident is dated
 */
public record PortfolioSummary(Optional<Commitment> nextDue, int overdueCount, Optional<TrustTrend> trend,
                               List<TrustMovement.ItemFall> fallen, Optional<SilenceClock> silence) {

    public static final PortfolioSummary NONE =
            new PortfolioSummary(Optional.empty(), 0, Optional.empty(), List.of(), Optional.empty());

    public PortfolioSummary {
        fallen = List.copyOf(fallen);
        silence = Objects.requireNonNullElse(silence, Optional.empty());
    }

    /** The summary of a whole repair. */
    public static PortfolioSummary of(RepairCase repair, LocalDate today) {
        return of(repair.actionPlan().commitments(), repair.rebuilding().checkIns(), SilenceClock.of(repair, today),
                today);
    }

    /** The summary without a silence clock (no incident dated, or not read). */
    public static PortfolioSummary of(Collection<Commitment> all, List<TrustCheckIn> checkIns, LocalDate today) {
        return of(all, checkIns, Optional.empty(), today);
    }

    public static PortfolioSummary of(Collection<Commitment> all, List<TrustCheckIn> checkIns,
                                      Optional<SilenceClock> silence, LocalDate today) {
        // A commitment still being written (no "what" or due date yet) is not next due or overdue.
        List<Commitment> commitments = CountingEntries.commitments(all);
        Optional<Commitment> next = commitments.stream()
                .filter(c -> c.status().isOpen() && c.due().filter(due -> !due.isBefore(today)).isPresent())
                .min(Comparator.comparing(c -> c.due().orElseThrow()));
        int overdue = (int) commitments.stream().filter(c -> CommitmentRules.isOverdue(c, today)).count();
        Optional<TrustMovement> leading = TrustRules.movement(checkIns, TrustRules.LEADS);
        return new PortfolioSummary(next, overdue, leading.flatMap(TrustMovement::trend),
                leading.map(TrustMovement::fallen).orElse(List.of()), silence);
    }
}
