package org.bridgework.example;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import org.bridgework.model.Relationship;
import java.util.ArrayList;
import java.util.List;
import org.bridgework.model.repair.RepairCase;
import org.bridgework.model.repair.RepairStep;
import org.bridgework.model.repair.StepCompletion;
import org.bridgework.model.timeline.StepMilestone;
import org.bridgework.store.Workbook;
import org.bridgework.store.WorkbookException;

/**
 * The example workbook: made by code on first use, from {@link ExampleCase}, {@link SurchargeCase} and
 * {@link WorkshopCase}, in a file of its own so the user's workbook is never touched. Once made it is the user's
 * to play with, and is not remade.
 */
public final class ExampleWorkbook {
    public static final String FILE_NAME = "example-workbook.db";

    private ExampleWorkbook() {
    }

    /**
     * Makes the example workbook at {@code file} if there is none there yet.
     *
     * @return the file, ready to open
     */
    public static Path createIfMissing(Path file, Clock clock) throws WorkbookException {
        if (Files.exists(file)) {
            return file;
        }
        try (Workbook workbook = Workbook.open(file, clock)) {
            write(workbook, LocalDate.now(clock));
        }
        return file;
    }

    /** Adds the three example relationships and their repairs to an open workbook, Alder & Finch first. */
    static void write(Workbook workbook, LocalDate today) {
        write(workbook, ExampleCase.build(today), ExampleCase.MILESTONE_DAYS_AGO, today);
        write(workbook, SurchargeCase.build(today), SurchargeCase.MILESTONE_DAYS_AGO, today);
        write(workbook, WorkshopCase.build(today), WorkshopCase.MILESTONE_DAYS_AGO, today);
    }

    private static void write(Workbook workbook, ExampleCase.Content content, int[] daysAgo, LocalDate today) {
        Relationship stored = workbook.relationships().create(content.relationship());
        RepairCase saved = content.repairCase().withRelationshipId(stored.id());
        workbook.repairCases().save(saved);
        for (StepMilestone milestone : milestones(saved, daysAgo, today)) {
            workbook.milestones().record(stored.id(), milestone.step(), milestone.reachedOn());
        }
    }

    /**
     * When an example's complete steps were first reached: its story in days before today, one number per step
     * in step order (for Alder &amp; Finch, the decision two days after the first call, the apology's day for
     * Apologise, the first commitment due for Act, and so on).
     */
    static List<StepMilestone> milestones(RepairCase repair, int[] daysAgo, LocalDate today) {
        List<StepMilestone> result = new ArrayList<>();
        for (RepairStep step : StepCompletion.completed(repair)) {
            result.add(new StepMilestone(step, today.minusDays(daysAgo[step.ordinal()])));
        }
        return result;
    }
}
