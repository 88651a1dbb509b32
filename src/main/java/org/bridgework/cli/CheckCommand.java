package org.bridgework.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.bridgework.problems.ProblemTexts;
import org.bridgework.store.Workbook;
import org.bridgework.store.WorkbookException;
import org.bridgework.store.WorkbookInspection;
import org.bridgework.store.WorkbookInspector;
import org.bridgework.text.Texts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code bridgework check}: says whether a workbook can be opened, without changing it; also while another
 * Bridgework has it open, which it then says.
 */
@Command(name = "check")
public final class CheckCommand implements Callable<Integer> {
    @Mixin
    private WorkbookOption workbook;
    @Mixin
    private HelpOptions help;
    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        return run(workbook.workbook, spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    /** @return the exit code: 0 when the workbook is fine, 1 when it is not */
    public static int run(Path workbook, PrintWriter out, PrintWriter err) {
        try {
            java.util.Optional<org.bridgework.store.TeamAddress> team = TeamArgument.of(workbook);
            if (team.isPresent()) {
                int version = org.bridgework.store.TeamWorkbook.inspect(team.get(), null);
                out.println(Texts.get("cli.team.checked", team.get().displayName(), version));
                return 0;
            }
        } catch (CommandFailure e) {
            err.println(e.getMessage());
            return 1;
        } catch (WorkbookException e) {
            err.println(ProblemTexts.describe(e));
            return 1;
        }
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
