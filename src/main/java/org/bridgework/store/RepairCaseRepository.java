package org.bridgework.store;

import java.util.HashMap;
import java.util.Map;
import org.bridgework.model.repair.RepairCase;
import org.bridgework.model.repair.RepairStep;

/** TEMPORARY in-memory stand-in until the SQLite implementation lands; same public API. */
public final class RepairCaseRepository {
    private final Map<Long, RepairCase> cases = new HashMap<>();

    public RepairCase load(long relationshipId) {
        return cases.getOrDefault(relationshipId, RepairCase.start(relationshipId));
    }

    public void save(RepairCase repairCase) {
        cases.put(repairCase.relationshipId(), repairCase);
    }

    public Map<Long, RepairStep> currentSteps() {
        Map<Long, RepairStep> steps = new HashMap<>();
        cases.forEach((id, c) -> steps.put(id, c.currentStep()));
        return steps;
    }
}
