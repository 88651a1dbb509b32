package org.bridgework.model.repair;

import java.util.List;

/**
 * Step 7 worksheet: our commitments.
 *
 * @param commitments as entered
 */
public record ActionPlan(List<Commitment> commitments) {

    public ActionPlan {
        commitments = Texts.copy(commitments);
    }

    /** No commitment yet. */
    public static ActionPlan empty() {
        return new ActionPlan(List.of());
    }
}
