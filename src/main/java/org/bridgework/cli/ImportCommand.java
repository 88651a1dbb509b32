package org.bridgework.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.bridgework.exchange.ExchangeException;
import org.bridgework.exchange.ImportResult;
import org.bridgework.exchange.WorkbookImport;
import org.bridgework.problems.ProblemTexts;
import org.bridgework.store.Workbook;
import org.bridgework.store.WorkbookException;
import org.bridgework.text.Texts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code bridgework import --workbook FILE IN.json}: adds the relationships of an export file to a workbook,
 * all of them or, if the file has any problem, none. A workbook that does not exist yet is made for them; if
 * the import fails, it is removed again, so a failed import leaves nothing behind.
 */
@Command(name = "import")
public final class ImportCommand implements Callable<Integer> {
    @Mixin
    private RequiredWorkbook workbook;
    @Parameters(index = "0", paramLabel = "IN.json", descriptionKey = "import.file", converter = FileName.class)
    private Path source;
    @Mixin
    private HelpOptions help;
    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        return run(workbook.workbook, source, Clock.systemDefaultZone(), spec.commandLine().getOut(),
                spec.commandLine().getErr());
    }

    /** @return the exit code: 0 when imported, 1 when the workbook or the file is not usable (nothing imported) */
    public static int run(Path workbook, Path source, Clock clock, PrintWriter out, PrintWriter err) {
        boolean made = Files.notExists(workbook);
        if (made && !Files.isRegularFile(source)) {
            // Never leave a new, empty workbook behind for a file that is not there (a typo, most likely).
            err.println(Texts.get("cli.import.noFile", source));
            return 1;
        }
        boolean imported = false;
        try (Workbook book = Workbook.open(workbook, clock)) {
            ImportResult result = WorkbookImport.run(book, source);
            imported = true;
            out.println(Texts.get(made ? "cli.import.doneIntoNew" : "cli.import.done", result.imported().size(),
                    source, workbook));
            for (ImportResult.Rename rename : result.renamed()) {
                out.println(Texts.get("cli.import.renamed", rename.from(), rename.to()));
            }
            return 0;
        } catch (WorkbookException e) {
            err.println(ProblemTexts.describe(e));
        } catch (ExchangeException e) {
            err.println(Texts.get("cli.import.refused", e.getMessage()));
        } finally {
            if (made && !imported) {
                removeNew(workbook);
            }
        }
        return 1;
    }

    /** The workbook made for an import that failed, with the files SQLite keeps beside it. */
    private static void removeNew(Path workbook) {
        for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
            try {
                Files.deleteIfExists(workbook.resolveSibling(workbook.getFileName() + suffix));
            } catch (IOException e) {
                // Left behind: an empty workbook, harmless and found by its name.
            }
        }
    }
}
