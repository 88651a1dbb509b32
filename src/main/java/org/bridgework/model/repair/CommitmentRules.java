package org.bridgework.model.repair;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules for one commitment.
 * <ul>
 *   <li>A commitment needs what, owner and due date (blank text counts as missing): ERRORS.</li>
 *   <li>A missing measure of success, or a DONE commitment without a completion date: WARNINGS.</li>
 *   <li>Overdue: open (planned or in progress) and due before today. Due today is not overdue.</li>
 * </ul>
 */
public final class CommitmentRules {
    private CommitmentRules() {
    }

    /** Every problem, errors first, in {@link CommitmentProblem} order; empty when all is well. */
    public static List<CommitmentProblem> problems(Commitment c) {
        List<CommitmentProblem> problems = new ArrayList<>();
        if (Texts.isBlank(c.what())) {
            problems.add(CommitmentProblem.MISSING_WHAT);
        }
        if (Texts.isBlank(c.owner())) {
            problems.add(CommitmentProblem.MISSING_OWNER);
        }
        if (c.due().isEmpty()) {
            problems.add(CommitmentProblem.MISSING_DUE_DATE);
        }
        if (Texts.isBlank(c.measureOfSuccess())) {
            problems.add(CommitmentProblem.MISSING_MEASURE);
        }
        if (c.status() == CommitmentStatus.DONE && c.completedOn().isEmpty()) {
            problems.add(CommitmentProblem.MISSING_COMPLETION_DATE);
        }
        return List.copyOf(problems);
    }

    /** True when the commitment has no ERROR (warnings allowed). */
    public static boolean isValid(Commitment c) {
        return problems(c).stream().noneMatch(p -> p.severity() == Severity.ERROR);
    }

    /** Open and due strictly before today. */
    public static boolean isOverdue(Commitment c, LocalDate today) {
        return c.status().isOpen() && c.due().filter(d -> d.isBefore(today)).isPresent();
    }

    /** The stored status, or OVERDUE when {@link #isOverdue} holds. */
    public static DisplayStatus displayStatus(Commitment c, LocalDate today) {
        if (isOverdue(c, today)) {
            return DisplayStatus.OVERDUE;
        }
        return switch (c.status()) {
            case PLANNED -> DisplayStatus.PLANNED;
            case IN_PROGRESS -> DisplayStatus.IN_PROGRESS;
            case DONE -> DisplayStatus.DONE;
            case MISSED -> DisplayStatus.MISSED;
            case DROPPED -> DisplayStatus.DROPPED;
            case DROPPED_BY_AGREEMENT -> DisplayStatus.DROPPED_BY_AGREEMENT;
        };
    }
}
