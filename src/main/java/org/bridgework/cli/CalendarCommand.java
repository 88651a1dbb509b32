package org.bridgework.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import org.bridgework.about.Version;
import org.bridgework.exchange.calendar.CalendarEvent;
import org.bridgework.exchange.calendar.CalendarExport;
import org.bridgework.exchange.calendar.CalendarScope;
import org.bridgework.files.AtomicFiles;
import org.bridgework.model.Relationship;
import org.bridgework.problems.ProblemTexts;
import org.bridgework.store.WorkbookStore;
import org.bridgework.store.WorkbookException;
import org.bridgework.text.Texts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code bridgework calendar --workbook FILE [--relationship NAME] --out FILE.ics [--days N] [--shareable]}:
 * writes what is dated in the repairs as an iCalendar file. Importing it again updates the events it
 * imported before. The file appears complete or not at all.
 */
@Command(name = "calendar")
public final class CalendarCommand implements Callable<Integer> {
    @Mixin
    private WorkbookOption workbook;
    @Option(names = "--relationship", paramLabel = "NAME", descriptionKey = "relationship.calendar")
    private String relationship;
    @Option(names = "--out", paramLabel = "FILE.ics", required = true, descriptionKey = "calendar.out",
            converter = FileName.class)
    private Path out;
    @Option(names = "--days", paramLabel = "N", descriptionKey = "calendar.days")
    private Integer days;
    @Option(names = "--shareable", descriptionKey = "calendar.shareable")
    private boolean shareable;
    @Mixin
    private HelpOptions help;
    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        if (days != null && days < 1) {
            throw new ParameterException(spec.commandLine(), Texts.get("cli.error.days", days));
        }
        return run(workbook.workbook, Optional.ofNullable(relationship), out,
                days == null ? OptionalInt.empty() : OptionalInt.of(days), shareable, Clock.systemDefaultZone(),
                spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    /** @return the exit code: 0 when written, 1 when the workbook, the relationship or the output is not usable */
    static int run(Path file, Optional<String> name, Path target, OptionalInt days, boolean shareable, Clock clock,
                   PrintWriter out, PrintWriter err) {
        CalendarScope scope = new CalendarScope(LocalDate.now(clock), days, shareable);
        try {
            if (TeamArgument.of(file).isEmpty() && !Files.exists(file)) {
                err.println(Texts.get("cli.check.missing", file));
                return 1;
            }
        } catch (CommandFailure e) {
            err.println(e.getMessage());
            return 1;
        }
        try (WorkbookStore book = WorkbookForReading.open(file, clock)) {
            List<Relationship> chosen = name.isPresent()
                    ? List.of(RelationshipByName.find(book.relationships(), name.get(), file))
                    : book.relationships().findAll();
            List<CalendarEvent> events = CalendarExport.events(book, chosen, scope);
            String title = name.isPresent() ? chosen.get(0).name() : FileNames.withoutExtension(file);
            int count = CalendarExport.write(target, events, title, Version.current(), clock.instant());
            out.println(Texts.get("cli.calendar.written", count, target));
            return 0;
        } catch (CommandFailure e) {
            err.println(e.getMessage());
            return 1;
        } catch (WorkbookException e) {
            err.println(ProblemTexts.describe(e));
            return 1;
        } catch (IOException e) {
            err.println(Texts.get("cli.calendar.cannotWrite", target, AtomicFiles.reason(e)));
            return 1;
        }
    }
}
