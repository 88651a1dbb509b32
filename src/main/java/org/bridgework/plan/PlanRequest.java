package org.bridgework.plan;

import java.time.LocalDate;
import java.util.Objects;
import org.bridgework.model.Relationship;
import org.bridgework.model.repair.RepairCase;

/**
 * Everything one plan is made from. Immutable, so it can be handed to a background thread as it is.
 *
 * @param relationship the relationship the plan is about
 * @param repair       its repair
 * @param today        the date the plan is prepared on: statuses (overdue) and the follow-through rate are as of it
 * @param version      internal or shareable
 * @param paper        A4 or Letter
 */
public record PlanRequest(Relationship relationship, RepairCase repair, LocalDate today, PlanVersion version,
                          Paper paper) {

    public PlanRequest {
        Objects.requireNonNull(relationship, "relationship");
        Objects.requireNonNull(repair, "repair");
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(paper, "paper");
    }

    public PlanRequest withVersion(PlanVersion other) {
        return new PlanRequest(relationship, repair, today, other, paper);
    }

    public PlanRequest withPaper(Paper other) {
        return new PlanRequest(relationship, repair, today, version, other);
    }
}
