package org.bridgework.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import org.bridgework.model.Relationship;
import org.bridgework.model.repair.ActionPlan;
import org.bridgework.model.repair.Channel;
import org.bridgework.model.repair.Commitment;
import org.bridgework.model.repair.Conversation;
import org.bridgework.model.repair.Dialogue;
import org.bridgework.model.repair.Incident;
import org.bridgework.model.repair.IncidentKind;
import org.bridgework.model.repair.Ownership;
import org.bridgework.model.repair.Rebuilding;
import org.bridgework.model.repair.RepairCase;
import org.bridgework.model.repair.TrustCheckIn;
import org.bridgework.model.repair.TrustRatings;
import org.bridgework.store.Workbook;
import org.bridgework.testing.FixedClock;

/**
 * Saves a repair of 20,000 list entries (5,000 each of incidents, conversations with two participants,
 * commitments and trust check-ins) in a real workbook file, as the wizard does after each typing pause: one
 * character changed in one commitment, then in one sheet field. Reports the median and 95th percentile of
 * {@code RepairCaseRepository.save}. Not a test. Run:
 * {@code bench/save-benchmark 20000} after {@code mvn -o test-compile}
 */
public final class SaveBenchmark {
    private static final LocalDate DAY = LocalDate.of(2026, 3, 1);
    private static final int WARM_UP = 50;
    private static final int ROUNDS = 200;

    private SaveBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int entries = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        Path folder = Files.createTempDirectory("bridgework-save-bench-");
        try (Workbook book = Workbook.open(folder.resolve("save.db"), FixedClock.now())) {
            long id = book.relationships().create(Relationship.draft("Saves", FixedClock.NOW)).id();
            book.repairCases().save(repairWith(id, entries / 4));
            RepairCase loaded = book.repairCases().load(id);
            int middle = entries / 8;
            report("one commitment field", entries, book, loaded, (round, repair) -> {
                List<Commitment> commitments = new ArrayList<>(repair.actionPlan().commitments());
                Commitment c = commitments.get(middle);
                commitments.set(middle, c.withMeasureOfSuccess("Measured " + round));
                return repair.withActionPlan(new ActionPlan(commitments));
            });
            report("nothing changed", entries, book, loaded, (round, repair) -> repair);
            report("one sheet field", entries, book, loaded,
                    (round, repair) -> repair.withOwnership(new Ownership("We did " + round, "", "")));
        }
        System.out.println("file in " + folder);
    }

    /** An edit made before save number {@code round}. */
    private interface Edit {
        RepairCase apply(int round, RepairCase repair);
    }

    private static void report(String what, int entries, Workbook book, RepairCase start, Edit edit) {
        RepairCase repair = start;
        long[] times = new long[ROUNDS];
        for (int round = 0; round < WARM_UP + ROUNDS; round++) {
            repair = edit.apply(round, repair);
            long begin = System.nanoTime();
            book.repairCases().save(repair);
            long took = System.nanoTime() - begin;
            if (round >= WARM_UP) {
                times[round - WARM_UP] = took;
            }
        }
        Arrays.sort(times);
        System.out.printf("%,d entries, %s: median %.2f ms, p95 %.2f ms, max %.2f ms (%d saves)%n", entries, what,
                times[ROUNDS / 2] / 1e6, times[(int) (ROUNDS * 0.95)] / 1e6, times[ROUNDS - 1] / 1e6, ROUNDS);
    }

    /** {@code each} entries in each of the four dated lists. */
    static RepairCase repairWith(long id, int each) {
        RepairCase repair = RepairCase.start(id);
        return repair
                .withUnderstanding(repair.understanding().withIncidents(list(each,
                        i -> Incident.of(DAY.plusDays(i % 900), "Incident " + i, IncidentKind.MISSED_DEADLINE))))
                .withDialogue(new Dialogue(list(each, i -> new Conversation(DAY.plusDays(i % 900), Channel.PHONE,
                        List.of("Ana " + i, "Ben " + i), "Could have " + i, "Wants " + i, "", "Next " + i,
                        Optional.empty()))))
                .withActionPlan(new ActionPlan(list(each,
                        i -> Commitment.planned("Commitment " + i, "Owner " + i % 7, DAY.plusDays(i % 900)))))
                .withRebuilding(new Rebuilding(list(each, i -> new TrustCheckIn(DAY.plusDays(i % 900),
                        new TrustRatings(3, 3, 4), new TrustRatings(2, 3, 3), "Note " + i)), Optional.empty(), ""));
    }

    private static <T> List<T> list(int size, IntFunction<T> entry) {
        List<T> result = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            result.add(entry.apply(i));
        }
        return result;
    }
}
