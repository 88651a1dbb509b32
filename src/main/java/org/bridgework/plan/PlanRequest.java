package org.bridgework.plan;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.bridgework.model.Relationship;
import org.bridgework.model.repair.RepairCase;
import org.bridgework.model.team.ChangeStamp;

/**
 * Everything one plan is made from. Immutable, so it can be handed to a background thread as it is.
 *
 * @param relationship the relationship the plan is about
 * @param repair       its repair
 * @param today        the date the plan is prepared on: statuses (overdue) and the follow-through rate are as of it
 * @param version      internal or shareable
 * @param paper        A4 or Letter
 * @param lastChange   who last changed the relationship, and when, as a team workbook's server recorded it; empty
 *                     for a workbook file. Only the internal version prints it.
 */
public record PlanRequest(Relationship relationship, RepairCase repair, LocalDate today, PlanVersion version,
                          Paper paper, Optional<ChangeStamp> lastChange) {

    public PlanRequest {
        Objects.requireNonNull(relationship, "relationship");
        Objects.requireNonNull(repair, "repair");
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(paper, "paper");
        Objects.requireNonNull(lastChange, "lastChange");
    }

    /** A plan with no record of who changed what (a workbook file's). */
    public PlanRequest(Relationship relationship, RepairCase repair, LocalDate today, PlanVersion version, Paper paper) {
        this(relationship, repair, today, version, paper, Optional.empty());
    }

    public PlanRequest withVersion(PlanVersion other) {
        return new PlanRequest(relationship, repair, today, other, paper, lastChange);
    }

    public PlanRequest withPaper(Paper other) {
        return new PlanRequest(relationship, repair, today, version, other, lastChange);
    }

    public PlanRequest withLastChange(Optional<ChangeStamp> stamp) {
        return new PlanRequest(relationship, repair, today, version, paper, stamp);
    }
}
