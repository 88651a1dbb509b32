package org.bridgework.model.repair;

import java.util.List;

/**
 * When a new list entry starts to count in the figures (trust trend, follow-through, the timeline and its
 * counts, the portfolio's next due and overdue): an entry just added is blank, and a blank entry must not move
 * any figure before anything is typed into it.
 * <ul>
 *   <li>A check-in counts once all six ratings are given (1..5): a partly rated one has no overall score.</li>
 *   <li>A commitment counts once it says what is promised and by when (a "what" and a due date).</li>
 * </ul>
 */
public final class CountingEntries {
    private CountingEntries() {
    }

    public static boolean counts(TrustCheckIn checkIn) {
        return checkIn.ourTrust().inRange() && checkIn.theirTrust().inRange();
    }

    public static boolean counts(Commitment commitment) {
        return saysWhat(commitment) && commitment.due().isPresent();
    }

    /** Whether the commitment says what is promised (visible text, not only spaces). */
    public static boolean saysWhat(Commitment commitment) {
        return Texts.hasText(commitment.what());
    }

    public static List<TrustCheckIn> checkIns(List<TrustCheckIn> checkIns) {
        return checkIns.stream().filter(CountingEntries::counts).toList();
    }

    public static List<Commitment> commitments(java.util.Collection<Commitment> commitments) {
        return commitments.stream().filter(CountingEntries::counts).toList();
    }
}
