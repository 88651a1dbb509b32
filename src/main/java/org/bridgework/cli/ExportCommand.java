package org.bridgework.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.bridgework.about.Version;
import org.bridgework.exchange.WorkbookExport;
import org.bridgework.model.Relationship;
import org.bridgework.problems.ProblemTexts;
import org.bridgework.store.Workbook;
import org.bridgework.store.WorkbookException;
import org.bridgework.text.Texts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code bridgework export --workbook FILE [--relationship NAME] OUT.json}: writes the whole workbook, or one
 * relationship, to an export file (docs/exchange-format.md), without a window. The file appears complete or
 * not at all, and an existing file is never replaced.
 */
@Command(name = "export")
public final class ExportCommand implements Callable<Integer> {
    @Mixin
    private RequiredWorkbook workbook;
    @Option(names = "--relationship", paramLabel = "NAME", descriptionKey = "relationship.export")
    private String relationship;
    @Parameters(index = "0", paramLabel = "OUT.json", descriptionKey = "export.file", converter = FileName.class)
    private Path target;
    @Mixin
    private HelpOptions help;
    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        return run(workbook.workbook, Optional.ofNullable(relationship), target, Clock.systemDefaultZone(),
                spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    /** @return the exit code: 0 when written, 1 when the workbook, the relationship or the output is not usable */
    public static int run(Path workbook, Optional<String> relationship, Path target, Clock clock, PrintWriter out,
                          PrintWriter err) {
        if (!Files.exists(workbook)) {
            err.println(Texts.get("cli.check.missing", workbook));
            return 1;
        }
        if (Files.exists(target)) {
            err.println(Texts.get("cli.export.exists", target));
            return 1;
        }
        try (Workbook book = WorkbookForReading.open(workbook, clock)) {
            int count;
            if (relationship.isPresent()) {
                Relationship chosen = RelationshipByName.find(book.relationships(), relationship.get(), workbook);
                count = WorkbookExport.one(book, chosen.id(), target, Version.current());
            } else {
                count = WorkbookExport.all(book, target, Version.current());
            }
            out.println(Texts.get("cli.export.written", count, workbook, target));
            return 0;
        } catch (WorkbookException e) {
            err.println(ProblemTexts.describe(e));
        } catch (CommandFailure e) {
            err.println(e.getMessage());
        } catch (IOException e) {
            err.println(Texts.get("cli.export.cannotWrite", target, WorkbookExport.reason(e)));
        }
        return 1;
    }
}
