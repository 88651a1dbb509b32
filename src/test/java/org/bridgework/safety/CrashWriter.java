package org.bridgework.safety;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.bridgework.model.Relationship;
import org.bridgework.model.repair.RepairStep;
import org.bridgework.model.timeline.StepMilestone;
import org.bridgework.safety.CrashLog.Entry;
import org.bridgework.safety.CrashLog.Op;
import org.bridgework.store.Workbook;

/**
 * The process {@link CrashIT} kills: opens a workbook with the app's own {@link Workbook#open} and writes
 * through its repositories without pause until it is killed, printing a {@code BEGIN} line before each store
 * call and a {@code DONE} line once the call has returned, i.e. committed (see {@link CrashLog}).
 * It learns what is in the workbook from the workbook itself, as the app does on start.
 *
 * <p>Arguments: the workbook file, the round (revisions and entity numbers of round n start at n × 100,000, so
 * every revision is new and greater than any before), and the seed of its choices.
 */
public final class CrashWriter {
    private static final int ROUND_SPAN = 100_000;
    private static final int FEW = 4;
    private static final int MANY = 14;

    private final Workbook workbook;
    private final Random random;
    private final PrintStream out;
    /** Entity number → relationship id, of every relationship in the workbook. */
    private final Map<Integer, Long> ids = new LinkedHashMap<>();
    /** Entity number → steps that have a milestone. */
    private final Map<Integer, Set<RepairStep>> reached = new LinkedHashMap<>();
    private int revision;
    private int nextEntity;
    private long seq;

    private CrashWriter(Workbook workbook, int round, long seed, PrintStream out) {
        this.workbook = workbook;
        this.random = new Random(seed);
        this.out = out;
        this.revision = round * ROUND_SPAN;
        this.nextEntity = round * ROUND_SPAN;
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int round = Integer.parseInt(args[1]);
        long seed = Long.parseLong(args[2]);
        try (Workbook workbook = Workbook.open(file, Clock.systemUTC())) {
            CrashWriter writer = new CrashWriter(workbook, round, seed, System.out);
            writer.learn();
            writer.out.println("READY " + writer.ids.size());
            writer.out.flush();
            while (true) {
                writer.writeOnce();
            }
        } catch (Throwable e) {
            // A failed store call is a finding: the test sees this process end on its own, not by its kill.
            e.printStackTrace();
            System.exit(3);
        }
    }

    /** What the workbook holds, as the app learns it on start. */
    private void learn() {
        for (Relationship r : workbook.relationships().findAll()) {
            int entity = CrashContents.parseName(r.name()).orElseThrow(
                    () -> new IllegalStateException("a relationship the writer never wrote: " + r.name()))[0];
            ids.put(entity, r.id());
            Set<RepairStep> steps = EnumSet.noneOf(RepairStep.class);
            workbook.milestones().load(r.id()).stream().map(StepMilestone::step).forEach(steps::add);
            reached.put(entity, steps);
        }
    }

    private void writeOnce() {
        revision++;
        seq++;
        Op op = choose();
        switch (op) {
            case CREATE -> create(1);
            case CREATE_MANY -> create(2 + random.nextInt(2));
            case UPDATE -> update();
            case SAVE_REPAIR -> saveRepair();
            case MILESTONE -> milestone();
            case DELETE -> delete();
        }
    }

    private Op choose() {
        if (ids.size() < FEW) {
            return Op.CREATE;
        }
        int roll = random.nextInt(100);
        if (roll < 30) {
            return Op.UPDATE;
        } else if (roll < 70) {
            return Op.SAVE_REPAIR;
        } else if (roll < 78) {
            return Op.CREATE;
        } else if (roll < 82) {
            return Op.CREATE_MANY;
        } else if (roll < 92) {
            return Op.MILESTONE;
        }
        return ids.size() > MANY / 2 ? Op.DELETE : Op.UPDATE;
    }

    private void create(int count) {
        if (ids.size() >= MANY) {
            update();
            return;
        }
        int[] entities = new int[count];
        List<Relationship> drafts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            entities[i] = nextEntity++;
            drafts.add(CrashContents.relationship(entities[i], revision));
        }
        Op op = count == 1 ? Op.CREATE : Op.CREATE_MANY;
        Entry begin = begin(op, entities, new long[0], Optional.empty());
        List<Relationship> stored = count == 1 ? List.of(workbook.relationships().create(drafts.get(0)))
                : workbook.relationships().createAll(drafts);
        long[] storedIds = stored.stream().mapToLong(Relationship::id).toArray();
        done(begin, storedIds);
        for (int i = 0; i < count; i++) {
            ids.put(entities[i], storedIds[i]);
            reached.put(entities[i], EnumSet.noneOf(RepairStep.class));
        }
    }

    private void update() {
        int entity = anyEntity();
        long id = ids.get(entity);
        Entry begin = begin(Op.UPDATE, new int[] {entity}, new long[] {id}, Optional.empty());
        workbook.relationships().update(CrashContents.relationship(entity, revision).withId(id));
        done(begin, begin.ids());
    }

    private void saveRepair() {
        int entity = anyEntity();
        long id = ids.get(entity);
        Entry begin = begin(Op.SAVE_REPAIR, new int[] {entity}, new long[] {id}, Optional.empty());
        workbook.repairCases().save(CrashContents.repair(id, entity, revision));
        done(begin, begin.ids());
    }

    private void milestone() {
        int entity = anyEntity();
        Set<RepairStep> steps = reached.get(entity);
        Optional<RepairStep> step = EnumSet.allOf(RepairStep.class).stream().filter(s -> !steps.contains(s)).findFirst();
        if (step.isEmpty()) {
            saveRepair();
            return;
        }
        long id = ids.get(entity);
        Entry begin = begin(Op.MILESTONE, new int[] {entity}, new long[] {id}, step);
        workbook.milestones().record(id, step.get(), CrashContents.milestoneDay(revision));
        done(begin, begin.ids());
        steps.add(step.get());
    }

    private void delete() {
        int entity = anyEntity();
        long id = ids.get(entity);
        Entry begin = begin(Op.DELETE, new int[] {entity}, new long[] {id}, Optional.empty());
        workbook.relationships().moveToTrash(id); // what Delete does in the app
        done(begin, begin.ids());
        ids.remove(entity);
        reached.remove(entity);
    }

    private int anyEntity() {
        List<Integer> entities = new ArrayList<>(ids.keySet());
        return entities.get(random.nextInt(entities.size()));
    }

    private Entry begin(Op op, int[] entities, long[] knownIds, Optional<RepairStep> step) {
        Entry entry = new Entry(false, seq, op, entities, knownIds, revision, step);
        print(entry);
        return entry;
    }

    private void done(Entry begin, long[] storedIds) {
        print(begin.committed(storedIds));
    }

    /** One whole line per write, flushed at once: the test reads it even after the kill. */
    private void print(Entry entry) {
        out.print(entry.line() + "\n");
        out.flush();
    }
}
