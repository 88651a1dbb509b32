package org.bridgework.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.bridgework.problems.ProblemTexts;
import org.bridgework.store.Workbook;
import org.bridgework.store.WorkbookException;
import org.bridgework.text.Texts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code bridgework new --workbook FILE}: makes an empty workbook; an existing file is never touched. */
@Command(name = "new")
public final class NewCommand implements Callable<Integer> {
    @Mixin
    private RequiredWorkbook workbook;
    @Mixin
    private HelpOptions help;
    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        return run(workbook.workbook, Clock.systemDefaultZone(), spec.commandLine().getOut(),
                spec.commandLine().getErr());
    }

    /** @return the exit code: 0 when made, 1 when the file exists or cannot be made */
    public static int run(Path file, Clock clock, PrintWriter out, PrintWriter err) {
        try {
            java.util.Optional<org.bridgework.store.TeamAddress> team = TeamArgument.of(file);
            if (team.isPresent()) {
                // Creates the schema and its tables in an empty database (or schema); refused if it holds anything.
                org.bridgework.store.TeamWorkbook.create(team.get(), null, clock).close();
                out.println(Texts.get("cli.team.created", team.get().displayName()));
                return 0;
            }
        } catch (CommandFailure e) {
            err.println(e.getMessage());
            return 1;
        } catch (WorkbookException e) {
            err.println(ProblemTexts.describe(e));
            return 1;
        }
        if (Files.exists(file)) {
            err.println(Texts.get("cli.new.exists", file));
            return 1;
        }
        try {
            Workbook.open(file, clock).close();
            out.println(Texts.get("cli.new.written", file));
            return 0;
        } catch (WorkbookException e) {
            err.println(ProblemTexts.describe(e));
            return 1;
        }
    }
}
