package org.bridgework.model.repair;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Whether Bridgework suggests closing the repair (our own judgement): only after two check-ins taken during the
 * repair in which no trust item fell, in either direction, from the reading before, and with every commitment
 * due so far kept (as {@link FollowThrough} counts it). The manager may still close it at any time; this only
 * says when the record supports it, and what stands in the way.
 *
 * @param gaps what stands in the way; empty when closing is suggested
 */
public record ClosingReadiness(List<Gap> gaps) {
    /** Check-ins needed after the incident, each with no item falling. */
    public static final int CHECK_INS_NEEDED = 2;

    /** One thing that stands in the way of closing. */
    public enum Gap {
        /** Fewer than {@value #CHECK_INS_NEEDED} scored check-ins taken during the repair. */
        TOO_FEW_CHECK_INS,
        /** An item fell in one of the last {@value #CHECK_INS_NEEDED} check-ins. */
        AN_ITEM_FELL,
        /** A commitment due so far was not kept (missed, late, dropped by us or still open). */
        COMMITMENT_NOT_KEPT
    }

    public ClosingReadiness {
        gaps = List.copyOf(Objects.requireNonNull(gaps));
    }

    public boolean suggested() {
        return gaps.isEmpty();
    }

    public static ClosingReadiness of(RepairCase repair, LocalDate today) {
        List<Gap> gaps = new ArrayList<>();
        List<TrustCheckIn> scored = repair.rebuilding().checkIns().stream()
                .filter(CountingEntries::counts)
                .sorted(Comparator.comparing(TrustCheckIn::date))
                .toList();
        long during = scored.stream().filter(c -> !c.baseline()).count();
        if (during < CHECK_INS_NEEDED) {
            gaps.add(Gap.TOO_FEW_CHECK_INS);
        }
        if (fellInLast(scored)) {
            gaps.add(Gap.AN_ITEM_FELL);
        }
        boolean allKept = FollowThrough.rate(repair.actionPlan().commitments(), today)
                .map(rate -> rate.kept() == rate.due()).orElse(true);
        if (!allKept) {
            gaps.add(Gap.COMMITMENT_NOT_KEPT);
        }
        return new ClosingReadiness(gaps);
    }

    /** Whether any item, in either direction, fell in one of the last check-ins against the reading before it. */
    private static boolean fellInLast(List<TrustCheckIn> scored) {
        for (int i = Math.max(1, scored.size() - CHECK_INS_NEEDED); i < scored.size(); i++) {
            for (TrustPerspective perspective : TrustPerspective.values()) {
                TrustRatings before = scored.get(i - 1).ratings(perspective);
                TrustRatings after = scored.get(i).ratings(perspective);
                for (TrustItem item : TrustItem.values()) {
                    if (before.value(item) - after.value(item) >= TrustRules.FALL) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
