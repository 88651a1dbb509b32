package org.bridgework.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.bridgework.model.Relationship;
import org.bridgework.model.repair.CommitmentStatus;
import org.bridgework.model.repair.RepairCase;
import org.bridgework.model.timeline.TimelineOpening;
import org.bridgework.testing.FixedClock;
import org.bridgework.testing.RandomRepairs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the workbook reads of the start of a timeline must be exactly what {@link TimelineOpening#of} keeps
 * of the whole repair: the SQL conditions and the model's rule are two statements of one thing.
 */
class OpeningReadTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @TempDir
    Path folder;

    @Test
    void readingUpToADayKeepsWhatTheModelKeeps() throws Exception {
        try (Workbook workbook = Workbook.open(folder.resolve("w.db"), FixedClock.now())) {
            Random days = new Random(7);
            for (long seed = 0; seed < 40; seed++) {
                RepairCase whole = stored(workbook, seed);
                RepairCase reread = workbook.repairCases().load(whole.relationshipId());
                assertEquals(whole, reread, "round trip of seed " + seed);
                for (int round = 0; round < 5; round++) {
                    LocalDate through = RandomRepairs.day(days, TODAY);
                    assertEquals(TimelineOpening.of(whole, List.of(), through).repair(),
                            workbook.repairCases().loadThrough(whole.relationshipId(), through),
                            "seed " + seed + " through " + through);
                }
            }
        }
    }

    @Test
    void theNthEntryDayCountsEveryDatedEntryOnce() throws Exception {
        try (Workbook workbook = Workbook.open(folder.resolve("w.db"), FixedClock.now())) {
            for (long seed = 100; seed < 130; seed++) {
                RepairCase whole = stored(workbook, seed);
                List<LocalDate> days = entryDays(whole);
                for (int n : new int[] {1, 2, days.size() / 2 + 1, days.size(), days.size() + 1}) {
                    Optional<LocalDate> expected = n >= 1 && n <= days.size() ? Optional.of(days.get(n - 1)) : Optional.empty();
                    assertEquals(expected, workbook.repairCases().nthEntryDay(whole.relationshipId(), Math.max(n, 1)),
                            "seed " + seed + ", n = " + n + " of " + days.size());
                    assertEquals(n <= days.size(), workbook.repairCases().hasDatedEntries(whole.relationshipId(), n),
                            "seed " + seed + ", at least " + n + " of " + days.size());
                }
            }
        }
    }

    @Test
    void anOpeningOfTheFirstEntriesHoldsAtLeastThatMany() throws Exception {
        try (Workbook workbook = Workbook.open(folder.resolve("w.db"), FixedClock.now())) {
            RepairCase whole = stored(workbook, 4242);
            int n = entryDays(whole).size() / 3;
            assertTrue(n > 5, "enough entries to cut");
            LocalDate through = workbook.repairCases().nthEntryDay(whole.relationshipId(), n).orElseThrow();
            RepairCase opening = workbook.repairCases().loadThrough(whole.relationshipId(), through);
            assertTrue(entryDays(opening).stream().filter(day -> !day.isAfter(through)).count() >= n);
            assertTrue(entryDays(opening).size() < entryDays(whole).size(), "and not the whole repair");
        }
    }

    private static RepairCase stored(Workbook workbook, long seed) {
        Relationship relationship = workbook.relationships().create(Relationship.draft("Seed " + seed, FixedClock.now().instant()));
        RepairCase repair = RandomRepairs.repair(relationship.id(), seed, TODAY);
        workbook.repairCases().save(repair);
        return repair;
    }

    /** The days that place list entries on the timeline, earliest first. */
    private static List<LocalDate> entryDays(RepairCase repair) {
        List<LocalDate> days = new ArrayList<>();
        repair.understanding().incidents().forEach(i -> i.date().ifPresent(days::add));
        repair.dialogue().conversations().forEach(c -> days.add(c.date()));
        repair.actionPlan().commitments().forEach(c -> {
            c.due().ifPresent(days::add);
            if (c.status() == CommitmentStatus.DONE) {
                c.completedOn().ifPresent(days::add);
            }
        });
        repair.rebuilding().checkIns().forEach(c -> days.add(c.date()));
        return days.stream().sorted().toList();
    }
}
