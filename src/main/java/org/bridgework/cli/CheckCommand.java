package org.bridgework.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bridgework.store.Workbook;
import org.bridgework.store.WorkbookException;
import org.bridgework.store.WorkbookInspection;
import org.bridgework.store.WorkbookInspector;
import org.bridgework.text.ProblemTexts;
import org.bridgework.text.Texts;

/**
 * {@code bridgework check}: says whether a workbook can be opened, without changing it; also while another
 * Bridgework has it open, which it then says.
 */
public final class CheckCommand {
    private CheckCommand() {
    }

    /** @return the exit code: 0 when the workbook is fine, 1 when it is not */
    public static int run(Path workbook, PrintStream out, PrintStream err) {
        if (!Files.exists(workbook)) {
            err.println(Texts.get("cli.check.missing", workbook));
            return 1;
        }
        try {
            WorkbookInspection inspection = WorkbookInspector.inspect(workbook);
            out.println(Texts.get("cli.check.ok", workbook, inspection.schemaVersion()));
            Workbook.holder(workbook).ifPresent(holder ->
                    out.println(Texts.get("cli.check.openElsewhere", ProblemTexts.holderInBrackets(holder))));
            return 0;
        } catch (WorkbookException e) {
            err.println(ProblemTexts.describe(e));
            return 1;
        }
    }
}
