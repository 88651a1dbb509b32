package org.bridgework.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.bridgework.model.Relationship;
import org.bridgework.model.repair.RepairCase;
import org.bridgework.model.timeline.TimelineAssembler;
import org.bridgework.model.timeline.TimelineItem;
import org.bridgework.model.timeline.TimelineOpening;
import org.bridgework.model.timeline.TimelineRows;
import org.bridgework.store.Workbook;

/**
 * Where the time of opening a timeline goes, without a window: reading the repair from the workbook,
 * assembling its items and laying out the rows; and the same for the opening of its first
 * {@link TimelineOpening#ENTRIES} entries. Run with
 * {@code mvn -q test-compile exec:java -Dexec.mainClass=org.bridgework.bench.TimelineCostBreakdown}.
 */
public final class TimelineCostBreakdown {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final int[] SIZES = {1_000, 10_000, 20_000};
    private static final int WARM_UP = 20;
    private static final int ROUNDS = 31;

    public static void main(String[] args) throws Exception {
        Path file = Files.createTempDirectory("bridgework-bench-").resolve("timeline.db");
        Clock clock = Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        try (Workbook workbook = Workbook.open(file, clock)) {
            long[] ids = new long[SIZES.length];
            for (int i = 0; i < SIZES.length; i++) {
                Relationship stored = workbook.relationships().create(Relationship.draft("Timeline of " + SIZES[i], clock.instant()));
                workbook.repairCases().save(TimelineBenchmark.repairWith(stored.id(), SIZES[i]));
                ids[i] = stored.id();
            }
            for (int round = 0; round < WARM_UP; round++) {
                for (long id : ids) {
                    TimelineRows.layout(TimelineAssembler.assemble(workbook.repairCases().load(id), List.of(), TODAY), TODAY);
                    LocalDate through = workbook.repairCases().nthEntryDay(id, TimelineOpening.ENTRIES).orElseThrow();
                    new TimelineOpening(workbook.repairCases().loadThrough(id, through), List.of(), through).items(TODAY);
                }
            }
            System.out.println("items    read (ms)  assemble (ms)  layout (ms)  total (ms)   opening read (ms)  opening total (ms)"
                    + "   medians of " + ROUNDS);
            for (int i = 0; i < SIZES.length; i++) {
                double[] read = new double[ROUNDS];
                double[] assemble = new double[ROUNDS];
                double[] layout = new double[ROUNDS];
                double[] openingRead = new double[ROUNDS];
                double[] openingTotal = new double[ROUNDS];
                for (int round = 0; round < ROUNDS; round++) {
                    long t0 = System.nanoTime();
                    RepairCase repair = workbook.repairCases().load(ids[i]);
                    long t1 = System.nanoTime();
                    List<TimelineItem> items = TimelineAssembler.assemble(repair, List.of(), TODAY);
                    long t2 = System.nanoTime();
                    TimelineRows.layout(items, TODAY);
                    long t3 = System.nanoTime();
                    read[round] = (t1 - t0) / 1e6;
                    assemble[round] = (t2 - t1) / 1e6;
                    layout[round] = (t3 - t2) / 1e6;
                    // As the wizard reads it: is the timeline long, where does its start end, then the start itself.
                    workbook.repairCases().hasDatedEntries(ids[i], TimelineOpening.LONG_TIMELINE);
                    LocalDate through = workbook.repairCases().nthEntryDay(ids[i], TimelineOpening.ENTRIES).orElseThrow();
                    TimelineOpening opening = new TimelineOpening(workbook.repairCases().loadThrough(ids[i], through),
                            List.of(), through);
                    long t4 = System.nanoTime();
                    TimelineRows.layoutOpening(opening.items(TODAY), TODAY, through);
                    long t5 = System.nanoTime();
                    openingRead[round] = (t4 - t3) / 1e6;
                    openingTotal[round] = (t5 - t3) / 1e6;
                }
                double r = median(read);
                double a = median(assemble);
                double l = median(layout);
                System.out.printf("%6d   %8.1f   %12.1f   %10.1f   %9.1f   %16.1f   %17.1f%n", SIZES[i], r, a, l, r + a + l,
                        median(openingRead), median(openingTotal));
            }
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private TimelineCostBreakdown() {
    }
}
