package org.bridgework.example;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import org.bridgework.model.Relationship;
import org.bridgework.model.repair.RepairCase;
import org.bridgework.store.Workbook;
import org.bridgework.store.WorkbookException;

/**
 * The example workbook: made by code on first use, from {@link ExampleCase}, in a file of its own so the
 * user's workbook is never touched. Once made it is the user's to play with, and is not remade.
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

    /** Adds the example relationship and its repair to an open workbook. */
    static void write(Workbook workbook, LocalDate today) {
        ExampleCase.Content content = ExampleCase.build(today);
        Relationship stored = workbook.relationships().create(content.relationship());
        RepairCase repair = content.repairCase();
        workbook.repairCases().save(new RepairCase(stored.id(), repair.currentStep(), repair.assessment(),
                repair.understanding(), repair.ownership(), repair.preparation(), repair.dialogue(),
                repair.reconciliation(), repair.actionPlan(), repair.rebuilding()));
    }
}
