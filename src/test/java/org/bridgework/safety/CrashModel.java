package org.bridgework.safety;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.bridgework.model.Relationship;
import org.bridgework.model.repair.RepairCase;
import org.bridgework.model.repair.RepairStep;
import org.bridgework.model.timeline.StepMilestone;
import org.bridgework.safety.CrashLog.Entry;

/**
 * What the workbook must hold, built by the test from the writer's report alone: every {@code DONE} write is
 * applied. The one write that may have been under way at the kill ({@code BEGIN} without {@code DONE}) is
 * allowed to have committed wholly or not at all, and nothing in between; {@link #differences} then demands
 * that the workbook holds exactly the model.
 */
final class CrashModel {
    /** What the in-flight write turned out to be. */
    enum InFlight {
        /** The kill came between two writes. */
        NONE,
        /** The write under way had committed, though unreported. */
        COMMITTED,
        /** The write under way had not committed and left no trace. */
        ROLLED_BACK
    }

    /** One relationship the writer made, with the revisions of its parts. */
    private static final class Entity {
        final long id;
        int revision;
        int repairRevision = -1;
        final Map<RepairStep, LocalDate> milestones = new EnumMap<>(RepairStep.class);

        Entity(long id, int revision) {
            this.id = id;
            this.revision = revision;
        }
    }

    private final Map<Integer, Entity> entities = new TreeMap<>();
    private int reported;

    /** Applies a write the writer reported committed. */
    void apply(Entry done) {
        reported++;
        write(done);
    }

    private void write(Entry done) {
        switch (done.op()) {
            case CREATE, CREATE_MANY -> {
                for (int i = 0; i < done.entities().length; i++) {
                    entities.put(done.entities()[i], new Entity(done.ids()[i], done.revision()));
                }
            }
            case UPDATE -> entity(done).revision = done.revision();
            case SAVE_REPAIR -> entity(done).repairRevision = done.revision();
            case MILESTONE -> entity(done).milestones.put(done.step().orElseThrow(),
                    CrashContents.milestoneDay(done.revision()));
            case DELETE -> entities.remove(done.entities()[0]);
        }
    }

    /** Writes reported committed so far, over all rounds. */
    int reported() {
        return reported;
    }

    int size() {
        return entities.size();
    }

    /**
     * Takes the in-flight write as committed if the workbook shows it whole, else as not committed; a write
     * found in part is left unapplied, so {@link #differences} reports it.
     */
    InFlight resolve(Optional<Entry> begun, CrashSnapshot found) {
        if (begun.isEmpty()) {
            return InFlight.NONE;
        }
        Entry entry = begun.get();
        boolean committed = switch (entry.op()) {
            case CREATE, CREATE_MANY -> Arrays.stream(entry.entities()).allMatch(e ->
                    found.byName(CrashContents.name(e, entry.revision())).isPresent());
            case UPDATE -> found.relationship(entry.ids()[0]).filter(r -> CrashContents.sameFields(r,
                    CrashContents.relationship(entry.entities()[0], entry.revision()))).isPresent();
            case SAVE_REPAIR -> CrashContents.repair(entry.ids()[0], entry.entities()[0], entry.revision())
                    .equals(found.repairs().get(entry.ids()[0]));
            case MILESTONE -> found.milestones().getOrDefault(entry.ids()[0], List.of()).stream()
                    .anyMatch(m -> m.step() == entry.step().orElseThrow());
            case DELETE -> found.relationship(entry.ids()[0]).isEmpty();
        };
        if (!committed) {
            return InFlight.ROLLED_BACK;
        }
        long[] ids = entry.ids();
        if (entry.op() == CrashLog.Op.CREATE || entry.op() == CrashLog.Op.CREATE_MANY) {
            ids = Arrays.stream(entry.entities()).mapToLong(e ->
                    found.byName(CrashContents.name(e, entry.revision())).orElseThrow().id()).toArray();
        }
        write(entry.committed(ids));
        return InFlight.COMMITTED;
    }

    /** Every way the workbook differs from the model; empty when it holds exactly what the model says. */
    List<String> differences(CrashSnapshot found) {
        List<String> problems = new ArrayList<>();
        Set<Long> expectedIds = entities.values().stream().map(e -> e.id).collect(Collectors.toSet());
        for (Relationship r : found.relationships()) {
            if (!expectedIds.contains(r.id())) {
                problems.add("a relationship no reported or in-flight write made: " + r.id() + " " + r.name());
            }
        }
        for (Map.Entry<Integer, Entity> e : entities.entrySet()) {
            problems.addAll(differences(e.getKey(), e.getValue(), found));
        }
        Set<Long> withRepair = entities.values().stream().filter(e -> e.repairRevision >= 0).map(e -> e.id)
                .collect(Collectors.toSet());
        if (!found.currentSteps().keySet().equals(withRepair)) {
            problems.add("repairs stored for " + found.currentSteps().keySet() + ", expected for " + withRepair);
        }
        return problems;
    }

    private static List<String> differences(int number, Entity entity, CrashSnapshot found) {
        List<String> problems = new ArrayList<>();
        Optional<Relationship> stored = found.relationship(entity.id);
        if (stored.isEmpty()) {
            problems.add("relationship " + number + " (id " + entity.id + ", revision " + entity.revision + ") is missing");
            return problems;
        }
        if (!CrashContents.sameFields(stored.get(), CrashContents.relationship(number, entity.revision))) {
            problems.add("relationship " + number + " is not revision " + entity.revision + " but: " + stored.get().name());
        }
        RepairCase expectedRepair = entity.repairRevision < 0 ? RepairCase.start(entity.id)
                : CrashContents.repair(entity.id, number, entity.repairRevision);
        if (!expectedRepair.equals(found.repairs().get(entity.id))) {
            problems.add("the repair of relationship " + number + " is not revision " + entity.repairRevision
                    + "; its spokesperson reads: " + found.repairs().get(entity.id).ownership().spokesperson());
        }
        List<StepMilestone> expectedMilestones = entity.milestones.entrySet().stream()
                .map(m -> new StepMilestone(m.getKey(), m.getValue())).toList();
        if (!expectedMilestones.equals(found.milestones().get(entity.id))) {
            problems.add("milestones of relationship " + number + ": " + found.milestones().get(entity.id)
                    + ", expected " + expectedMilestones);
        }
        return problems;
    }

    private Entity entity(Entry entry) {
        Entity entity = entities.get(entry.entities()[0]);
        if (entity == null) {
            throw new IllegalStateException("the report names a relationship it never created: " + entry);
        }
        return entity;
    }
}
