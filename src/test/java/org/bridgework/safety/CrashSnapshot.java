package org.bridgework.safety;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bridgework.model.Relationship;
import org.bridgework.model.repair.RepairCase;
import org.bridgework.model.repair.RepairStep;
import org.bridgework.model.timeline.StepMilestone;
import org.bridgework.store.Workbook;

/** Everything a workbook holds, read through the app's own repositories. */
record CrashSnapshot(List<Relationship> relationships, Map<Long, RepairCase> repairs,
                     Map<Long, List<StepMilestone>> milestones, Map<Long, RepairStep> currentSteps) {

    static CrashSnapshot read(Workbook workbook) {
        List<Relationship> relationships = workbook.relationships().findAll();
        Map<Long, RepairCase> repairs = new HashMap<>();
        Map<Long, List<StepMilestone>> milestones = new HashMap<>();
        for (Relationship r : relationships) {
            repairs.put(r.id(), workbook.repairCases().load(r.id()));
            milestones.put(r.id(), workbook.milestones().load(r.id()));
        }
        return new CrashSnapshot(relationships, repairs, milestones, workbook.repairCases().currentSteps());
    }

    Optional<Relationship> relationship(long id) {
        return relationships.stream().filter(r -> r.id() == id).findFirst();
    }

    Optional<Relationship> byName(String name) {
        return relationships.stream().filter(r -> r.name().equals(name)).findFirst();
    }
}
