package org.bridgework.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.bridgework.example.ExampleWorkbook;
import org.bridgework.problems.ProblemTexts;
import org.bridgework.store.WorkbookException;
import org.bridgework.text.Texts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code bridgework example --workbook FILE}: writes the example workbook to a new file. */
@Command(name = "example")
public final class ExampleCommand implements Callable<Integer> {
    @Mixin
    private RequiredWorkbook workbook;
    @Mixin
    private HelpOptions help;
    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        return run(workbook.workbook, spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    /** @return the exit code: 0 when written, 1 when the file exists or cannot be made */
    public static int run(Path file, PrintWriter out, PrintWriter err) {
        if (Files.exists(file)) {
            err.println(Texts.get("cli.example.exists", file));
            return 1;
        }
        try {
            ExampleWorkbook.createIfMissing(file, Clock.systemDefaultZone());
            out.println(Texts.get("cli.example.written", file));
            return 0;
        } catch (WorkbookException e) {
            err.println(ProblemTexts.describe(e));
            return 1;
        }
    }
}
