package org.bridgework.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.bridgework.exchange.ExchangeException;
import org.bridgework.exchange.ImportResult;
import org.bridgework.exchange.WorkbookImport;
import org.bridgework.store.Workbook;
import org.bridgework.store.WorkbookException;
import org.bridgework.text.ProblemTexts;
import org.bridgework.text.Texts;

/**
 * {@code bridgework import --workbook FILE IN.json}: adds the relationships of an export file to a workbook,
 * all of them or, if the file has any problem, none.
 */
public final class ImportCommand {
    private ImportCommand() {
    }

    /** @return the exit code: 0 when imported, 1 when the workbook or the file is not usable (nothing imported) */
    public static int run(Path workbook, Path source, Clock clock, PrintStream out, PrintStream err) {
        if (!Files.exists(workbook)) {
            // Never create a workbook by mistyping its name.
            err.println(Texts.get("cli.check.missing", workbook));
            return 1;
        }
        try (Workbook book = Workbook.open(workbook, clock)) {
            ImportResult result = WorkbookImport.run(book, source);
            out.println(Texts.get("cli.import.done", result.imported().size(), source, workbook));
            for (ImportResult.Rename rename : result.renamed()) {
                out.println(Texts.get("cli.import.renamed", rename.from(), rename.to()));
            }
            return 0;
        } catch (WorkbookException e) {
            err.println(ProblemTexts.describe(e));
        } catch (ExchangeException e) {
            err.println(Texts.get("cli.import.refused", e.getMessage()));
        }
        return 1;
    }
}
