package org.bridgework.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.bridgework.model.Relationship;
import org.bridgework.model.WholeRelationship;
import org.bridgework.model.repair.ActionPlan;
import org.bridgework.model.repair.Commitment;
import org.bridgework.model.repair.CommitmentStatus;
import org.bridgework.model.repair.RepairCase;
import org.bridgework.model.repair.RepairStep;
import org.bridgework.store.RepairSamples;
import org.bridgework.store.TeamWorkbook;
import org.bridgework.store.Workbook;
import org.bridgework.store.WorkbookStore;
import org.bridgework.testing.PostgresServer;
import org.bridgework.testing.WorkbookGenerator;

/**
 * The same work on a workbook file and on a team workbook (a real PostgreSQL server on this machine, flushing to
 * disk like a real one, over loopback TCP): reading a portfolio of many relationships as the portfolio list does,
 * one save of a repair after an edited field, and reading a repair of 20,000 commitments (the timeline's data).
 * The portfolio's relationships carry repairs ({@link #withRepairs}), so their stages are read too.
 * Not a test: {@code bench/team-benchmark [RELATIONSHIPS]}.
 */
public final class TeamStoreBenchmark {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final int ROUNDS = 9;
    private static final int SAVES = 200;

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Clock clock = Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        Path folder = Files.createTempDirectory("bridgework-team-bench-");
        try (PostgresServer server = PostgresServer.startDurable();
             Workbook file = Workbook.open(folder.resolve("bench.db"), clock);
             TeamWorkbook team = TeamWorkbook.create(server.freshWorkbookAddress(), null, clock)) {
            for (WorkbookStore store : List.of(file, team)) {
                String kind = store == file ? "file" : "team";
                store.importRelationships(withRepairs(new WorkbookGenerator(42).relationships(count)),
                        (name, n) -> name + " (" + n + ")");
                System.out.printf("%s: portfolio of %,d: median %.1f ms%n", kind, count, medianMs(() -> {
                    store.relationships().findAll();
                    store.repairCases().stages();
                    store.summaries().summaries(TODAY);
                }));
                System.out.printf("%s: stages alone, all at once: median %.1f ms%n", kind,
                        medianMs(() -> store.repairCases().stages()));
                System.out.printf("%s: stages alone, each repair read whole (before): %.1f ms (one run)%n", kind,
                        onceMs(() -> store.repairCases().currentSteps().keySet()
                                .forEach(each -> store.repairCases().load(each).stage())));
                long id = store.relationships().findAll().get(0).id();
                RepairCase repair = RepairSamples.realistic(id);
                store.repairCases().save(repair);
                store.repairCases().load(id);
                double[] saves = new double[SAVES];
                for (int i = 0; i < SAVES; i++) {
                    long start = System.nanoTime();
                    store.repairCases().save(repair.withCurrentStep(RepairStep.values()[i % 8]));
                    saves[i] = (System.nanoTime() - start) / 1e6;
                }
                Arrays.sort(saves);
                System.out.printf("%s: one save: median %.2f ms, p95 %.2f ms%n", kind, saves[SAVES / 2],
                        saves[SAVES * 95 / 100]);
                long timeline = store.relationships().create(Relationship.draft("Timeline", clock.instant())).id();
                store.repairCases().save(RepairCase.start(timeline).withActionPlan(new ActionPlan(commitments(20_000))));
                System.out.printf("%s: repair of 20,000 commitments read: median %.1f ms%n", kind,
                        medianMs(() -> store.repairCases().load(timeline)));
            }
        }
    }

    /**
     * A portfolio as a team's would be: one relationship in four with a repair well under way (about sixty rows),
     * one in four with its first two steps done, the rest with no repair begun.
     */
    private static List<WholeRelationship> withRepairs(List<Relationship> relationships) {
        List<WholeRelationship> whole = new ArrayList<>(relationships.size());
        for (int i = 0; i < relationships.size(); i++) {
            RepairCase realistic = RepairSamples.realistic(0);
            RepairCase repair = switch (i % 4) {
                case 0 -> realistic;
                case 1 -> RepairCase.start(0).withAssessment(realistic.assessment())
                        .withUnderstanding(realistic.understanding());
                default -> RepairCase.start(0);
            };
            whole.add(new WholeRelationship(relationships.get(i), repair, List.of()));
        }
        return whole;
    }

    private static List<Commitment> commitments(int n) {
        List<Commitment> result = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            result.add(new Commitment("Action " + i, "Owner " + i % 7, Optional.of(TODAY.minusDays(i % 900)), "",
                    i % 3 == 0 ? CommitmentStatus.DONE : CommitmentStatus.PLANNED, Optional.empty(), "", false,
                    Optional.empty()));
        }
        return result;
    }

    private static double onceMs(Runnable work) {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1e6;
    }

    private static double medianMs(Runnable work) {
        work.run();
        double[] times = new double[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            long start = System.nanoTime();
            work.run();
            times[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(times);
        return times[ROUNDS / 2];
    }
}
